package dev.mlidea.conversations.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.assessment.AssessmentAction.Choice;
import dev.mlidea.conversations.assessment.AssessmentAction.Newest;
import dev.mlidea.conversations.assessment.AssessmentDecision.Refusal;
import dev.mlidea.conversations.intake.IntakeStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentActionTest {
    private static final String OWNER = "U0OWNER";
    private static final List<String> OWNERS = List.of(OWNER, "U0COOWNER");
    private static final Newest UNCONFIRMED_V2 = new Newest(2, Optional.empty());
    private static final Newest CONFIRMED_V2 = new Newest(2, Optional.of(Archetype.HUMAN_IN_THE_LOOP));

    private static final Choice LOOKS_RIGHT = new Choice.LooksRight();

    private static Choice change(Archetype archetype) {
        return new Choice.ChangeArchetype(archetype.id());
    }

    private static AssessmentDecision click(String actor, int version, Choice choice, Newest newest) {
        return new AssessmentAction(actor, Optional.of(version), choice)
                .decide(OWNERS, IntakeStatus.COMPLETED, Optional.of(newest));
    }

    private static AssessmentDecision refused(Refusal reason) {
        return new AssessmentDecision.Refuse(reason);
    }

    @Test
    void looks_right_on_the_newest_version_acknowledges_it() {
        assertThat(click(OWNER, 2, LOOKS_RIGHT, UNCONFIRMED_V2)).isEqualTo(new AssessmentDecision.Acknowledge());
        assertThat(click("U0COOWNER", 2, LOOKS_RIGHT, CONFIRMED_V2)).isEqualTo(new AssessmentDecision.Acknowledge());
    }

    @Test
    void choosing_another_archetype_reassesses_with_it() {
        assertThat(click(OWNER, 2, change(Archetype.AUTONOMOUS), CONFIRMED_V2))
                .isEqualTo(new AssessmentDecision.Reassess(Archetype.AUTONOMOUS));
    }

    @Test
    void choosing_the_suggested_archetype_before_anyone_confirmed_it_reassesses_to_confirm_it() {
        assertThat(click(OWNER, 2, change(Archetype.SOFTWARE_2_0), UNCONFIRMED_V2))
                .isEqualTo(new AssessmentDecision.Reassess(Archetype.SOFTWARE_2_0));
    }

    @Test
    void choosing_the_archetype_already_confirmed_changes_nothing() {
        assertThat(click(OWNER, 2, change(Archetype.HUMAN_IN_THE_LOOP), CONFIRMED_V2))
                .isEqualTo(refused(Refusal.ALREADY_CONFIRMED));
    }

    @Test
    void someone_who_is_not_an_owner_changes_nothing() {
        assertThat(click("U0STRANGER", 2, LOOKS_RIGHT, UNCONFIRMED_V2)).isEqualTo(refused(Refusal.NOT_AN_OWNER));
        assertThat(click("U0STRANGER", 1, change(Archetype.AUTONOMOUS), CONFIRMED_V2))
                .isEqualTo(refused(Refusal.NOT_AN_OWNER));
    }

    @Test
    void a_click_on_an_older_version_or_on_no_version_changes_nothing() {
        assertThat(click(OWNER, 1, LOOKS_RIGHT, UNCONFIRMED_V2)).isEqualTo(refused(Refusal.OLDER_VERSION));
        assertThat(new AssessmentAction(OWNER, Optional.empty(), LOOKS_RIGHT)
                        .decide(OWNERS, IntakeStatus.COMPLETED, Optional.of(UNCONFIRMED_V2)))
                .isEqualTo(refused(Refusal.OLDER_VERSION));
    }

    @Test
    void while_a_question_is_open_or_before_the_first_assessment_the_intake_comes_first() {
        var action = new AssessmentAction(OWNER, Optional.of(2), LOOKS_RIGHT);

        assertThat(action.decide(OWNERS, IntakeStatus.IN_PROGRESS, Optional.of(UNCONFIRMED_V2)))
                .isEqualTo(refused(Refusal.INTAKE_OPEN));
        assertThat(action.decide(OWNERS, IntakeStatus.COMPLETED, Optional.empty()))
                .isEqualTo(refused(Refusal.INTAKE_OPEN));
    }

    @Test
    void a_button_that_names_no_known_archetype_changes_nothing() {
        assertThat(click(OWNER, 2, new Choice.ChangeArchetype("robot_overlord"), UNCONFIRMED_V2))
                .isEqualTo(refused(Refusal.UNKNOWN_ARCHETYPE));
        assertThat(click(OWNER, 2, new Choice.ChangeArchetype(null), UNCONFIRMED_V2))
                .isEqualTo(refused(Refusal.UNKNOWN_ARCHETYPE));
    }
}
