package dev.mlidea.bot.commands;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.testing.Golden;
import dev.mlidea.conversations.intake.IntakeFlow;
import dev.mlidea.storage.Delivery;
import dev.mlidea.storage.ProjectRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the project commands answer, as golden files; titles are user text and come escaped. */
class CommandMessagesTest {

    static List<Object[]> messages() {
        ProjectRecord churn = project(1, "Churn <!channel> & friends");
        ProjectRecord banks = project(2, "Churn for banks");
        List<ProjectRecord> many = IntStream.range(0, 20)
                .mapToObj(i -> project(10 + i, "Idea " + i))
                .toList();
        return List.of(
                golden("owners-added", CommandMessages.ownersAdded("U0OWNER001", List.of("U0SAM00001", "U0ALEX0001"))),
                golden("owners-done", CommandMessages.ownersDone(churn, List.of("U0SAM00001"))),
                golden("owners-unchanged", CommandMessages.alreadyOwners(churn)),
                golden("owners-too-many", CommandMessages.tooManyOwners(churn, ProjectCommands.MAX_OWNERS)),
                golden("owners-not-an-owner", CommandMessages.onlyOwnersAddOwners(churn)),
                golden("project-unknown", CommandMessages.unknownProject("zebra <!here>", many)),
                golden("project-unknown-none", CommandMessages.unknownProject("", List.of())),
                golden("project-ambiguous", CommandMessages.whichProject(List.of(churn, banks))),
                golden("more-no-project", CommandMessages.noProjectForMore()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void renders_as_its_golden_file(String name, SlackMessage message) {
        Golden.assertMatches(name, message);
    }

    private static Object[] golden(String name, SlackMessage message) {
        return new Object[] {name, message};
    }

    private static ProjectRecord project(int n, String title) {
        Instant at = Instant.parse("2026-03-02T10:00:00Z");
        return new ProjectRecord(
                UUID.fromString(String.format("%08x-0000-0000-0000-000000000000", n * 0x1111)),
                "T0TEAM0001",
                "C0CHANNEL1",
                "U0OWNER001",
                List.of("U0OWNER001"),
                title,
                true,
                IntakeFlow.start().state(),
                Delivery.POSTED,
                Optional.of("1700000000.000100"),
                Optional.empty(),
                at,
                at,
                Optional.empty());
    }
}
