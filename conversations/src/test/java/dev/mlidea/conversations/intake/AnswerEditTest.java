package dev.mlidea.conversations.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.intake.AnswerEditDecision.Refusal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerEditTest {
    private static final String OWNER = "U0OWNER";
    private static final List<String> OWNERS = List.of(OWNER, "U0COOWNER");
    private static final Optional<Integer> NEWEST = Optional.of(3);

    private static AnswerEditDecision edit(String actor, String key, Optional<Integer> version, IntakeState intake) {
        return new AnswerEdit(actor, key, version).decide(OWNERS, intake, NEWEST);
    }

    private static AnswerEditDecision refused(Refusal reason) {
        return new AnswerEditDecision.Refuse(reason);
    }

    @Test
    void an_owner_editing_an_answer_of_a_finished_intake_reopens_that_question_showing_its_answer() {
        IntakeState completed = FinishedIntakes.completed();

        AnswerEditDecision decision = edit(OWNER, Questionnaire.COST_ACCURACY, NEWEST, completed);

        assertThat(decision).isEqualTo(new AnswerEditDecision.Reopen(IntakeFlow.reopen(completed, "cost.accuracy")));
        IntakeState reopened = ((AnswerEditDecision.Reopen) decision).step().state();
        assertThat(reopened.status()).isEqualTo(IntakeStatus.IN_PROGRESS);
        assertThat(reopened.currentKey()).contains(Questionnaire.COST_ACCURACY);
    }

    @Test
    void any_owner_may_edit_not_only_the_proposer() {
        assertThat(edit("U0COOWNER", Questionnaire.PROBLEM, NEWEST, FinishedIntakes.completed()))
                .isInstanceOf(AnswerEditDecision.Reopen.class);
    }

    @Test
    void someone_who_is_not_an_owner_changes_nothing_whatever_they_pick() {
        assertThat(edit("U0STRANGER", Questionnaire.PROBLEM, NEWEST, FinishedIntakes.completed()))
                .isEqualTo(refused(Refusal.NOT_AN_OWNER));
        assertThat(edit("U0STRANGER", "no.such.question", Optional.of(1), FinishedIntakes.asking("ethics")))
                .isEqualTo(refused(Refusal.NOT_AN_OWNER));
    }

    @Test
    void the_menu_of_an_older_assessment_changes_nothing() {
        assertThat(edit(OWNER, Questionnaire.PROBLEM, Optional.of(2), FinishedIntakes.completed()))
                .isEqualTo(refused(Refusal.OLDER_ASSESSMENT));
    }

    @Test
    void a_request_that_names_no_version_is_judged_on_the_rest() {
        assertThat(edit(OWNER, Questionnaire.PROBLEM, Optional.empty(), FinishedIntakes.completed()))
                .isInstanceOf(AnswerEditDecision.Reopen.class);
    }

    @Test
    void before_the_first_assessment_no_version_is_older() {
        var decision = new AnswerEdit(OWNER, Questionnaire.PROBLEM, Optional.of(7))
                .decide(OWNERS, FinishedIntakes.completed(), Optional.empty());

        assertThat(decision).isInstanceOf(AnswerEditDecision.Reopen.class);
    }

    @Test
    void while_a_question_is_open_that_one_comes_first() {
        assertThat(edit(OWNER, Questionnaire.PROBLEM, NEWEST, FinishedIntakes.asking(Questionnaire.ETHICS)))
                .isEqualTo(refused(Refusal.QUESTION_OPEN));
    }

    @Test
    void a_question_that_does_not_exist_or_does_not_apply_cannot_be_edited() {
        IntakeState completed = FinishedIntakes.completed();
        assertThat(Questionnaire.applies(
                        IntakeMode.FULL,
                        Questionnaire.byKey(Questionnaire.FLYWHEEL_LOOP).orElseThrow(),
                        completed.answers()))
                .isFalse();

        assertThat(edit(OWNER, Questionnaire.FLYWHEEL_LOOP, NEWEST, completed))
                .isEqualTo(refused(Refusal.NOT_EDITABLE));
        assertThat(edit(OWNER, "no.such.question", NEWEST, completed)).isEqualTo(refused(Refusal.NOT_EDITABLE));
        assertThat(edit(OWNER, null, NEWEST, completed)).isEqualTo(refused(Refusal.NOT_EDITABLE));
    }

    @Test
    void a_cancelled_or_abandoned_intake_is_resumed_not_edited() {
        for (IntakeStatus status : List.of(IntakeStatus.CANCELLED, IntakeStatus.ABANDONED)) {
            assertThat(edit(OWNER, Questionnaire.PROBLEM, NEWEST, FinishedIntakes.stopped(status)))
                    .as("%s", status)
                    .isEqualTo(refused(Refusal.NOT_EDITABLE));
        }
    }
}
