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
                        "Software already does this automatically today and no person reviews each output."));
    }

    @Test
    void partly_automated_today_with_spot_checks_is_software_2_0() {
        var suggestion = suggest(archetypeAnswers(PARTLY, REVIEW_SOMETIMES, NO));

        assertThat(suggestion.archetype()).isEqualTo(SOFTWARE_2_0);
        assertThat(suggestion.confident()).isTrue();
        assertThat(suggestion.reason())
                .isEqualTo("Software partly does this automatically today and people review some outputs.");
    }

    @Test
    void a_person_reviewing_every_output_of_something_new_is_human_in_the_loop() {
        var suggestion = suggest(archetypeAnswers(NO, REVIEW_ALWAYS, NO));

        assertThat(suggestion)
                .isEqualTo(new ArchetypeSuggestion(
                        HUMAN_IN_THE_LOOP,
                        true,
                        "A person checks or approves every output, and nothing does this automatically today."));
    }

    @Test
    void acting_with_no_chance_to_intervene_is_autonomous() {
        var suggestion = suggest(archetypeAnswers(NO, REVIEW_NEVER, YES));

        assertThat(suggestion)
                .isEqualTo(new ArchetypeSuggestion(
                        AUTONOMOUS,
                        true,
                        "It acts with no chance for a human to intervene, and no person reviews its outputs."));
    }

    @Test
    void autonomous_with_spot_checks_is_still_autonomous_and_confident() {
        var suggestion = suggest(archetypeAnswers(NO, REVIEW_SOMETIMES, YES));

        assertThat(suggestion.archetype()).isEqualTo(AUTONOMOUS);
        assertThat(suggestion.confident()).isTrue();
    }

    @Test
    void replacing_automation_that_already_acts_alone_could_be_software_2_0_and_asks_to_confirm() {
        // Fraud rules that block payments today: the lecture's Software 2.0, yet nobody intervenes.
        var suggestion = suggest(archetypeAnswers(YES, REVIEW_SOMETIMES, YES));

        assertThat(suggestion.archetype()).isEqualTo(AUTONOMOUS);
        assertThat(suggestion.confident()).isFalse();
        assertThat(suggestion.reason()).contains("Software 2.0?");
    }

    @Test
    void acting_alone_while_a_person_reviews_every_output_is_a_conflict_to_confirm() {
        var suggestion = suggest(archetypeAnswers(NO, REVIEW_ALWAYS, YES));

        assertThat(suggestion.archetype()).isEqualTo(AUTONOMOUS);
        assertThat(suggestion.confident()).isFalse();
        assertThat(suggestion.reason())
                .contains("yet a person reviews every output")
                .endsWith(".");
    }

    @Test
    void automated_today_and_reviewed_every_time_could_be_either_and_asks_to_confirm() {
        var suggestion = suggest(archetypeAnswers(YES, REVIEW_ALWAYS, NO));

        assertThat(suggestion.archetype()).isEqualTo(HUMAN_IN_THE_LOOP);
        assertThat(suggestion.confident()).isFalse();
        assertThat(suggestion.reason()).contains("Software 2.0?");
    }

    @Test
    void nothing_automated_nobody_reviewing_and_not_acting_alone_fits_no_archetype_cleanly() {
        var suggestion = suggest(archetypeAnswers(NO, REVIEW_NEVER, NO));

        assertThat(suggestion.archetype()).isEqualTo(HUMAN_IN_THE_LOOP);
        assertThat(suggestion.confident()).isFalse();
        assertThat(suggestion.reason())
                .isEqualTo("Nothing does this automatically today, no person reviews each"
                        + " output and a human can still intervene: closest to Human-in-the-loop.");
    }

    @Test
    void the_software_2_0_signal_tips_an_unclear_project_towards_software_2_0_but_asks_to_confirm() {
        var suggestion = suggest(archetypeAnswers(NO, REVIEW_NEVER, NO).signals(SIGNAL_SOFTWARE_2));

        assertThat(suggestion.archetype()).isEqualTo(SOFTWARE_2_0);
        assertThat(suggestion.confident()).isFalse();
        assertThat(suggestion.reason()).startsWith("It automates a complex, manually defined part, but nothing does");
    }

    @Test
    void a_skipped_key_answer_makes_the_suggestion_unsure() {
        var suggestion = suggest(archetypeAnswers(YES, REVIEW_NEVER, NO).skip(ARCH_HUMAN_REVIEW));

        assertThat(suggestion.archetype()).isEqualTo(SOFTWARE_2_0);
        assertThat(suggestion.confident()).isFalse();
        assertThat(suggestion.reason())
                .contains("whether a person reviews each output is unknown")
                .contains("skipped");
    }

    @Test
    void acting_alone_with_the_other_answers_skipped_is_autonomous_but_unsure() {
        var suggestion = suggest(
                ProjectAnswers.empty().actsAlone(YES).skip(ARCH_AUTOMATED_TODAY).skip(ARCH_HUMAN_REVIEW));

        assertThat(suggestion.archetype()).isEqualTo(AUTONOMOUS);
        assertThat(suggestion.confident()).isFalse();
    }

    @Test
    void no_answers_at_all_give_an_unsure_suggestion() {
        var suggestion = suggest(ProjectAnswers.empty());

        assertThat(suggestion.confident()).isFalse();
        assertThat(suggestion.reason()).endsWith(".");
    }

    @Test
    void every_reason_is_one_plain_line() {
        String[] automated = {YES, PARTLY, NO, null};
        String[] review = {REVIEW_ALWAYS, REVIEW_SOMETIMES, REVIEW_NEVER, null};
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
