package dev.mlidea.conversations.assessment;

import static dev.mlidea.conversations.assessment.Archetype.AUTONOMOUS;
import static dev.mlidea.conversations.assessment.Archetype.HUMAN_IN_THE_LOOP;
import static dev.mlidea.conversations.assessment.Archetype.SOFTWARE_2_0;
import static dev.mlidea.conversations.assessment.RedFlag.AUTONOMOUS_RELIABILITY_REQUIRED;
import static dev.mlidea.conversations.assessment.RedFlag.ETHICS_CONCERN;
import static dev.mlidea.conversations.assessment.RedFlag.NOT_SURE_ML_NEEDED;
import static dev.mlidea.conversations.assessment.RedFlag.NO_BASELINE_TRIED;
import static dev.mlidea.conversations.assessment.RedFlag.NO_SUCCESS_CRITERIA;
import static dev.mlidea.conversations.intake.Questionnaire.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.intake.Questionnaire;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AssessorTest {

    // --- don't build -------------------------------------------------------------------------

    @Test
    void rules_that_already_work_well_enough_mean_dont_build_this_with_ml_yet() {
        var assessment = assess(ProjectAnswers.builder().baseline(BASELINE_GOOD_ENOUGH));

        assertThat(assessment.dontBuild())
                .hasValueSatisfying(reason -> assertThat(reason)
                        .startsWith("You said rules already work well enough: don't build this with ML (yet)"));
        assertThat(assessment.nextSteps()).extracting(NextStep::id).containsExactly("keep_rules");
    }

    @Test
    void not_being_sure_at_the_end_means_dont_build_this_with_ml_yet() {
        var assessment = assess(ProjectAnswers.builder().stillSure(NO));

        assertThat(assessment.dontBuild())
                .hasValueSatisfying(reason ->
                        assertThat(reason).contains("you do not need ML").contains("don't build this with ML (yet)"));
        assertThat(assessment.redFlags()).contains(NOT_SURE_ML_NEEDED);
        assertThat(assessment.nextSteps()).extracting(NextStep::id).containsExactly("revisit_need");
    }

    @Test
    void a_problem_that_needs_no_solving_means_dont_build_it() {
        var assessment = assess(ProjectAnswers.builder().needToSolve(NO).baseline(BASELINE_GOOD_ENOUGH));

        assertThat(assessment.dontBuild())
                .hasValueSatisfying(
                        reason -> assertThat(reason).startsWith("You said this problem does not need solving"));
        assertThat(assessment.nextSteps()).extracting(NextStep::id).containsExactly("revisit_need");
    }

    @Test
    void a_project_that_needs_ml_has_no_reason_not_to_build() {
        var assessment = assess(ProjectAnswers.builder()
                .needToSolve(YES)
                .baseline(BASELINE_FELL_SHORT)
                .stillSure(YES));

        assertThat(assessment.dontBuild()).isEmpty();
    }

    @Test
    void unsure_is_a_red_flag_but_not_a_reason_to_stop() {
        var assessment = assess(ProjectAnswers.builder().stillSure(UNSURE));

        assertThat(assessment.dontBuild()).isEmpty();
        assertThat(assessment.redFlags()).containsExactly(NOT_SURE_ML_NEEDED);
    }

    // --- next steps ----------------------------------------------------------------------------

    @Test
    void next_steps_follow_the_lecture_checklist_starting_with_success_criteria() {
        var assessment = assess(ProjectAnswers.builder()
                .skip(SUCCESS_CRITERIA)
                .baseline(BASELINE_NONE)
                .checklist(CHECK_NOT_STARTED, CHECK_NOT_STARTED, CHECK_NOT_STARTED));

        assertThat(assessment.nextSteps())
                .extracting(NextStep::id)
                .containsExactly("define_success_criteria", "literature_review", "label_benchmark");
    }

    @Test
    void finished_checklist_steps_are_not_suggested_again() {
        var assessment = assess(ProjectAnswers.builder()
                .baseline(BASELINE_NONE)
                .checklist(CHECK_DONE, CHECK_NOT_STARTED, CHECK_NOT_STARTED)
                .stillSure(UNSURE));

        assertThat(assessment.nextSteps())
                .extracting(NextStep::id)
                .containsExactly("label_benchmark", "rules_baseline", "revisit_need");
    }

    @Test
    void with_only_the_rules_baseline_left_it_comes_before_just_getting_started() {
        var assessment = assess(
                ProjectAnswers.builder().baseline(BASELINE_NONE).checklist(CHECK_DONE, CHECK_DONE, CHECK_NOT_STARTED));

        assertThat(assessment.nextSteps()).extracting(NextStep::id).containsExactly("rules_baseline", "first_model");
        assertThat(assessment.nextSteps().get(0).text()).contains("manual rules or simple heuristics");
    }

    @Test
    void a_step_in_progress_is_to_be_finished() {
        var assessment = assess(ProjectAnswers.builder().checklist(CHECK_IN_PROGRESS, CHECK_NOT_STARTED, CHECK_DONE));

        assertThat(assessment.nextSteps().get(0))
                .isEqualTo(new NextStep(
                        "literature_review",
                        "Finish the literature review: is there good published work on similar problems, or an"
                                + " off-the-shelf model or API that already does it?"));
    }

    @Test
    void rules_already_tried_need_no_rules_baseline_step() {
        var assessment = assess(ProjectAnswers.builder()
                .baseline(BASELINE_FELL_SHORT)
                .checklist(CHECK_DONE, CHECK_DONE, CHECK_NOT_STARTED));

        // with the checklist done, the one step left is to just get started.
        assertThat(assessment.nextSteps()).extracting(NextStep::id).containsExactly(NextStep.FIRST_MODEL);
        assertThat(assessment.redFlags()).doesNotContain(NO_BASELINE_TRIED);
    }

    @Test
    void labeling_a_small_benchmark_comes_before_closing_the_data_gaps() {
        var assessment = assess(ProjectAnswers.builder()
                .ready(YES, PARTLY, YES)
                .difficulty(1)
                .checklist(CHECK_DONE, CHECK_NOT_STARTED, CHECK_DONE));

        assertThat(assessment.nextSteps())
                .extracting(NextStep::id)
                .containsExactly("label_benchmark", "close_data_gaps");
    }

    @Test
    void with_no_data_collected_collecting_it_comes_before_labeling_a_benchmark() {
        var assessment = assess(ProjectAnswers.builder()
                .ready(YES, NO, YES)
                .difficulty(1)
                .checklist(CHECK_DONE, CHECK_NOT_STARTED, CHECK_DONE));

        assertThat(assessment.nextSteps()).extracting(NextStep::id).containsExactly("collect_data", "label_benchmark");
    }

    @Test
    void no_product_yet_starts_with_the_product_and_no_talk_of_production() {
        var assessment = assess(ProjectAnswers.builder().ready(NO, YES, YES));

        assertThat(assessment.nextSteps().get(0).id()).isEqualTo(NextStep.PRODUCT_FIRST);
        assertThat(RedFlag.NO_PRODUCT.text()).doesNotContain("production");
    }

    @Test
    void missing_people_ask_for_the_path_to_production_to_be_planned_early() {
        var assessment = assess(ProjectAnswers.builder().ready(YES, YES, PARTLY).difficulty(1));

        assertThat(assessment.nextSteps())
                .extracting(NextStep::id)
                .startsWith(NextStep.PLAN_PRODUCTION, NextStep.LITERATURE_REVIEW);
        assertThat(assessment.nextSteps().get(0).text()).contains("never make the leap to a production environment");
    }

    @Test
    void costly_labels_ask_to_set_the_problem_up_differently_before_labeling() {
        var assessment = assess(ProjectAnswers.builder()
                .dataAvailability(1)
                .difficulty(1)
                .wrongPredictionCost(1)
                .checklist(CHECK_DONE, CHECK_NOT_STARTED, CHECK_DONE));

        assertThat(assessment.nextSteps())
                .extracting(NextStep::id)
                .startsWith(NextStep.RESCOPE_FOR_LABELS, NextStep.LABEL_BENCHMARK);
        assertThat(assessment.nextSteps().get(0).text()).contains("cheaper to annotate per pixel");
    }

    @Test
    void a_big_bet_is_told_not_to_aim_for_100_percent_success() {
        var assessment = assess(ProjectAnswers.builder()
                .signals(SIGNAL_FRICTION, SIGNAL_INDUSTRY, SIGNAL_CHEAP_PREDICTION)
                .wrongPredictionCost(5)
                .difficulty(5));

        assertThat(assessment.quadrant()).isEqualTo(Quadrant.BIG_BET);
        assertThat(assessment.nextSteps()).extracting(NextStep::id).startsWith(NextStep.DONT_AIM_FOR_100);
        assertThat(assessment.nextSteps().get(0).text()).contains("don't aim for 100% success");
    }

    @Test
    void just_getting_started_means_an_off_the_shelf_model_first_and_no_tool_fetishization() {
        var assessment = assess(ProjectAnswers.builder().checklist(CHECK_DONE, CHECK_DONE, CHECK_DONE));

        assertThat(assessment.nextSteps()).extracting(NextStep::id).containsExactly(NextStep.FIRST_MODEL);
        assertThat(assessment.nextSteps().get(0).text())
                .startsWith("Just get started")
                .contains("off-the-shelf model or API")
                .contains("No perfect tooling needed first");
    }

    @Test
    void doubting_the_need_first_comes_before_everything_else() {
        var assessment = assess(ProjectAnswers.builder().needToSolve(UNSURE).ethics(Questionnaire.ETHICS_CONCERN));

        assertThat(assessment.nextSteps())
                .extracting(NextStep::id)
                .containsExactly("revisit_need", "consider_ethics", "literature_review");
    }

    @Test
    void a_project_with_nothing_done_gets_no_more_than_three_steps() {
        var assessment = assess(everyQuestionSkipped());

        assertThat(assessment.nextSteps())
                .extracting(NextStep::id)
                .containsExactly("define_success_criteria", "consider_ethics", "reconsider_impact");
    }

    // --- explanations --------------------------------------------------------------------------

    @Test
    void the_explanations_mention_each_input() {
        var assessment = assess(ProjectAnswers.builder()
                .signals(SIGNAL_FRICTION, SIGNAL_INDUSTRY)
                .rating(4)
                .dataAvailability(2)
                .wrongPredictionCost(4)
                .accuracyRequirement(5)
                .difficulty(4)
                .hardTraits(TRAIT_RELIABILITY)
                .ready(YES, PARTLY, NO)
                .fullFlywheel());

        assertThat(assessment.impact().explain("impact"))
                .startsWith("impact " + format(assessment.impact().value()) + ": starts at 2.0; ")
                .contains("impact rating 4/5 (+0.3)")
                .contains("high-impact signals: removes product friction, others in the industry do it (+1.0)")
                .contains("full data flywheel (+0.6)");
        assertThat(assessment.feasibility().explain("feasibility"))
                .startsWith("feasibility 1.0 (−0.3, held at the 1.0 floor): starts at 4.3; ")
                .contains("cost of a wrong prediction 4/5 (−0.9)")
                .contains("accuracy requirement 5/5 (−1.0)")
                .contains("problem difficulty 4/5 (−0.9)")
                .contains("data availability 2/5 (−0.5)")
                .contains("hard traits: reliability required (−0.4)")
                .contains("a product (0.0)")
                .contains("data only partly collected and stored (−0.3)")
                .contains("not the right people yet (−0.6)")
                .contains("Software 2.0 (0.0)");
    }

    @Test
    void every_rule_is_in_the_explanation_list_once() {
        var assessment = assess(ProjectAnswers.builder().fullFlywheel());

        assertThat(assessment.impact().contributions())
                .extracting(Contribution::rule)
                .containsExactly("starting_point", "impact_rating", "high_impact_signals", "data_flywheel");
        assertThat(assessment.feasibility().contributions())
                .extracting(Contribution::rule)
                .containsExactly(Arrays.stream(FeasibilityRule.values())
                        .map(FeasibilityRule::id)
                        .toArray(String[]::new));
    }

    @Test
    void a_skipped_cost_is_assumed_the_middle_and_the_explanation_says_so() {
        var assessment = assess(
                ProjectAnswers.builder().skip(COST_DATA).skip(HARD_TRAITS).without(READY_PEOPLE));

        assertThat(assessment.feasibility().contributions())
                .extracting(Contribution::explanation)
                .contains(
                        "data availability skipped — assumed 3/5: 0.0",
                        "hard traits skipped — assumed none: 0.0",
                        "having the right people not asked — assumed partly: −0.3");
        assertThat(assessment.feasibility().explain("feasibility"))
                .contains("data availability skipped — assumed 3/5 (0.0)");
    }

    @Test
    void a_skipped_rating_counts_as_three_out_of_five() {
        var skipped = assess(ProjectAnswers.builder().skip(IMPACT_RATING));
        var three = assess(ProjectAnswers.builder().rating(3));

        assertThat(skipped.impact().value()).isEqualTo(three.impact().value());
        assertThat(skipped.impact().explain("impact")).contains("impact rating skipped — assumed 3/5");
    }

    @Test
    void a_flywheel_only_counts_for_software_2_0() {
        var answers = ProjectAnswers.builder().fullFlywheel().build();

        var software2 = Assessor.assess(answers, Optional.of(SOFTWARE_2_0));
        var humanInTheLoop = Assessor.assess(answers, Optional.of(HUMAN_IN_THE_LOOP));

        assertThat(software2.impact().raw())
                .isEqualTo(Score.round(humanInTheLoop.impact().raw() + 0.6));
        assertThat(humanInTheLoop.impact().contributions())
                .extracting(Contribution::rule)
                .doesNotContain("data_flywheel");
    }

    // --- archetype override and guidance -------------------------------------------------------

    @Test
    void an_override_wins_and_the_suggestion_is_kept_next_to_it() {
        var assessment = Assessor.assess(ProjectAnswers.builder().build(), Optional.of(AUTONOMOUS));

        assertThat(assessment.suggested().archetype()).isEqualTo(SOFTWARE_2_0);
        assertThat(assessment.archetype()).isEqualTo(AUTONOMOUS);
        assertThat(assessment.overridden()).isTrue();
        assertThat(assessment.guidance()).anySatisfy(s -> assertThat(s).contains("failure rate"));
    }

    @Test
    void confirming_the_suggested_archetype_is_not_an_override() {
        var assessment = Assessor.assess(ProjectAnswers.builder().build(), Optional.of(SOFTWARE_2_0));

        assertThat(assessment.archetype()).isEqualTo(SOFTWARE_2_0);
        assertThat(assessment.overridden()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Archetype.class)
    void guidance_is_two_to_four_sentences_from_the_lecture(Archetype archetype) {
        var guidance = Assessor.assess(ProjectAnswers.builder().build(), Optional.of(archetype))
                .guidance();

        assertThat(guidance)
                .hasSizeBetween(2, 4)
                .allSatisfy(sentence -> assertThat(sentence).matches("[A-Z\"].*[.?]"));
        var text = String.join(" ", guidance);
        switch (archetype) {
            case SOFTWARE_2_0 ->
                assertThat(text)
                        .contains("truly much better")
                        .contains("across iterations")
                        .contains("data flywheel");
            case HUMAN_IN_THE_LOOP ->
                assertThat(text)
                        .contains("context of the human user")
                        .contains("How good does the system actually have to be");
            case AUTONOMOUS ->
                assertThat(text)
                        .contains("failure rate and its consequences")
                        .contains("carefully monitored")
                        .contains("guardrails");
        }
    }

    @Test
    void a_full_flywheel_is_called_the_gold_standard() {
        var guidance = assess(ProjectAnswers.builder().fullFlywheel()).guidance();

        assertThat(String.join(" ", guidance)).contains("gold standard");
    }

    @Test
    void an_autonomous_system_with_human_guardrails_is_told_to_keep_them() {
        var guidance = assess(ProjectAnswers.builder().actsAlone(YES).humanReview(REVIEW_SOMETIMES))
                .guidance();

        assertThat(guidance).last().asString().startsWith("Keep the humans you plan as guardrails");
    }

    // --- red flags ------------------------------------------------------------------------------

    @Test
    void a_plain_ready_project_raises_no_red_flag() {
        assertThat(assess(ProjectAnswers.builder()).redFlags()).isEmpty();
    }

    @Test
    void an_intake_with_every_question_skipped_raises_the_flags_the_lecture_insists_on() {
        assertThat(assess(everyQuestionSkipped()).redFlags())
                .containsExactly(NO_BASELINE_TRIED, NOT_SURE_ML_NEEDED, ETHICS_CONCERN, NO_SUCCESS_CRITERIA);
    }

    @Test
    void questions_never_asked_raise_no_flag_close_no_gate_and_ask_for_no_step_of_their_own() {
        var assessment = assess(ProjectAnswers.empty());

        assertThat(assessment.redFlags()).isEmpty();
        assertThat(assessment.gates()).isEmpty();
        assertThat(assessment.nextSteps())
                .extracting(NextStep::id)
                .doesNotContain("define_success_criteria", "consider_ethics", "plan_production");
        assertThat(assessment.feasibility().explain("feasibility"))
                .contains("having the right people not asked — assumed partly");
    }

    private static ProjectAnswers everyQuestionSkipped() {
        var skipped = ProjectAnswers.empty();
        for (var question : Questionnaire.all()) {
            if (!Questionnaire.isQuickOnly(question.key())) skipped = skipped.skip(question.key());
        }
        return skipped;
    }

    @Test
    void an_autonomous_system_that_must_almost_never_be_wrong_is_flagged_even_without_the_trait() {
        var assessment = assess(
                ProjectAnswers.builder().actsAlone(YES).accuracyRequirement(5).hardTraits());

        assertThat(assessment.redFlags()).containsExactly(AUTONOMOUS_RELIABILITY_REQUIRED);
    }

    @Test
    void every_red_flag_is_one_sentence() {
        assertThat(RedFlag.values())
                .allSatisfy(flag ->
                        assertThat(flag.text()).matches("[A-Z][^\\n]*[.?]").doesNotContain(". "));
    }

    private static Assessment assess(ProjectAnswers answers) {
        return Assessor.assess(answers.build(), Optional.empty());
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
