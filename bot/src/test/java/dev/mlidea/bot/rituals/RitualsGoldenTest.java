package dev.mlidea.bot.rituals;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.card.CardMessages;
import dev.mlidea.bot.card.CardStage;
import dev.mlidea.bot.testing.Golden;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.IntakeState;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.conversations.rituals.ChecklistStep;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.storage.Delivery;
import dev.mlidea.storage.ProjectRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The nudge, what its buttons answer, and the card's ritual states, against golden JSON files. */
class RitualsGoldenTest {
    private static final Instant SINCE = Instant.parse("2027-03-26T17:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static List<Object[]> messages() {
        var owners = List.of("U0OWNER001", "U0OWNER002");
        var project = new ProjectRecord(
                UUID.fromString("00000000-0000-0000-0000-000000000001"),
                "T0TEAM0001",
                "C0CHANNEL1",
                "U0OWNER001",
                owners,
                "Smarter code completion <!channel>",
                true,
                new IntakeState(IntakeStatus.COMPLETED, IntakeMode.QUICK, Answers.none(), Optional.empty(), Set.of()),
                Delivery.POSTED,
                Optional.of("1700000000.000100"),
                Optional.empty(),
                SINCE,
                SINCE,
                Optional.empty());
        var next = Optional.of(ChecklistStep.LITERATURE_REVIEW);
        return List.of(
                new Object[] {"nudge", NudgeMessages.nudge(owners, ChecklistStep.AGREE_SUCCESS_CRITERIA, 1)},
                new Object[] {"nudge-third", NudgeMessages.nudge(owners, ChecklistStep.RULES_BASELINE, 3)},
                new Object[] {
                    "nudge-done", NudgeMessages.stepDone("U0OWNER002", ChecklistStep.AGREE_SUCCESS_CRITERIA, next)
                },
                new Object[] {
                    "nudge-done-last",
                    NudgeMessages.stepDone("U0OWNER001", ChecklistStep.STILL_NEED_ML, Optional.empty())
                },
                new Object[] {"nudge-snoozed", NudgeMessages.snoozed("U0OWNER001", SINCE.plusSeconds(604_800), BERLIN)},
                new Object[] {"nudge-paused", NudgeMessages.paused("U0OWNER001")},
                new Object[] {"nudge-not-an-owner", NudgeMessages.notAnOwner(owners)},
                new Object[] {"nudge-not-planning", NudgeMessages.notPlanning(Stage.PAUSED.label())},
                new Object[] {
                    "card-rituals-planning",
                    CardMessages.card(
                            project,
                            Optional.of(new CardStage(Stage.PLANNING, Optional.of(SINCE), 1, false, next)),
                            List.of())
                },
                new Object[] {
                    "card-rituals-stalled",
                    CardMessages.card(
                            project,
                            Optional.of(new CardStage(Stage.PLANNING, Optional.of(SINCE), 1, true, next)),
                            List.of())
                },
                new Object[] {
                    "card-rituals-paused",
                    CardMessages.card(
                            project,
                            Optional.of(new CardStage(Stage.PAUSED, Optional.of(SINCE), 1, false, next)),
                            List.of())
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void renders_as_its_golden_file(String name, SlackMessage message) {
        Golden.assertMatches(name, message);
    }
}
