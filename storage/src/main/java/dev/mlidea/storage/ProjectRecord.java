package dev.mlidea.storage;

import dev.mlidea.conversations.intake.IntakeState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A project as stored: who proposed and owns it, where its card is, and its intake. {@code titled} is
 * false while the title is the placeholder given when {@code /mlidea} had no text. {@code questionTs}
 * is the intake's live question message, edited in place, once it is posted.
 */
public record ProjectRecord(
        UUID id,
        String teamId,
        String channelId,
        String proposerId,
        List<String> owners,
        String title,
        boolean titled,
        IntakeState intake,
        Delivery delivery,
        Optional<String> cardTs,
        Optional<String> responseUrl,
        Instant createdAt,
        Instant lastActivityAt,
        Optional<String> questionTs) {

    public ProjectRecord {
        owners = List.copyOf(owners);
    }

    public boolean isOwner(String userId) {
        return owners.contains(userId);
    }

    public ProjectRecord withIntake(IntakeState next) {
        return new ProjectRecord(
                id,
                teamId,
                channelId,
                proposerId,
                owners,
                title,
                titled,
                next,
                delivery,
                cardTs,
                responseUrl,
                createdAt,
                lastActivityAt,
                questionTs);
    }

    public ProjectRecord withTitle(String newTitle) {
        return new ProjectRecord(
                id,
                teamId,
                channelId,
                proposerId,
                owners,
                newTitle,
                true,
                intake,
                delivery,
                cardTs,
                responseUrl,
                createdAt,
                lastActivityAt,
                questionTs);
    }

    /** The same project with these owners, the proposer always first among them. */
    public ProjectRecord withOwners(List<String> newOwners) {
        return new ProjectRecord(
                id,
                teamId,
                channelId,
                proposerId,
                newOwners,
                title,
                titled,
                intake,
                delivery,
                cardTs,
                responseUrl,
                createdAt,
                lastActivityAt,
                questionTs);
    }
}
