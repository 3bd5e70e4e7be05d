package dev.mlidea.bot.stage;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.card.CardMessages;
import dev.mlidea.bot.card.CardStage;
import dev.mlidea.bot.testing.Golden;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.IntakeState;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageMove;
import dev.mlidea.storage.Delivery;
import dev.mlidea.storage.ProjectRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The card with its stage select, the line a move posts in the thread, and every private answer. */
class StageGoldenTest {
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private static final String OWNER = "U0OWNER001";

    static List<Object[]> messages() {
        ProjectRecord quick = project(IntakeMode.QUICK, List.of(OWNER));
        ProjectRecord full = project(IntakeMode.FULL, List.of(OWNER, "U0COOWNER1", "U0COOWNER2"));
        List<String> headline = List.of("*Archetype:* Software 2.0   *Verdict:* Do it now");
        return List.of(
                golden(
                        "card-stage-quick",
                        CardMessages.card(
                                quick,
                                Optional.of(new CardStage(Stage.DATA, Optional.of(AT.plusSeconds(86_400 * 9)), 2)),
                                headline)),
                golden(
                        "card-stage-full",
                        CardMessages.card(
                                full, Optional.of(new CardStage(Stage.PLANNING, Optional.of(AT), 1)), headline)),
                golden(
                        "card-stage-unknown-since",
                        CardMessages.card(
                                full, Optional.of(new CardStage(Stage.PLANNING, Optional.empty(), 1)), headline)),
                golden("stage-moved-forward", StageMessages.moved(move(Stage.PLANNING, Stage.DATA, 1), 1)),
                golden("stage-moved-back", StageMessages.moved(move(Stage.TRAINING, Stage.DATA, 2), 1)),
                golden("stage-moved-pause", StageMessages.moved(move(Stage.TRAINING, Stage.PAUSED, 1), 1)),
                golden("stage-moved-resume", StageMessages.moved(move(Stage.PAUSED, Stage.TRAINING, 1), 1)),
                golden("stage-moved-resume-earlier", StageMessages.moved(move(Stage.PAUSED, Stage.DATA, 2), 1)),
                golden("stage-moved-kill", StageMessages.moved(move(Stage.DATA, Stage.KILLED, 1), 1)),
                golden("stage-moved-reopen", StageMessages.moved(move(Stage.KILLED, Stage.DATA, 1), 1)),
                golden("stage-done", StageMessages.done(full, move(Stage.TRAINING, Stage.DATA, 2))),
                golden("stage-not-owner", StageMessages.notOwner(quick)),
                golden("stage-not-owner-many", StageMessages.notOwner(full)),
                golden("stage-already", StageMessages.alreadyThere(quick, Stage.PRODUCTION)),
                golden("stage-killed", StageMessages.killed(quick, Stage.TRAINING)),
                golden("stage-not-killed", StageMessages.notKilled(quick, Stage.DEPLOYING)),
                golden("stage-intake-open", StageMessages.intakeOpen(quick)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void renders_as_its_golden_file(String name, SlackMessage message) {
        Golden.assertMatches(name, message);
    }

    private static Object[] golden(String name, SlackMessage message) {
        return new Object[] {name, message};
    }

    private static StageMove move(Stage from, Stage to, int iteration) {
        return new StageMove(from, to, AT, OWNER, iteration);
    }

    /** A completed intake; the title has mrkdwn a card must not let ping anyone. */
    private static ProjectRecord project(IntakeMode mode, List<String> owners) {
        return new ProjectRecord(
                UUID.fromString("3f9a2c00-0000-0000-0000-000000000001"),
                "T0TEAM0001",
                "C0CHANNEL1",
                OWNER,
                owners,
                "Reply drafts <!channel> & *agents*",
                true,
                new IntakeState(IntakeStatus.COMPLETED, mode, Answers.none(), Optional.empty(), Set.of()),
                Delivery.POSTED,
                Optional.of("1700000000.000100"),
                Optional.empty(),
                AT,
                AT,
                Optional.empty());
    }
}
