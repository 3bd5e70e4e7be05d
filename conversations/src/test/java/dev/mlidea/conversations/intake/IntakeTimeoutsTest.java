package dev.mlidea.conversations.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.intake.IntakeTimeouts.Due;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class IntakeTimeoutsTest {
    private static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void a_day_of_silence_earns_one_reminder() {
        assertThat(IntakeTimeouts.due(IntakeStatus.IN_PROGRESS, START, false, START.plus(Duration.ofHours(23))))
                .isEqualTo(Due.NOTHING);
        assertThat(IntakeTimeouts.due(IntakeStatus.IN_PROGRESS, START, false, START.plus(Duration.ofHours(24))))
                .isEqualTo(Due.REMIND);
        assertThat(IntakeTimeouts.due(IntakeStatus.IN_PROGRESS, START, true, START.plus(Duration.ofDays(3))))
                .isEqualTo(Due.NOTHING);
    }

    @Test
    void a_week_of_silence_abandons_the_intake_reminded_or_not() {
        assertThat(IntakeTimeouts.due(IntakeStatus.IN_PROGRESS, START, true, START.plus(Duration.ofDays(7))))
                .isEqualTo(Due.ABANDON);
        assertThat(IntakeTimeouts.due(IntakeStatus.IN_PROGRESS, START, false, START.plus(Duration.ofDays(8))))
                .isEqualTo(Due.ABANDON);
    }

    @Test
    void finished_cancelled_or_abandoned_intakes_are_left_alone() {
        for (IntakeStatus status :
                new IntakeStatus[] {IntakeStatus.COMPLETED, IntakeStatus.CANCELLED, IntakeStatus.ABANDONED}) {
            assertThat(IntakeTimeouts.due(status, START, false, START.plus(Duration.ofDays(30))))
                    .isEqualTo(Due.NOTHING);
        }
    }

    @Property
    void more_silence_never_makes_the_outcome_milder(
            @ForAll @LongRange(min = 0, max = 20 * 24 * 60) long minutes,
            @ForAll @LongRange(min = 0, max = 600) long more,
            @ForAll boolean reminded) {
        Due earlier =
                IntakeTimeouts.due(IntakeStatus.IN_PROGRESS, START, reminded, START.plus(Duration.ofMinutes(minutes)));
        Due later = IntakeTimeouts.due(
                IntakeStatus.IN_PROGRESS, START, reminded, START.plus(Duration.ofMinutes(minutes + more)));
        assertThat(later.ordinal()).isGreaterThanOrEqualTo(earlier.ordinal());
    }

    @Test
    void an_abandoned_intake_keeps_its_answers_and_a_reply_or_resume_picks_it_up_at_the_first_unanswered_question() {
        IntakeState asking = IntakeFlow.handle(
                        IntakeFlow.start(IntakeMode.FULL).state(), new IntakeInput.Typed("A problem"))
                .state();
        IntakeState abandoned = IntakeFlow.abandon(asking).state();

        assertThat(abandoned.status()).isEqualTo(IntakeStatus.ABANDONED);
        assertThat(abandoned.currentKey()).isEmpty();
        assertThat(abandoned.answers().has(Questionnaire.PROBLEM)).isTrue();
        IntakeStep answered = IntakeFlow.handle(abandoned, new IntakeInput.Typed("yes"));
        assertThat(answered.state().status()).isEqualTo(IntakeStatus.IN_PROGRESS);
        assertThat(answered.state().answers().picked(Questionnaire.READY_PRODUCT))
                .contains(Questionnaire.YES);
        assertThat(answered.state().currentKey()).contains(Questionnaire.READY_DATA);

        IntakeStep resumed = IntakeFlow.handle(abandoned, new IntakeInput.Typed("Resume"));
        assertThat(resumed.state().status()).isEqualTo(IntakeStatus.IN_PROGRESS);
        assertThat(resumed.state().currentKey()).contains(Questionnaire.READY_PRODUCT);
        assertThat(resumed.replies()).hasSize(1).first().isInstanceOf(IntakeReply.Ask.class);
    }

    @Test
    void cancel_while_editing_an_answer_keeps_the_answer_and_completes_the_intake_again() {
        Answers all = Answers.none();
        for (Question q : Questionnaire.applicable(IntakeMode.FULL, all)) {
            all = all.with(q.key(), new Answer.Skipped());
        }
        all = all.with(Questionnaire.COST_DATA, new Answer.Scale(4));
        var completed = new IntakeState(IntakeStatus.COMPLETED, IntakeMode.FULL, all, Optional.empty(), Set.of());
        IntakeState editing =
                IntakeFlow.reopen(completed, Questionnaire.COST_DATA).state();
        assertThat(IntakeFlow.isEditing(editing)).isTrue();

        IntakeStep cancelled = IntakeFlow.handle(editing, new IntakeInput.Typed("cancel"));

        assertThat(cancelled.state().status()).isEqualTo(IntakeStatus.COMPLETED);
        assertThat(cancelled.state().answers().scale(Questionnaire.COST_DATA)).hasValue(4);
        assertThat(cancelled.replies()).singleElement().isInstanceOf(IntakeReply.EditCancelled.class);
    }

    @Test
    void resume_also_continues_a_cancelled_intake_and_only_an_open_intake_can_be_abandoned() {
        IntakeState asking = IntakeFlow.start(IntakeMode.FULL).state();
        IntakeState cancelled =
                IntakeFlow.handle(asking, new IntakeInput.Typed("cancel")).state();
        assertThat(IntakeFlow.handle(cancelled, new IntakeInput.Typed("resume"))
                        .state()
                        .currentKey())
                .contains(Questionnaire.PROBLEM);
        assertThat(IntakeFlow.abandon(cancelled).state()).isEqualTo(cancelled);
        var done = new IntakeState(IntakeStatus.COMPLETED, IntakeMode.FULL, Answers.none(), Optional.empty(), Set.of());
        assertThat(IntakeFlow.abandon(done).state()).isEqualTo(done);
    }
}
