package dev.mlidea.conversations.rituals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlidea.conversations.rituals.StageDecision.Moved;
import dev.mlidea.conversations.rituals.StageDecision.Refusal;
import dev.mlidea.conversations.rituals.StageDecision.Refused;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageHistoryTest {
    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
    private static final String DANA = "U01DANA";

    /** The history after moving through these stages, each move accepted. */
    static StageHistory through(Stage... stages) {
        StageHistory history = StageHistory.start();
        for (Stage stage : stages) history = history.with(moved(history.move(stage, DANA, T)));
        return history;
    }

    static StageMove moved(StageDecision decision) {
        assertThat(decision).isInstanceOf(Moved.class);
        return ((Moved) decision).move();
    }

    @Test
    void a_project_starts_in_planning_iteration_one() {
        StageHistory history = StageHistory.start();

        assertThat(history.current()).isEqualTo(Stage.PLANNING);
        assertThat(history.iteration()).isEqualTo(1);
        assertThat(history.lastLifecycleStage()).isEqualTo(Stage.PLANNING);
    }

    @Test
    void a_move_records_from_to_when_who_and_the_iteration() {
        StageMove move = moved(StageHistory.start().move(Stage.DATA, DANA, T));

        assertThat(move).isEqualTo(new StageMove(Stage.PLANNING, Stage.DATA, T, DANA, 1));
        assertThat(move.kind()).isEqualTo(StageMove.Kind.FORWARD);
    }

    @Test
    void forward_may_skip_stages_and_stays_in_the_iteration() {
        StageHistory history = through(Stage.TRAINING, Stage.PRODUCTION);

        assertThat(history.current()).isEqualTo(Stage.PRODUCTION);
        assertThat(history.iteration()).isEqualTo(1);
    }

    @Test
    void going_back_is_a_new_iteration_each_time() {
        StageHistory history = through(Stage.DATA, Stage.TRAINING);

        StageMove back = moved(history.move(Stage.DATA, DANA, T));

        assertThat(back.kind()).isEqualTo(StageMove.Kind.BACK);
        assertThat(back.iteration()).isEqualTo(2); // "back to data, iteration 2"
        StageHistory again = history.with(back);
        assertThat(moved(again.move(Stage.TRAINING, DANA, T)).iteration()).isEqualTo(2);
        assertThat(through(Stage.DATA, Stage.TRAINING, Stage.DATA, Stage.TRAINING, Stage.PLANNING)
                        .iteration())
                .isEqualTo(3);
    }

    @Test
    void pause_and_kill_are_allowed_from_anywhere() {
        for (Stage from : List.of(Stage.PLANNING, Stage.DATA, Stage.PRODUCTION)) {
            StageHistory there = from == Stage.PLANNING ? StageHistory.start() : through(from);
            assertThat(moved(there.move(Stage.PAUSED, DANA, T)).kind()).isEqualTo(StageMove.Kind.PAUSE);
            assertThat(moved(there.move(Stage.KILLED, DANA, T)).kind()).isEqualTo(StageMove.Kind.KILL);
        }
        assertThat(moved(through(Stage.PAUSED).move(Stage.KILLED, DANA, T)).kind())
                .isEqualTo(StageMove.Kind.KILL);
    }

    @Test
    void resuming_where_the_project_paused_or_later_keeps_the_iteration_and_earlier_starts_a_new_one() {
        StageHistory paused = through(Stage.DATA, Stage.TRAINING, Stage.PAUSED);
        assertThat(paused.lastLifecycleStage()).isEqualTo(Stage.TRAINING);

        StageMove same = moved(paused.move(Stage.TRAINING, DANA, T));
        StageMove later = moved(paused.move(Stage.DEPLOYING, DANA, T));
        StageMove earlier = moved(paused.move(Stage.DATA, DANA, T));

        assertThat(same.kind()).isEqualTo(StageMove.Kind.RESUME);
        assertThat(same.iteration()).isEqualTo(1);
        assertThat(later.iteration()).isEqualTo(1);
        assertThat(earlier.kind()).isEqualTo(StageMove.Kind.RESUME);
        assertThat(earlier.iteration()).isEqualTo(2);
    }

    @Test
    void the_stage_the_project_is_in_is_refused() {
        assertThat(StageHistory.start().move(Stage.PLANNING, DANA, T)).isEqualTo(new Refused(Refusal.ALREADY_THERE));
        assertThat(through(Stage.PAUSED).move(Stage.PAUSED, DANA, T)).isEqualTo(new Refused(Refusal.ALREADY_THERE));
    }

    @Test
    void killed_is_final_for_stage_commands() {
        StageHistory killed = through(Stage.DATA, Stage.KILLED);

        for (Stage to : Stage.values()) {
            assertThat(killed.move(to, DANA, T)).as("%s", to).isEqualTo(new Refused(Refusal.KILLED));
        }
    }

    @Test
    void reopen_undoes_a_kill_back_to_where_it_was_killed_same_iteration() {
        StageHistory killed = through(Stage.DATA, Stage.TRAINING, Stage.DATA, Stage.KILLED);
        Instant later = T.plusSeconds(60);

        StageMove reopened = moved(killed.reopen("U02ALEX", later));

        assertThat(reopened).isEqualTo(new StageMove(Stage.KILLED, Stage.DATA, later, "U02ALEX", 2));
        assertThat(reopened.kind()).isEqualTo(StageMove.Kind.REOPEN);
        StageMove pausedAgain = moved(through(Stage.PAUSED, Stage.KILLED).reopen(DANA, T));
        assertThat(pausedAgain.to()).isEqualTo(Stage.PAUSED);
    }

    @Test
    void only_a_killed_project_is_reopened() {
        assertThat(StageHistory.start().reopen(DANA, T)).isEqualTo(new Refused(Refusal.NOT_KILLED));
        assertThat(through(Stage.PAUSED).reopen(DANA, T)).isEqualTo(new Refused(Refusal.NOT_KILLED));
    }

    @Test
    void a_history_whose_moves_do_not_chain_is_refused() {
        var fromData = new StageMove(Stage.DATA, Stage.TRAINING, T, DANA, 1);
        assertThatThrownBy(() -> new StageHistory(List.of(fromData))).isInstanceOf(IllegalArgumentException.class);
        var first = new StageMove(Stage.PLANNING, Stage.DATA, T, DANA, 2);
        var second = new StageMove(Stage.DATA, Stage.TRAINING, T, DANA, 1);
        assertThatThrownBy(() -> new StageHistory(List.of(first, second))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StageMove(Stage.DATA, Stage.DATA, T, DANA, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
