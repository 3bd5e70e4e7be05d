package dev.mlidea.conversations.assessment;

import static dev.mlidea.conversations.assessment.Archetype.AUTONOMOUS;
import static dev.mlidea.conversations.assessment.Archetype.HUMAN_IN_THE_LOOP;
import static dev.mlidea.conversations.assessment.Archetype.SOFTWARE_2_0;
import static dev.mlidea.conversations.assessment.Quadrant.BIG_BET;
import static dev.mlidea.conversations.assessment.Quadrant.CHEAP_WIN;
import static dev.mlidea.conversations.assessment.Quadrant.DONT_YET;
import static dev.mlidea.conversations.assessment.Quadrant.DO_IT_NOW;
import static dev.mlidea.conversations.assessment.RedFlag.AUTONOMOUS_RELIABILITY_REQUIRED;
import static dev.mlidea.conversations.assessment.RedFlag.DATA_NOT_COLLECTED;
import static dev.mlidea.conversations.assessment.RedFlag.ETHICS_CONCERN;
import static dev.mlidea.conversations.assessment.RedFlag.NOT_SURE_ML_NEEDED;
import static dev.mlidea.conversations.assessment.RedFlag.NO_BASELINE_TRIED;
import static dev.mlidea.conversations.assessment.RedFlag.NO_PRODUCT;
import static dev.mlidea.conversations.assessment.RedFlag.NO_SUCCESS_CRITERIA;
import static dev.mlidea.conversations.intake.Questionnaire.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.intake.Questionnaire;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AssessorTest {

    /** A realistic project from the lecture's examples and what its assessment must say. */
    record Project(String name, ProjectAnswers answers, Archetype archetype, Quadrant quadrant, Set<RedFlag> redFlags) {
        Assessment assess() {
            return Assessor.assess(answers.build(), Optional.empty());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Project project(
            String name, ProjectAnswers answers, Archetype archetype, Quadrant quadrant, RedFlag... flags) {
        return new Project(
                name, answers, archetype, quadrant, flags.length == 0 ? Set.of() : EnumSet.copyOf(List.of(flags)));
    }

    static Stream<Project> lectureProjects() {
        return Stream.of(
                project(
                        "code completion in the IDE, like GitHub Copilot",
                        ProjectAnswers.builder()
                                .problem("Better code completion for our IDE plugin")
                                .signals(SIGNAL_FRICTION, SIGNAL_SOFTWARE_2, SIGNAL_INDUSTRY)
                                .rating(4)
                                .dataAvailability(4)
                                .accuracyRequirement(2)
                                .difficulty(3)
                                .hardTraits(TRAIT_COMPLEX_OUTPUT)
                                .automatedToday(YES)
                                .humanReview(REVIEW_SOMETIMES)
                                .actsAlone(NO)
                                .fullFlywheel()
                                .checklist(CHECK_DONE, CHECK_IN_PROGRESS, CHECK_DONE),
                        SOFTWARE_2_0,
                        DO_IT_NOW),
                project(
                        "turning sketches into slides",
                        ProjectAnswers.builder()
                                .problem("Turn whiteboard sketches into slides that people then approve")
                                .baseline(BASELINE_NONE)
                                .signals(SIGNAL_FRICTION, SIGNAL_CHEAP_PREDICTION)
                                .rating(4)
                                .dataAvailability(3)
                                .accuracyRequirement(2)
                                .difficulty(3)
                                .hardTraits(TRAIT_COMPLEX_OUTPUT)
                                .automatedToday(NO)
                                .humanReview(REVIEW_ALWAYS)
                                .actsAlone(NO),
                        HUMAN_IN_THE_LOOP,
                        DO_IT_NOW,
                        NO_BASELINE_TRIED),
                project(
                        "a recommendation feature like Spotify's Discover Weekly",
                        ProjectAnswers.builder()
                                .problem("A weekly personal playlist of songs each listener has not heard")
                                .signals(SIGNAL_FRICTION, SIGNAL_SOFTWARE_2, SIGNAL_CHEAP_PREDICTION, SIGNAL_INDUSTRY)
                                .rating(5)
                                .dataAvailability(5)
                                .accuracyRequirement(2)
                                .difficulty(3)
                                .automatedToday(YES)
                                .humanReview(REVIEW_NEVER)
                                .actsAlone(NO)
                                .fullFlywheel(),
                        SOFTWARE_2_0,
                        DO_IT_NOW),
                project(
                        "a support-ticket triage assistant",
                        ProjectAnswers.builder()
                                .problem("Suggest a queue and a priority for each new ticket; the agent decides")
                                .signals(SIGNAL_FRICTION, SIGNAL_CHEAP_PREDICTION, SIGNAL_INDUSTRY)
                                .rating(3)
                                .dataAvailability(4)
                                .accuracyRequirement(2)
                                .difficulty(2)
                                .automatedToday(NO)
                                .humanReview(REVIEW_ALWAYS)
                                .actsAlone(NO),
                        HUMAN_IN_THE_LOOP,
                        DO_IT_NOW),
                project(
                        "full self-driving",
                        ProjectAnswers.builder()
                                .problem("Drive the car with no chance for a driver to intervene")
                                .ethics(Questionnaire.ETHICS_CONCERN)
                                .signals(SIGNAL_CHEAP_PREDICTION, SIGNAL_INDUSTRY)
                                .rating(5)
                                .dataAvailability(3)
                                .accuracyRequirement(5)
                                .difficulty(5)
                                .hardTraits(TRAIT_COMPLEX_OUTPUT, TRAIT_RELIABILITY, TRAIT_GENERALIZATION)
                                .automatedToday(NO)
                                .humanReview(REVIEW_NEVER)
                                .actsAlone(YES),
                        AUTONOMOUS,
                        BIG_BET,
                        ETHICS_CONCERN,
                        AUTONOMOUS_RELIABILITY_REQUIRED),
                project(
                        "pose estimation for a robot that grasps objects",
                        ProjectAnswers.builder()
                                .problem("Estimate the 3D pose of objects so the robot arm can grasp them")
                                .ready(PARTLY, PARTLY, YES)
                                .baseline(BASELINE_NONE)
                                .signals(SIGNAL_CHEAP_PREDICTION, SIGNAL_INDUSTRY)
                                .rating(4)
                                .dataAvailability(1)
                                .accuracyRequirement(3)
                                .difficulty(4)
                                .hardTraits(TRAIT_COMPLEX_OUTPUT, TRAIT_GENERALIZATION)
                                .automatedToday(NO)
                                .humanReview(REVIEW_SOMETIMES)
                                .actsAlone(YES),
                        AUTONOMOUS,
                        BIG_BET,
                        NO_BASELINE_TRIED),
                project(
                        "lane keeping with the driver as a guardrail",
                        ProjectAnswers.builder()
                                .problem("Keep the car in its lane; the driver watches and can take over")
                                .signals(SIGNAL_FRICTION, SIGNAL_INDUSTRY)
                                .rating(4)
                                .dataAvailability(4)
                                .accuracyRequirement(4)
                                .difficulty(3)
                                .hardTraits(TRAIT_RELIABILITY)
                                .automatedToday(NO)
                                .humanReview(REVIEW_SOMETIMES)
                                .actsAlone(YES),
                        AUTONOMOUS,
                        BIG_BET,
                        AUTONOMOUS_RELIABILITY_REQUIRED),
                project(
                        "replacing hand-written fraud rules",
                        ProjectAnswers.builder()
                                .problem("Replace the fraud rules that have grown too complex to maintain")
                                .baseline(BASELINE_FELL_SHORT)
                                .ethics(ETHICS_MANAGEABLE)
                                .signals(SIGNAL_SOFTWARE_2, SIGNAL_INDUSTRY)
                                .rating(4)
                                .dataAvailability(4)
                                .accuracyRequirement(4)
                                .difficulty(3)
                                .hardTraits(TRAIT_RELIABILITY)
                                .automatedToday(YES)
                                .humanReview(REVIEW_SOMETIMES)
                                .actsAlone(NO)
                                .flywheel(YES, YES, UNSURE),
                        SOFTWARE_2_0,
                        BIG_BET),
                project(
                        "a medical triage model",
                        ProjectAnswers.builder()
                                .problem("Rank incoming patients by urgency for the triage nurse")
                                .ready(YES, PARTLY, YES)
                                .ethics(Questionnaire.ETHICS_CONCERN)
                                .signals(SIGNAL_CHEAP_PREDICTION)
                                .rating(5)
                                .dataAvailability(2)
                                .accuracyRequirement(5)
                                .difficulty(4)
                                .hardTraits(TRAIT_RELIABILITY, TRAIT_GENERALIZATION)
                                .automatedToday(NO)
                                .humanReview(REVIEW_ALWAYS)
                                .actsAlone(NO),
                        HUMAN_IN_THE_LOOP,
                        BIG_BET,
                        ETHICS_CONCERN),
                project(
                        "churn prediction for the customer success team",
                        ProjectAnswers.builder()
                                .problem("Flag accounts likely to churn so customer success can call them")
                                .signals(SIGNAL_CHEAP_PREDICTION)
                                .rating(2)
                                .dataAvailability(4)
                                .accuracyRequirement(2)
                                .difficulty(2)
                                .automatedToday(NO)
                                .humanReview(REVIEW_ALWAYS)
                                .actsAlone(NO),
                        HUMAN_IN_THE_LOOP,
                        CHEAP_WIN),
                project(
                        "a spam filter whose rules already work",
                        ProjectAnswers.builder()
                                .problem("Catch spam in the support inbox with ML instead of rules")
                                .baseline(BASELINE_GOOD_ENOUGH)
                                .signals(SIGNAL_SOFTWARE_2)
                                .rating(2)
                                .dataAvailability(5)
                                .accuracyRequirement(3)
                                .difficulty(2)
                                .automatedToday(YES)
                                .humanReview(REVIEW_NEVER)
                                .actsAlone(NO)
                                .flywheel(YES, UNSURE, NO)
                                .stillSure(UNSURE),
                        SOFTWARE_2_0,
                        // rules already work: an honest "don't build (yet)", never shown as a cheap win.
                        DONT_YET,
                        NOT_SURE_ML_NEEDED),
                project(
                        "a chatbot with no product behind it",
                        ProjectAnswers.builder()
                                .problem("A chatbot, because everyone has one")
                                .ready(NO, NO, PARTLY)
                                .baseline(BASELINE_NONE)
                                .signals(SIGNAL_INDUSTRY)
                                .rating(2)
                                .dataAvailability(1)
                                .accuracyRequirement(3)
                                .difficulty(4)
                                .hardTraits(TRAIT_COMPLEX_OUTPUT, TRAIT_GENERALIZATION)
                                .automatedToday(NO)
                                .humanReview(REVIEW_NEVER)
                                .actsAlone(NO)
                                .skip(SUCCESS_CRITERIA)
                                .skip(SUCCESS_STAKEHOLDERS),
                        HUMAN_IN_THE_LOOP,
                        DONT_YET,
                        NO_BASELINE_TRIED,
                        NO_SUCCESS_CRITERIA,
                        DATA_NOT_COLLECTED,
                        NO_PRODUCT),
                project(
                        "auto-tagging internal wiki pages, a problem too small for ML's complexity",
                        ProjectAnswers.builder()
                                .problem("Tag wiki pages automatically")
                                .ready(YES, PARTLY, PARTLY)
                                .needToSolve(UNSURE)
                                .rating(2)
                                .dataAvailability(2)
                                .accuracyRequirement(3)
                                .difficulty(3)
                                .automatedToday(PARTLY)
                                .humanReview(REVIEW_SOMETIMES)
                                .actsAlone(NO),
                        SOFTWARE_2_0,
                        DONT_YET,
                        NOT_SURE_ML_NEEDED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lectureProjects")
    void each_lecture_project_gets_its_archetype_quadrant_and_red_flags(Project project) {
        var assessment = project.assess();

        assertThat(assessment.archetype()).as("archetype").isEqualTo(project.archetype());
        assertThat(assessment.quadrant())
                .as(
                        "quadrant of %s / %s",
                        assessment.impact().explain("impact"),
                        assessment.feasibility().explain("feasibility"))
                .isEqualTo(project.quadrant());
        assertThat(assessment.redFlags()).as("red flags").containsExactlyInAnyOrderElementsOf(project.redFlags());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lectureProjects")
    void every_project_gets_at_most_three_next_steps_and_guidance_of_two_to_four_sentences(Project project) {
        var assessment = project.assess();

        assertThat(assessment.nextSteps()).hasSizeBetween(1, 3);
        assertThat(assessment.nextSteps()).extracting(NextStep::id).doesNotHaveDuplicates();
        assertThat(assessment.guidance()).hasSizeBetween(2, 4);
        assertThat(assessment.modelVersion()).isEqualTo(Assessor.MODEL_VERSION);
    }

    @Test
    void the_lecture_projects_reach_all_four_quadrants() {
        var reached = lectureProjects().map(p -> p.assess().quadrant()).collect(Collectors.toSet());

        assertThat(reached).containsExactlyInAnyOrder(Quadrant.values());
    }

    @Test
    void the_lecture_projects_cover_all_three_archetypes() {
        var reached = lectureProjects().map(Project::archetype).collect(Collectors.toSet());

        assertThat(reached).containsExactlyInAnyOrder(Archetype.values());
    }

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
                .hasValueSatisfying(reason ->
                        assertThat(reason).startsWith("You said this problem does not need solving right now"));
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
    void with_only_the_rules_baseline_left_it_is_the_first_and_only_step() {
        var assessment = assess(
                ProjectAnswers.builder().baseline(BASELINE_NONE).checklist(CHECK_DONE, CHECK_DONE, CHECK_NOT_STARTED));

        assertThat(assessment.nextSteps()).extracting(NextStep::id).containsExactly("rules_baseline");
        assertThat(assessment.nextSteps().get(0).text()).contains("manual rules or simple heuristics");
    }

    @Test
    void a_step_in_progress_is_to_be_finished() {
        var assessment = assess(ProjectAnswers.builder().checklist(CHECK_IN_PROGRESS, CHECK_DONE, CHECK_DONE));

        assertThat(assessment.nextSteps())
                .containsExactly(new NextStep(
                        "literature_review",
                        "Finish the literature review: is there good published work on similar problems?"));
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
        var assessment = assess(
                ProjectAnswers.builder().ready(YES, NO, YES).checklist(CHECK_DONE, CHECK_NOT_STARTED, CHECK_DONE));

        assertThat(assessment.nextSteps()).extracting(NextStep::id).containsExactly("label_benchmark", "collect_data");
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
        var assessment = assess(ProjectAnswers.empty());

        assertThat(assessment.nextSteps())
                .extracting(NextStep::id)
                .containsExactly("define_success_criteria", "consider_ethics", "literature_review");
    }

    // --- explanations --------------------------------------------------------------------------

    @Test
    void the_explanations_mention_each_input() {
        var assessment = assess(ProjectAnswers.builder()
                .signals(SIGNAL_FRICTION, SIGNAL_INDUSTRY)
                .rating(4)
                .dataAvailability(2)
                .accuracyRequirement(5)
                .difficulty(4)
                .hardTraits(TRAIT_RELIABILITY)
                .ready(YES, PARTLY, NO)
                .fullFlywheel());

        assertThat(assessment.impact().explain("impact"))
                .startsWith("impact " + format(assessment.impact().value()) + ": starts at 2.7; ")
                .contains("impact rating 4/5 (+0.6)")
                .contains("high-impact signals: removes product friction, others in the industry do it (+0.6)")
                .contains("full data flywheel (+0.5)");
        assertThat(assessment.feasibility().explain("feasibility"))
                .startsWith("feasibility 1.0 (−0.3, held at the 1.0 floor): starts at 4.0; ")
                .contains("accuracy requirement 5/5 (−1.6)")
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
                        "having the right people not answered — assumed partly: −0.3");
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

        assertThat(software2.impact().raw()).isEqualTo(humanInTheLoop.impact().raw() + 0.5);
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
    void an_unfinished_intake_raises_the_flags_the_lecture_insists_on() {
        assertThat(assess(ProjectAnswers.empty()).redFlags())
                .containsExactly(NO_BASELINE_TRIED, NOT_SURE_ML_NEEDED, ETHICS_CONCERN, NO_SUCCESS_CRITERIA);
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
