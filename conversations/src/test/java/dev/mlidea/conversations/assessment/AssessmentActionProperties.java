package dev.mlidea.conversations.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.assessment.AssessmentAction.Choice;
import dev.mlidea.conversations.assessment.AssessmentAction.Newest;
import dev.mlidea.conversations.intake.IntakeStatus;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class AssessmentActionProperties {
    private static final List<String> OWNERS = List.of("U0OWNER", "U0COOWNER");

    @Property
    void someone_who_is_not_an_owner_never_changes_anything(
            @ForAll("clicks") AssessmentAction click,
            @ForAll IntakeStatus intake,
            @ForAll("newest") Optional<Newest> newest) {
        var stranger = new AssessmentAction("U0STRANGER", click.version(), click.choice());

        assertThat(stranger.decide(OWNERS, intake, newest))
                .isEqualTo(new AssessmentDecision.Refuse(AssessmentDecision.Refusal.NOT_AN_OWNER));
    }

    @Property
    void only_a_click_on_the_newest_version_of_a_finished_intake_can_change_anything(
            @ForAll("clicks") AssessmentAction click,
            @ForAll IntakeStatus intake,
            @ForAll("newest") Optional<Newest> newest) {
        AssessmentDecision decision = click.decide(OWNERS, intake, newest);

        if (!(decision instanceof AssessmentDecision.Refuse)) {
            assertThat(intake).isEqualTo(IntakeStatus.COMPLETED);
            assertThat(click.version()).isEqualTo(newest.map(Newest::version));
        }
    }

    @Property
    void a_reassessment_always_changes_the_confirmed_archetype(
            @ForAll("clicks") AssessmentAction click, @ForAll("newest") Optional<Newest> newest) {
        AssessmentDecision decision = click.decide(OWNERS, IntakeStatus.COMPLETED, newest);

        if (decision instanceof AssessmentDecision.Reassess reassess) {
            assertThat(newest.flatMap(Newest::confirmed)).isNotEqualTo(Optional.of(reassess.archetype()));
        }
    }

    @Provide
    Arbitrary<AssessmentAction> clicks() {
        Arbitrary<String> actor = Arbitraries.of("U0OWNER", "U0COOWNER", "U0STRANGER");
        Arbitrary<Optional<Integer>> version =
                Arbitraries.integers().between(1, 4).optional();
        Arbitrary<Choice> choice = Arbitraries.oneOf(
                Arbitraries.just(new Choice.LooksRight()),
                Arbitraries.of(Archetype.class).map(a -> new Choice.ChangeArchetype(a.id())),
                Arbitraries.strings().ofMaxLength(20).injectNull(0.1).map(Choice.ChangeArchetype::new));
        return Combinators.combine(actor, version, choice).as(AssessmentAction::new);
    }

    @Provide
    Arbitrary<Optional<Newest>> newest() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.of(Archetype.class).optional())
                .as(Newest::new)
                .optional();
    }

    @Property
    void newest_versions_are_compared_by_value_not_by_identity(@ForAll @IntRange(min = 128, max = 100_000) int v) {
        // Integer caches only -128..127: a version past it must still count as the newest.
        var click = new AssessmentAction("U0OWNER", Optional.of(Integer.valueOf(v)), new Choice.LooksRight());

        assertThat(click.decide(OWNERS, IntakeStatus.COMPLETED, Optional.of(new Newest(v, Optional.empty()))))
                .isEqualTo(new AssessmentDecision.Acknowledge());
    }
}
