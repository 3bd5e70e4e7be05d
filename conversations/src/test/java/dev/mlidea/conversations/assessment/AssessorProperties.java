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

    /** The lecture's checklist order; a step never comes before one earlier in this list. */
    private static final List<String> CHECKLIST_ORDER = List.of(
            "revisit_need",
            "define_success_criteria",
            "consider_ethics",
            "literature_review",
            "label_benchmark",
            "collect_data",
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
