package dev.mlidea.conversations.rituals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.rituals.StageDecision.Moved;
import dev.mlidea.conversations.rituals.StageDecision.Refused;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.WithNull;

class StageHistoryProperties {
    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    /** A request: a stage, or null for "reopen". */
    @Property
    void any_run_of_requests_keeps_a_chained_history_whose_iteration_grows_exactly_when_going_back(
            @ForAll @Size(max = 40) List<@WithNull(0.1) Stage> requests) {
        StageHistory history = StageHistory.start();
        for (Stage to : requests) {
            Stage lastLifecycle = history.lastLifecycleStage();
            int iteration = history.iteration();
            boolean wasKilled = history.current() == Stage.KILLED;
            StageDecision decision = to == null ? history.reopen("U1", T) : history.move(to, "U1", T);

            if (decision instanceof Moved moved) {
                StageMove move = moved.move();
                boolean back = move.to().isLifecycle() && move.to().ordinal() < lastLifecycle.ordinal();
                assertThat(move.iteration()).isEqualTo(back && !wasKilled ? iteration + 1 : iteration);
                history = history.with(move); // the constructor checks the chain
            } else {
                assertThat(decision).isInstanceOf(Refused.class);
                assertThat(wasKilled || to == history.current() || to == null).isTrue();
            }
        }
        assertThat(new StageHistory(history.moves())).isEqualTo(history);
    }

    @Property
    void a_stage_command_never_moves_a_killed_project(@ForAll Stage to, @ForAll Stage killedFrom) {
        StageHistory history = killedFrom == Stage.PLANNING || killedFrom == Stage.KILLED
                ? StageHistory.start()
                : StageHistory.start().with(((Moved) StageHistory.start().move(killedFrom, "U1", T)).move());
        history = history.with(((Moved) history.move(Stage.KILLED, "U1", T)).move());

        assertThat(history.move(to, "U1", T)).isInstanceOf(Refused.class);
        assertThat(history.reopen("U1", T)).isInstanceOf(Moved.class);
    }
}
