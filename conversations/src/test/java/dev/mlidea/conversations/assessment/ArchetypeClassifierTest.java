package dev.mlidea.conversations.assessment;

import static dev.mlidea.conversations.assessment.Archetype.AUTONOMOUS;
import static dev.mlidea.conversations.assessment.Archetype.HUMAN_IN_THE_LOOP;
import static dev.mlidea.conversations.assessment.Archetype.SOFTWARE_2_0;
import static dev.mlidea.conversations.intake.Questionnaire.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArchetypeClassifierTest {

    private static ArchetypeSuggestion suggest(ProjectAnswers answers) {
        return ArchetypeClassifier.suggest(answers.build());
    }

    private static ProjectAnswers archetypeAnswers(String automatedToday, String humanReview, String actsAlone) {
        return ProjectAnswers.empty()
                .automatedToday(automatedToday)
                .humanReview(humanReview)
                .actsAlone(actsAlone);
    }

    @Test
    void software_that_already_does_it_with_nobody_reviewing_is_software_2_0() {
        var suggestion = suggest(archetypeAnswers(YES, REVIEW_NEVER, NO));

        assertThat(suggestion)
                .isEqualTo(new ArchetypeSuggestion(
                        SOFTWARE_2_0,
                        true,
                        "Software already does this automatically today, and ML would augment that automation."));
    }

    @Test
    void users_taking_or_ignoring_suggestions_are_not_reviewers_so_code_completion_is_software_2_0() {
        var suggestion = suggest(archetypeAnswers(YES, REVIEW_USER_PICKS, NO));

        assertThat(suggestion.archetype()).isEqualTo(SOFTWARE_2_0);
        assertThat(suggestion.confident()).isTrue();
        assertThat(suggestion.reason()).contains("which is using it, not reviewing it");
    }

    @Test
    void automation_that_exists_today_is_software_2_0_even_when_people_approve_each_output() {
        // A developer who reads "approves every output" into pressing Tab still gets the lecture's archetype.
        var suggestion = suggest(archetypeAnswers(YES, REVIEW_ALWAYS, NO));

        assertThat(suggestion.archetype()).isEqualTo(SOFTWARE_2_0);
        assertThat(suggestion.confident()).isTrue();
    }

    @Test
    void partly_automated_today_with_spot_checks_is_software_2_0() {
        var suggestion = suggest(archetypeAnswers(PARTLY, REVIEW_SOMETIMES, NO));

        assertThat(suggestion.archetype()).isEqualTo(SOFTWARE_2_0);
        assertThat(suggestion.confident()).isTrue();
        assertThat(suggestion.reason())
                .isEqualTo("Software partly does this automatically today, and ML would augment that automation;"
                        + " people check some outputs.");
    }

    @Test
    void a_person_approving_every_output_of_something_new_is_human_in_the_loop() {
        var suggestion = suggest(archetypeAnswers(NO, REVIEW_ALWAYS, NO));

        assertThat(suggestion)
                .isEqualTo(new ArchetypeSuggestion(
                        HUMAN_IN_THE_LOOP,
                        true,
                        "Nothing does this automatically today, and a person approves every output before it takes"
                                + " effect."));
    }

    @Test
    void partly_automated_and_approved_every_time_could_be_either_and_asks_to_confirm() {
        var suggestion = suggest(archetypeAnswers(PARTLY, REVIEW_ALWAYS, NO));

        assertThat(suggestion.archetype()).isEqualTo(HUMAN_IN_THE_LOOP);
        assertThat(suggestion.confident()).isFalse();
        assertThat(suggestion.reason()).contains("Software 2.0?");
    }

    @Test
    void spot_checks_of_something_new_are_closest_to_human_in_the_loop_and_ask_to_confirm() {
        var suggestion = suggest(archetypeAnswers(NO, REVIEW_SOMETIMES, NO));

        assertThat(suggestion.archetype()).isEqualTo(HUMAN_IN_THE_LOOP);
        assertThat(suggestion.confident()).isFalse();
    }

    @Test
    void acting_with_no_chance_to_intervene_is_autonomous() {
        var suggestion = suggest(archetypeAnswers(NO, REVIEW_NEVER, YES));

        assertThat(suggestion)
                .isEqualTo(new ArchetypeSuggestion(
                        AUTONOMOUS,
                        true,
                        "It acts with no chance for a human to intervene, and nobody reviews its outputs."));
    }

    @Test
    void autonomous_with_spot_checks_is_still_autonomous_and_confident() {
        var suggestion = suggest(archetypeAnswers(NO, REVIEW_SOMETIMES, YES));

        assertThat(suggestion.archetype()).isEqualTo(AUTONOMOUS);
        assertThat(suggestion.confident()).isTrue();
        assertThat(suggestion.reason()).contains("people check some outputs");
    }

    @Test
    void replacing_automation_that_already_acts_alone_could_be_software_2_0_and_asks_to_confirm() {
        var suggestion = suggest(archetypeAnswers(YES, REVIEW_NEVER, YES));

        assertThat(suggestion.archetype()).isEqualTo(AUTONOMOUS);
        assertThat(suggestion.confident()).isFalse();
        assertThat(suggestion.reason()).contains("Software 2.0?");
    }

    @Test
    void acting_alone_while_a_person_approves_every_output_is_a_conflict_to_confirm() {
        var suggestion = suggest(archetypeAnswers(NO, REVIEW_ALWAYS, YES));

        assertThat(suggestion.archetype()).isEqualTo(AUTONOMOUS);
        assertThat(suggestion.confident()).isFalse();
    }

    @Test
    void nothing_automated_and_nobody_reviewing_is_never_human_in_the_loop() {
        for (var review : new String[] {REVIEW_NEVER, REVIEW_USER_PICKS}) {
            var suggestion = suggest(archetypeAnswers(NO, review, NO));

            assertThat(suggestion.archetype()).as(review).isEqualTo(SOFTWARE_2_0);
            assertThat(suggestion.confident()).as(review).isFalse();
            assertThat(suggestion.reason()).as(review).contains("closest to Software 2.0");
        }
    }

    @Test
    void the_software_2_0_signal_is_named_when_nothing_else_decides() {
        var suggestion = suggest(archetypeAnswers(NO, REVIEW_NEVER, NO).signals(SIGNAL_SOFTWARE_2));

        assertThat(suggestion.archetype()).isEqualTo(SOFTWARE_2_0);
        assertThat(suggestion.confident()).isFalse();
        assertThat(suggestion.reason()).contains("complex, manually defined part");
    }

    @Test
    void a_skipped_key_answer_makes_the_suggestion_unsure() {
        var suggestion = suggest(ProjectAnswers.empty()
                .automatedToday(YES)
                .skip(ARCH_HUMAN_REVIEW)
                .actsAlone(NO));

        assertThat(suggestion.archetype()).isEqualTo(SOFTWARE_2_0);
        assertThat(suggestion.confident()).isFalse();
        assertThat(suggestion.reason()).endsWith("(some archetype questions were skipped).");
    }

    @Test
    void acting_alone_with_the_other_answers_skipped_is_autonomous_but_unsure() {
        var suggestion = suggest(ProjectAnswers.empty().actsAlone(YES));

        assertThat(suggestion.archetype()).isEqualTo(AUTONOMOUS);
        assertThat(suggestion.confident()).isFalse();
    }

    @Test
    void no_answers_at_all_give_an_unsure_suggestion_that_is_not_human_in_the_loop() {
        var suggestion = suggest(ProjectAnswers.empty());

        assertThat(suggestion.archetype()).isEqualTo(SOFTWARE_2_0);
        assertThat(suggestion.confident()).isFalse();
        assertThat(suggestion.reason()).endsWith(".");
    }

    @Test
    void every_reason_is_one_plain_line() {
        String[] automated = {YES, PARTLY, NO, null};
        String[] review = {REVIEW_ALWAYS, REVIEW_SOMETIMES, REVIEW_USER_PICKS, REVIEW_NEVER, null};
        String[] alone = {YES, NO, null};
        for (var a : automated) {
            for (var r : review) {
                for (var s : alone) {
                    var answers = ProjectAnswers.empty();
                    if (a != null) answers.automatedToday(a);
                    if (r != null) answers.humanReview(r);
                    if (s != null) answers.actsAlone(s);
                    var reason = suggest(answers).reason();
                    assertThat(reason)
                            .as("%s/%s/%s", a, r, s)
                            .doesNotContain("\n")
                            .matches("[A-Z].*\\.");
                }
            }
        }
    }

    @Test
    void human_in_the_loop_is_suggested_only_when_a_person_reviews_outputs() {
        String[] automated = {YES, PARTLY, NO, null};
        String[] review = {REVIEW_ALWAYS, REVIEW_SOMETIMES, REVIEW_USER_PICKS, REVIEW_NEVER, null};
        String[] alone = {YES, NO, null};
        for (var a : automated) {
            for (var r : review) {
                for (var s : alone) {
                    var answers = ProjectAnswers.empty();
                    if (a != null) answers.automatedToday(a);
                    if (r != null) answers.humanReview(r);
                    if (s != null) answers.actsAlone(s);
                    if (suggest(answers).archetype() == HUMAN_IN_THE_LOOP) {
                        assertThat(r).as("%s/%s/%s", a, r, s).isIn(REVIEW_ALWAYS, REVIEW_SOMETIMES);
                    }
                }
            }
        }
    }

    @Test
    void archetypes_have_stable_ids_and_labels() {
        assertThat(SOFTWARE_2_0.id()).isEqualTo("software_2_0");
        assertThat(HUMAN_IN_THE_LOOP.id()).isEqualTo("human_in_the_loop");
        assertThat(AUTONOMOUS.id()).isEqualTo("autonomous");
        assertThat(SOFTWARE_2_0.label()).isEqualTo("Software 2.0");
        assertThat(HUMAN_IN_THE_LOOP.label()).isEqualTo("Human-in-the-loop");
        assertThat(AUTONOMOUS.label()).isEqualTo("Autonomous");
        for (var archetype : Archetype.values()) {
            assertThat(Archetype.byId(archetype.id())).contains(archetype);
        }
        assertThat(Archetype.byId("Software 2.0")).isEqualTo(Optional.empty());
    }
}
