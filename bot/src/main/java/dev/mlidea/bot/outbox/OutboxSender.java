package dev.mlidea.bot.outbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mlidea.storage.OutboxKind;
import dev.mlidea.storage.OutboxRow;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Web API calls each kind of row is sent with, in order: a direct message opens its conversation
 * first, and a post that may have landed is looked for (by its outbox id) before it is posted again.
 * Returns how it went; {@link OutboxDispatcher} records it.
 */
final class OutboxSender {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final String CONVERSATIONS_OPEN = "conversations.open";
    /**
     * Slack's external upload is three calls (files.getUploadURLExternal, the upload, then
     * files.completeUploadExternal); a 429 on any holds them together under this name.
     */
    static final String FILE_UPLOAD = "files.upload";
    /** How long before the row was written a lost post is looked for: room for clocks that disagree. */
    private static final Duration LOOKUP_WINDOW = Duration.ofMinutes(5);

    private final SlackGateway slack;
    private final Function<OutboxRow, Optional<byte[]>> pictures;

    /** {@code pictures} reads a summary's stored picture for its upload row (in a transaction of its own). */
    OutboxSender(SlackGateway slack, Function<OutboxRow, Optional<byte[]>> pictures) {
        this.slack = slack;
        this.pictures = pictures;
    }

    SlackResult send(OutboxRow row) {
        String channel = row.channelId();
        if (row.kind() == OutboxKind.DIRECT_MESSAGE
                || (row.kind() == OutboxKind.UPLOAD_SUMMARY_PICTURE
                        && row.userId().isPresent())) {
            // The DM channel is asked for each time rather than stored: Slack gives the same one back.
            SlackResult opened = slack.openDm(row.userId().orElseThrow());
            if (!(opened instanceof SlackResult.Opened dm)) return unsent(CONVERSATIONS_OPEN, opened);
            channel = dm.channel();
        }
        if (row.uncertain() && postsNew(row)) {
            SlackResult found = lookFor(row, channel);
            if (found instanceof SlackResult.Ok) {
                log.info("outbox {} team={} was posted before all; not posting it again", row.id(), row.teamId());
                return found;
            }
            if (found instanceof SlackResult.RateLimited || found instanceof SlackResult.Unavailable) {
                return unsent(lookupMethod(row), found);
            }
            if (found instanceof SlackResult.Failed f && !f.error().equals(SlackGateway.NOT_FOUND)) {
                // We cannot look (a missing scope, an archived thread): a possible duplicate beats a lost message.
                log.warn(
                        "outbox {} team={} could not be looked for ({}); posting it",
                        row.id(),
                        row.teamId(),
                        f.error());
            }
        }
        return switch (row.kind()) {
            case POST_CARD -> {
                joinFirst(row);
                yield slack.post(row.id(), channel, Optional.empty(), row.text(), row.blocks());
            }
            case POST_IN_THREAD, POST_QUESTION ->
                row.cardTs().isEmpty()
                        ? new SlackResult.Failed("no_card")
                        : slack.post(row.id(), channel, row.cardTs(), row.text(), row.blocks());
            case UPDATE_CARD ->
                row.cardTs().isEmpty()
                        ? new SlackResult.Failed("no_card")
                        : slack.update(channel, row.cardTs().get(), row.text(), row.blocks());
            case UPDATE_QUESTION ->
                row.questionTs().isPresent()
                        ? slack.update(channel, row.questionTs().get(), row.text(), row.blocks())
                        : row.cardTs().isEmpty()
                                ? new SlackResult.Failed("no_card")
                                : slack.post(row.id(), channel, row.cardTs(), row.text(), row.blocks());
            case EPHEMERAL_IN_THREAD ->
                slack.ephemeral(channel, row.userId().orElseThrow(), row.cardTs(), row.text(), row.blocks());
            case DIRECT_MESSAGE, POST_SUMMARY ->
                slack.post(row.id(), channel, Optional.empty(), row.text(), row.blocks());
            case UPLOAD_SUMMARY_PICTURE -> upload(row, channel);
            case RESPOND, REPLACE_ORIGINAL ->
                row.responseUrl().isEmpty()
                        ? new SlackResult.Failed("no_response_url")
                        : slack.respond(row.responseUrl().get(), responsePayload(row));
        };
    }

    /**
     * A 429 or trouble on a call made before the send becomes {@code Unsent}, so the dispatcher holds
     * that call's method; a refusal (a DM to a bot, a deactivated user) stays what Slack said.
     */
    private static SlackResult unsent(String method, SlackResult result) {
        return result instanceof SlackResult.RateLimited || result instanceof SlackResult.Unavailable
                ? new SlackResult.Unsent(method, result)
                : result;
    }

    private SlackResult upload(OutboxRow row, String channel) {
        Optional<byte[]> png = pictures.apply(row);
        if (png.isEmpty()) return new SlackResult.Failed("no_picture");
        return slack.upload(channel, fileName(row), row.text(), png.get());
    }

    /** The picture's file name carries its outbox id, so an upload whose fate is unknown can be found. */
    static String fileName(OutboxRow row) {
        return "mlidea-matrix-" + row.summaryKey().orElse("week") + "-" + row.id() + ".png";
    }

    /** A post whose earlier attempt may have landed: Ok with its ts, Failed("not_found"), or trouble. */
    private SlackResult lookFor(OutboxRow row, String channel) {
        if (row.kind() == OutboxKind.UPLOAD_SUMMARY_PICTURE) {
            return slack.findUpload(channel, fileName(row), row.createdAt().minus(LOOKUP_WINDOW));
        }
        boolean inThread = inThread(row);
        Optional<String> thread = inThread ? row.cardTs() : Optional.empty();
        if (inThread && thread.isEmpty()) {
            return new SlackResult.Failed(SlackGateway.NOT_FOUND);
        }
        return slack.findPost(row.id(), channel, thread, row.createdAt().minus(LOOKUP_WINDOW));
    }

    private static boolean inThread(OutboxRow row) {
        return switch (row.kind()) {
            case POST_CARD, DIRECT_MESSAGE, POST_SUMMARY, UPLOAD_SUMMARY_PICTURE -> false;
            default -> true;
        };
    }

    private static String lookupMethod(OutboxRow row) {
        return inThread(row) ? "conversations.replies" : "conversations.history";
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

    /**
     * An edit of the live question message that has no message to edit (an intake in progress before
     * the live message existed, or whose question post failed for good) is posted instead, and becomes
     * the live message: without it the intake would go on with nobody seeing the questions.
     */
    static boolean postsNew(OutboxRow row) {
        return row.kind().isPost()
                || (row.kind() == OutboxKind.UPDATE_QUESTION && row.questionTs().isEmpty());
    }

    /** An ephemeral answer to a slash command, or (REPLACE_ORIGINAL) the clicked message replaced for all. */
    static String responsePayload(OutboxRow row) {
        var payload = new JsonObject();
        if (row.kind() == OutboxKind.REPLACE_ORIGINAL) {
            payload.addProperty("replace_original", true);
        } else {
            payload.addProperty("response_type", "ephemeral");
            payload.addProperty("replace_original", false);
        }
        payload.addProperty("text", row.text());
        row.blocks()
                .ifPresent(b -> payload.add("blocks", JsonParser.parseString(b).getAsJsonArray()));
        if (!payload.has("blocks")) payload.add("blocks", new JsonArray());
        return payload.toString();
    }
}
