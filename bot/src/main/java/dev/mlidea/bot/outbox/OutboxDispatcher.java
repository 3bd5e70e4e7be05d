package dev.mlidea.bot.outbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.intake.InviteMessages;
import dev.mlidea.storage.Delivery;
import dev.mlidea.storage.OutboxKind;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.OutboxRow;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.Storage;
import dev.mlidea.storage.UnitOfWork;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the bot owes, one outbox row at a time, each in its own transaction: the row stays
 * locked while its call runs, so no other replica sends it too. A project's messages go out in order;
 * a 429 waits for Retry-After, a 5xx or network error backs off, other Slack errors are recorded.
 */
public final class OutboxDispatcher {
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** With backoff doubling up to five minutes, about twenty minutes of Slack trouble before giving up. */
    static final int MAX_ATTEMPTS = 12;

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    /** Errors that mean "invite me first": nothing is dropped, the project's queue waits. */
    private static final Set<String> NOT_A_MEMBER = Set.of("not_in_channel", "channel_not_found");

    private final Storage storage;
    private final SlackGateway slack;

    public OutboxDispatcher(Storage storage, SlackGateway slack) {
        this.storage = storage;
        this.slack = slack;
    }

    public int drain() {
        int sent = 0;
        while (sendOne()) sent++;
        return sent;
    }

    boolean sendOne() {
        var claimedRow = new AtomicReference<OutboxRow>();
        try {
            return sendOne(claimedRow);
        } catch (RuntimeException e) {
            OutboxRow row = claimedRow.get();
            if (row == null) throw e; // the database itself is failing: the sweep tries again
            // A row that breaks the dispatcher must not stall every message queued behind it.
            log.error(
                    "outbox {} team={} {} failed with {}",
                    row.id(),
                    row.teamId(),
                    row.kind(),
                    e.getClass().getName());
            storage.useTransaction(
                    uow -> recordUnavailable(uow, row, e.getClass().getSimpleName()));
            return true;
        }
    }

    private boolean sendOne(AtomicReference<OutboxRow> claimedRow) {
        return storage.inTransaction(uow -> {
            Optional<OutboxRow> claimed = uow.claimNextOutbox();
            if (claimed.isEmpty()) return false;
            OutboxRow row = claimed.get();
            claimedRow.set(row);
            if (uow.isSuperseded(row)) {
                uow.markSuperseded(row);
                return true;
            }
            if (row.kind() == OutboxKind.POST_CARD) joinFirst(row);
            SlackResult result = send(row);
            record(uow, row, result);
            return true;
        });
    }

    private SlackResult send(OutboxRow row) {
        return switch (row.kind()) {
            case POST_CARD -> slack.post(row.channelId(), Optional.empty(), row.text(), row.blocks());
            case POST_IN_THREAD ->
                row.cardTs().isEmpty()
                        ? new SlackResult.Failed("no_card")
                        : slack.post(row.channelId(), row.cardTs(), row.text(), row.blocks());
            case UPDATE_CARD ->
                row.cardTs().isEmpty()
                        ? new SlackResult.Failed("no_card")
                        : slack.update(row.channelId(), row.cardTs().get(), row.text(), row.blocks());
            case EPHEMERAL_IN_THREAD ->
                slack.ephemeral(row.channelId(), row.userId().orElseThrow(), row.cardTs(), row.text(), row.blocks());
            case RESPOND ->
                row.responseUrl().isEmpty()
                        ? new SlackResult.Failed("no_response_url")
                        : slack.respond(row.responseUrl().get(), ephemeralPayload(row));
        };
    }

    /**
     * The bot hears thread replies only in channels it is a member of, so before a card goes into a
     * channel the bot joins it (a no-op when it is in already). Private channels and DMs refuse the
     * join; the post then tells whether an invite is needed.
     */
    private void joinFirst(OutboxRow row) {
        if (row.channelId().startsWith("D")) return;
        SlackResult joined = slack.join(row.channelId());
        if (!(joined instanceof SlackResult.Ok)) {
            log.info(
                    "outbox {} team={} channel={} not joined: {}",
                    row.id(),
                    row.teamId(),
                    row.channelId(),
                    joined instanceof SlackResult.Failed f
                            ? f.error()
                            : joined.getClass().getSimpleName());
        }
    }

