package dev.mlidea.conversations.rituals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.Questionnaire;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChecklistTest {
    private static final Set<ChecklistStep> NONE = Set.of();

    private static Answers checks(String literature, String benchmark, String baseline) {
        return Answers.none()
                .with(Questionnaire.SUCCESS_CRITERIA, new Answer.Text("Escalations down 20% in a month"))
                .with(Questionnaire.CHECK_LITERATURE, new Answer.Picked(literature))
                .with(Questionnaire.CHECK_BENCHMARK, new Answer.Picked(benchmark))
                .with(Questionnaire.CHECK_BASELINE_MODEL, new Answer.Picked(baseline))
                .with(Questionnaire.NEED_STILL_SURE, new Answer.Picked(Questionnaire.YES));
    }

    @Test
    void the_steps_come_in_the_lectures_order_with_stable_ids() {
        assertThat(Arrays.stream(ChecklistStep.values()).map(ChecklistStep::id))
                .containsExactly(
                        "agree_success_criteria",
                        "literature_review",
                        "label_benchmark",
                        "rules_baseline",
                        "still_need_ml");
        for (ChecklistStep step : ChecklistStep.values()) {
            assertThat(ChecklistStep.byId(step.id())).contains(step);
            assertThat(step.label()).isNotBlank().doesNotContain("\n");
            assertThat(step.why()).contains("\"").doesNotContain("\n");
        }
        assertThat(ChecklistStep.byId("nope")).isEmpty();
    }

    @Test
    void nothing_answered_starts_with_the_success_criteria() {
        assertThat(Checklist.next(Answers.none(), NONE)).contains(ChecklistStep.AGREE_SUCCESS_CRITERIA);
        assertThat(Checklist.unfinished(Answers.none(), NONE)).containsExactly(ChecklistStep.values());
    }

    @Test
    void written_criteria_are_not_agreed_criteria() {
        Answers all = checks(Questionnaire.CHECK_DONE, Questionnaire.CHECK_DONE, Questionnaire.CHECK_DONE);

        assertThat(Checklist.next(all, NONE)).contains(ChecklistStep.AGREE_SUCCESS_CRITERIA);
    }

    @Test
    void once_agreed_the_first_check_not_answered_done_is_next() {
        Set<ChecklistStep> agreed = EnumSet.of(ChecklistStep.AGREE_SUCCESS_CRITERIA);

        assertThat(Checklist.next(
                        checks(Questionnaire.CHECK_IN_PROGRESS, Questionnaire.CHECK_DONE, Questionnaire.CHECK_DONE),
                        agreed))
                .contains(ChecklistStep.LITERATURE_REVIEW);
        assertThat(Checklist.next(
                        checks(Questionnaire.CHECK_DONE, Questionnaire.CHECK_NOT_STARTED, Questionnaire.CHECK_DONE),
                        agreed))
                .contains(ChecklistStep.LABEL_BENCHMARK);
        assertThat(Checklist.next(
                        checks(Questionnaire.CHECK_DONE, Questionnaire.CHECK_DONE, Questionnaire.CHECK_IN_PROGRESS),
                        agreed))
                .contains(ChecklistStep.RULES_BASELINE);
    }

    @Test
    void unanswered_or_skipped_checks_are_unfinished() {
        Set<ChecklistStep> agreed = EnumSet.of(ChecklistStep.AGREE_SUCCESS_CRITERIA);
        Answers skipped = Answers.none().with(Questionnaire.CHECK_LITERATURE, new Answer.Skipped());

        assertThat(Checklist.next(skipped, agreed)).contains(ChecklistStep.LITERATURE_REVIEW);
        assertThat(Checklist.isDone(ChecklistStep.LABEL_BENCHMARK, skipped, agreed))
                .isFalse();
    }

    @Test
    void the_intakes_yes_to_still_sure_does_not_finish_the_last_step_only_done_does() {
        Answers all = checks(Questionnaire.CHECK_DONE, Questionnaire.CHECK_DONE, Questionnaire.CHECK_DONE);
        Set<ChecklistStep> agreed = EnumSet.of(ChecklistStep.AGREE_SUCCESS_CRITERIA);

        assertThat(Checklist.next(all, agreed)).contains(ChecklistStep.STILL_NEED_ML);
        assertThat(Checklist.next(all, EnumSet.of(ChecklistStep.AGREE_SUCCESS_CRITERIA, ChecklistStep.STILL_NEED_ML)))
                .isEmpty();
    }

    @Test
    void done_marks_finish_steps_whatever_the_intake_said_and_order_still_decides_what_is_next() {
        Answers notStarted = checks(
                Questionnaire.CHECK_NOT_STARTED, Questionnaire.CHECK_NOT_STARTED, Questionnaire.CHECK_NOT_STARTED);

        assertThat(Checklist.next(notStarted, EnumSet.of(ChecklistStep.RULES_BASELINE)))
                .contains(ChecklistStep.AGREE_SUCCESS_CRITERIA);
        assertThat(Checklist.next(notStarted, EnumSet.allOf(ChecklistStep.class)))
                .isEmpty();
        assertThat(Checklist.unfinished(
                        notStarted, EnumSet.of(ChecklistStep.AGREE_SUCCESS_CRITERIA, ChecklistStep.LABEL_BENCHMARK)))
                .containsExactly(
                        ChecklistStep.LITERATURE_REVIEW, ChecklistStep.RULES_BASELINE, ChecklistStep.STILL_NEED_ML);
    }
}
