package dev.mlidea.conversations.assessment;

import static dev.mlidea.conversations.intake.Questionnaire.BASELINE_GOOD_ENOUGH;
import static dev.mlidea.conversations.intake.Questionnaire.NEED_BASELINE;
import static dev.mlidea.conversations.intake.Questionnaire.NEED_SOLVE_AT_ALL;
import static dev.mlidea.conversations.intake.Questionnaire.NEED_STILL_SURE;
import static dev.mlidea.conversations.intake.Questionnaire.NO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.intake.Answers;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What every assessment promises, whatever the answers. */
class AssessorProperties {

    /**
     * The lecture's "before you start" checks, then its feasibility checklist; a step never comes before
     * one earlier in this list.
     */
    private static final List<String> CHECKLIST_ORDER = List.of(
            "revisit_need",
            "product_first",
            "collect_data",
            "define_success_criteria",
            "consider_ethics",
            "reconsider_impact",
            "dont_aim_for_100",
            "plan_production",
            "literature_review",
            "rescope_for_labels",
            "label_benchmark",
            "close_data_gaps",
            "rules_baseline",
            "first_model");

    @Provide
    Arbitrary<Answers> projects() {
        return RandomProjects.answers();
    }

    @Provide
    Arbitrary<Optional<Archetype>> overrides() {
        return RandomProjects.overrides();
    }

    @Property
    void there_are_never_more_than_three_next_steps_and_never_the_same_twice(
            @ForAll("projects") Answers answers, @ForAll("overrides") Optional<Archetype> override) {
        var steps = Assessor.assess(answers, override).nextSteps();

        assertThat(steps).hasSizeLessThanOrEqualTo(3);
        assertThat(steps).extracting(NextStep::id).doesNotHaveDuplicates();
    }

    @Property
    void next_steps_keep_the_lectures_checklist_order(@ForAll("projects") Answers answers) {
        var ids = Assessor.assess(answers, Optional.empty()).nextSteps().stream()
                .map(NextStep::id)
                .toList();

        // "revisit_need" may also close the list: "Are you sure that you need ML at all?" comes last.
        var ordered = ids.stream()
                .filter(id -> !id.equals("revisit_need") || ids.indexOf(id) == 0)
                .toList();
        var positions = ordered.stream().map(CHECKLIST_ORDER::indexOf).toList();
        assertThat(positions).isSorted();
    }

    @Property
    void the_flywheel_is_asked_exactly_when_the_archetype_answers_point_to_software_2_0(
            @ForAll("projects") Answers answers) {
        boolean reachedAndAnswered = answers.has(dev.mlidea.conversations.intake.Questionnaire.ARCH_ACTS_ALONE)
                && java.util.stream.Stream.of(
                                dev.mlidea.conversations.intake.Questionnaire.ARCH_AUTOMATED_TODAY,
                                dev.mlidea.conversations.intake.Questionnaire.ARCH_HUMAN_REVIEW,
                                dev.mlidea.conversations.intake.Questionnaire.ARCH_ACTS_ALONE)
                        .anyMatch(key -> answers.picked(key).isPresent());
        boolean software2 = ArchetypeClassifier.suggest(answers).archetype() == Archetype.SOFTWARE_2_0;

        assertThat(dev.mlidea.conversations.intake.Questionnaire.LOOKS_LIKE_SOFTWARE_2.test(answers))
                .isEqualTo(reachedAndAnswered && software2);
    }

    @Property
    void low_impact_is_never_told_to_just_get_started(@ForAll("projects") Answers answers) {
        var assessment = Assessor.assess(answers, Optional.empty());
        var ids = assessment.nextSteps().stream().map(NextStep::id).toList();

        if (assessment.impact().value() < Quadrant.HIGH_THRESHOLD
                && assessment.dontBuild().isEmpty()) {
            assertThat(ids).doesNotContain(NextStep.FIRST_MODEL);
        }
    }

    @Property
    void there_is_always_a_next_step(@ForAll("projects") Answers answers) {
        assertThat(Assessor.assess(answers, Optional.empty()).nextSteps())
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(3);
    }

    @Property
    void there_is_a_reason_not_to_build_exactly_when_the_answers_say_so(@ForAll("projects") Answers answers) {
        var assessment = Assessor.assess(answers, Optional.empty());
        boolean saidSo = answers.pickedOneOf(NEED_STILL_SURE, NO)
                || answers.pickedOneOf(NEED_SOLVE_AT_ALL, NO)
                || answers.pickedOneOf(NEED_BASELINE, BASELINE_GOOD_ENOUGH);

        assertThat(assessment.dontBuild().isPresent()).isEqualTo(saidSo);
        if (saidSo) assertThat(assessment.nextSteps()).hasSize(1);
    }

    @Property
    void gates_always_win_over_the_scores_and_only_a_reason_not_to_build_wins_over_them(
            @ForAll("projects") Answers answers, @ForAll("overrides") Optional<Archetype> override) {
        var assessment = Assessor.assess(answers, override);
        var gates = Gate.closedBy(answers);

        assertThat(assessment.gates()).isEqualTo(gates);
        if (assessment.dontBuild().isPresent()) {
            assertThat(assessment.verdict()).isEqualTo(new Verdict.DontBuildYet());
        } else if (!gates.isEmpty()) {
            assertThat(assessment.verdict()).isEqualTo(new Verdict.NotYet(gates.get(0)));
            assertThat(assessment.verdict().label()).startsWith("Not yet — ");
        } else {
            assertThat(assessment.verdict()).isEqualTo(new Verdict.OnTheMatrix(assessment.quadrant()));
        }
    }

    @Property
    void a_gate_never_changes_the_scores_only_the_verdict(
            @ForAll("projects") Answers answers, @ForAll("overrides") Optional<Archetype> override) {
        // Removing every gate through success criteria and ethics leaves both numbers as they were.
        var withCriteria = answers.with(
                        dev.mlidea.conversations.intake.Questionnaire.SUCCESS_CRITERIA,
                        new dev.mlidea.conversations.intake.Answer.Text("Agreed criteria"))
                .with(
                        dev.mlidea.conversations.intake.Questionnaire.ETHICS,
                        new dev.mlidea.conversations.intake.Answer.Picked(
                                dev.mlidea.conversations.intake.Questionnaire.ETHICS_MANAGEABLE));
        var gated = Assessor.assess(answers, override);
        var open = Assessor.assess(withCriteria, override);

        assertThat(gated.impact()).isEqualTo(open.impact());
        assertThat(gated.feasibility()).isEqualTo(open.feasibility());
        assertThat(gated.quadrant()).isEqualTo(open.quadrant());
    }

    @Property
    void every_verdict_can_be_read_back_from_what_is_stored(
            @ForAll("projects") Answers answers, @ForAll("overrides") Optional<Archetype> override) {
        var assessment = Assessor.assess(answers, override);

        assertThat(Verdict.stored(
                        assessment.verdict().id(), assessment.dontBuild().isPresent()))
                .contains(assessment.verdict());
    }

    @Property
    void the_archetype_is_the_override_when_given_else_the_suggestion(
            @ForAll("projects") Answers answers, @ForAll("overrides") Optional<Archetype> override) {
        var assessment = Assessor.assess(answers, override);

        assertThat(assessment.archetype())
                .isEqualTo(override.orElse(assessment.suggested().archetype()));
        assertThat(assessment.overridden())
                .isEqualTo(assessment.archetype() != assessment.suggested().archetype());
        assertThat(assessment.guidance()).hasSizeBetween(2, 4);
        assertThat(assessment.suggested().reason()).isNotBlank().doesNotContain("\n");
    }
}