    private void record(UnitOfWork uow, OutboxRow row, SlackResult result) {
        if (result instanceof SlackResult.Ok ok) {
            if (row.kind() == OutboxKind.POST_CARD && ok.ts().isPresent()) {
                uow.cardPosted(
                        row.teamId(), row.projectId().orElseThrow(), ok.ts().get());
            }
            uow.markSent(row, ok.ts());
        } else if (result instanceof SlackResult.RateLimited limited) {
            uow.waitForRateLimit(row, uow.now().plus(limited.retryAfter()));
            log.warn(
                    "outbox {} team={} rate limited; retry in {}s",
                    row.id(),
                    row.teamId(),
                    limited.retryAfter().toSeconds());
        } else if (result instanceof SlackResult.Unavailable unavailable) {
            recordUnavailable(uow, row, unavailable.reason());
        } else if (result instanceof SlackResult.Failed failed) {
            // A DM between other people never gets the bot as a member: waiting for an invite would be for ever.
            boolean invitable = !row.channelId().startsWith("D");
            if (NOT_A_MEMBER.contains(failed.error())
                    && invitable
                    && row.projectId().isPresent()
                    && row.kind() != OutboxKind.RESPOND) {
                awaitInvite(uow, row);
            } else {
                giveUp(uow, row, failed.error());
            }
        }
    }

    private void recordUnavailable(UnitOfWork uow, OutboxRow row, String reason) {
        if (row.attempts() + 1 >= MAX_ATTEMPTS) {
            giveUp(uow, row, reason);
            return;
        }
        Duration backoff = Duration.ofSeconds(1L << Math.min(row.attempts() + 1, 9));
        if (backoff.compareTo(MAX_BACKOFF) > 0) backoff = MAX_BACKOFF;
        uow.retryLater(row, uow.now().plus(backoff), reason);
        log.warn(
                "outbox {} team={} {} unavailable ({}); retry in {}s",
                row.id(),
                row.teamId(),
                row.kind(),
                reason,
                backoff.toSeconds());
    }

    /**
     * Slack refused for good. A card that cannot be posted leaves the proposer waiting for nothing, so
     * they are told, privately, with Slack's reason.
     */
    private void giveUp(UnitOfWork uow, OutboxRow row, String error) {
        uow.markFailed(row, error);
        log.error("outbox {} team={} {} failed: {}", row.id(), row.teamId(), row.kind(), error);
        if (row.kind() == OutboxKind.POST_CARD && row.responseUrl().isPresent()) {
            SlackMessage m = InviteMessages.cardFailed(error);
            uow.send(OutboxMessage.respond(
                    row.teamId(), row.channelId(), row.responseUrl().get(), m.text(), m.blocksJson()));
        }
    }

    /** Holds the project's queue and tells the proposer how to invite the bot; the row stays pending. */
    private void awaitInvite(UnitOfWork uow, OutboxRow row) {
        ProjectRecord project =
                uow.lockProject(row.teamId(), row.projectId().orElseThrow()).orElseThrow();
        uow.setDelivery(row.teamId(), project.id(), Delivery.AWAITING_INVITE);
        uow.retryLater(row, uow.now(), "not_in_channel");
        log.info(
                "outbox {} team={} channel={} project={} waits for an invite",
                row.id(),
                row.teamId(),
                row.channelId(),
                project.id());
        project.responseUrl().ifPresent(url -> {
            SlackMessage m = InviteMessages.inviteNeeded(project.title());
            uow.send(OutboxMessage.respond(row.teamId(), row.channelId(), url, m.text(), m.blocksJson()));
        });
    }

    private static String ephemeralPayload(OutboxRow row) {
        var payload = new JsonObject();
        payload.addProperty("response_type", "ephemeral");
        payload.addProperty("replace_original", false);
        payload.addProperty("text", row.text());
        row.blocks()
                .ifPresent(b -> payload.add("blocks", JsonParser.parseString(b).getAsJsonArray()));
        if (!payload.has("blocks")) payload.add("blocks", new JsonArray());
        return payload.toString();
    }
}
