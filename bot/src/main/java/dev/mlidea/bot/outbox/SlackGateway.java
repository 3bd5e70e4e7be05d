package dev.mlidea.bot.outbox;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.model.Message;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Web API calls the dispatcher makes, with every outcome turned into a {@link SlackResult}: the
 * SDK's sync client never retries a 429 on its own, so Retry-After is read here. Every post carries
 * its outbox id in the message's metadata, so a post whose fate is unknown can be looked for.
 */
public final class SlackGateway {
    static final String NOT_FOUND = "not_found";
    static final String METADATA_EVENT = "mlidea_outbox";
    static final String METADATA_ID = "outbox_id";

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);
    /** Messages a lookup reads per page, and pages at most: a lost post is among the first few hundred. */
    private static final int LOOKUP_LIMIT = 200;

    private static final int LOOKUP_PAGES = 5;
    /**
     * {@code ok:false} errors that mean Slack had trouble, not that the call was wrong: retried, and a
     * post that got one may have landed.
     */
    private static final Set<String> SLACK_TROUBLE =
            Set.of("internal_error", "fatal_error", "service_unavailable", "request_timeout");

    private final Slack slack;
    private final MethodsClient methods;
    private final AtomicReference<String> botId = new AtomicReference<>();

    public SlackGateway(Slack slack, String botToken) {
        this.slack = slack;
        this.methods = slack.methods(botToken);
    }

    SlackResult post(long outboxId, String channel, Optional<String> threadTs, String text, Optional<String> blocks) {
        return call(() -> methods.chatPostMessage(r -> {
            r.channel(channel).text(text).metadata(metadata(outboxId));
            threadTs.ifPresent(r::threadTs);
            blocks.ifPresent(r::blocksAsString);
            return r;
        }));
    }

    SlackResult update(String channel, String ts, String text, Optional<String> blocks) {
        return call(() -> methods.chatUpdate(r -> {
            r.channel(channel).ts(ts).text(text);
            blocks.ifPresent(r::blocksAsString);
            return r;
        }));
    }

    SlackResult ephemeral(
            String channel, String user, Optional<String> threadTs, String text, Optional<String> blocks) {
        return call(() -> methods.chatPostEphemeral(r -> {
            r.channel(channel).user(user).text(text);
            threadTs.ifPresent(r::threadTs);
            blocks.ifPresent(r::blocksAsString);
            return r;
        }));
    }

    SlackResult join(String channel) {
        return call(() -> methods.conversationsJoin(r -> r.channel(channel)));
    }

    /** The bot's direct message conversation with {@code user}: {@code Opened} with its channel id. */
    SlackResult openDm(String user) {
        return call(() -> methods.conversationsOpen(r -> r.users(List.of(user))));
    }

    /**
     * Looks for a post of outbox row {@code outboxId}: in the thread of {@code threadTs}, or among the
     * channel's messages since {@code since} when it is a top-level post. {@code Ok} with the message's
     * ts when found, {@code Failed("not_found")} when not.
     */
    SlackResult findPost(long outboxId, String channel, Optional<String> threadTs, Instant since) {
        String oldest = Long.toString(since.getEpochSecond());
        Optional<String> ours = ourBotId();
        if (ours.isEmpty()) return new SlackResult.Unavailable("auth_test");
        String cursor = null;
        for (int page = 0; page < LOOKUP_PAGES; page++) {
            String from = cursor;
            SlackResult looked = call(() -> threadTs.isPresent()
                    ? methods.conversationsReplies(r -> r.channel(channel)
                            .ts(threadTs.get())
                            .oldest(oldest)
                            .limit(LOOKUP_LIMIT)
                            .cursor(from)
                            .includeAllMetadata(true))
                    : methods.conversationsHistory(r -> r.channel(channel)
                            .oldest(oldest)
                            .limit(LOOKUP_LIMIT)
                            .cursor(from)
                            .includeAllMetadata(true)));
            if (!(looked instanceof SlackResult.Found found)) return looked;
            Optional<SlackResult> mine = found.messages().stream()
                    .filter(m -> ours.get().equals(m.getBotId()) && isPostOf(m, outboxId))
                    .findFirst()
                    .map(m -> new SlackResult.Ok(Optional.ofNullable(m.getTs())));
            if (mine.isPresent()) return mine.get();
            cursor = found.nextCursor();
            if (cursor == null || cursor.isEmpty()) break;
        }
        return new SlackResult.Failed(NOT_FOUND);
    }

    /**
     * Uploads {@code png} into {@code channel} with Slack's external upload (get an upload URL, send
     * the bytes, complete the upload with the channel). Each failed step is turned into a result like
     * any call's: an upload that fails midway left no shared file, so it can be tried again whole.
     */
    SlackResult upload(String channel, String fileName, String title, byte[] png) {
        try {
            var response = methods.filesUploadV2(r -> r.channel(channel)
                    .filename(fileName)
                    .title(title)
                    .fileData(png)
                    .requestFileInfo(false));
            return response.isOk() ? new SlackResult.Ok(Optional.empty()) : refusal(response.getError());
        } catch (SlackFilesUploadV2Exception e) {
            return uploadStepFailed(e);
        } catch (SlackApiException e) {
            return httpFailure(e);
        } catch (IOException e) {
            return new SlackResult.Unavailable(e.getClass().getSimpleName());
        }
    }

    /** Which step of an upload failed, and how: Slack's answer to it, or the upload's HTTP status. */
    private static SlackResult uploadStepFailed(SlackFilesUploadV2Exception e) {
        if (e.getCompleteResponse() != null && !e.getCompleteResponse().isOk()) {
            return refusal(e.getCompleteResponse().getError());
        }
        for (var sent : e.getUploadResponses().values()) {
            if (sent.getCode() >= 500 || sent.getCode() == 429)
                return new SlackResult.Unavailable("upload_http_" + sent.getCode());
            if (sent.getCode() != 200) return new SlackResult.Failed("upload_http_" + sent.getCode());
        }
        for (var url : e.getGetURLResponses()) {
            if (!url.isOk()) return refusal(url.getError());
        }
        return new SlackResult.Unavailable("upload_failed");
    }

    /**
     * Looks for an upload by its file name (which carries its outbox id) among the channel's messages
     * since {@code since}: {@code Ok} when one of the bot's messages shares it, {@code Failed("not_found")}.
     */
    SlackResult findUpload(String channel, String fileName, Instant since) {
        SlackResult looked = call(() -> methods.conversationsHistory(r ->
                r.channel(channel).oldest(Long.toString(since.getEpochSecond())).limit(LOOKUP_LIMIT)));
        if (!(looked instanceof SlackResult.Found found)) return looked;
        boolean shared = found.messages().stream()
                .filter(m -> m.getFiles() != null)
                .flatMap(m -> m.getFiles().stream())
                .anyMatch(f -> fileName.equals(f.getName()));
        return shared ? new SlackResult.Ok(Optional.empty()) : new SlackResult.Failed(NOT_FOUND);
    }

    /** The bot's own id, from auth.test once: only its own messages count as a lost post found. */
    private Optional<String> ourBotId() {
        String known = botId.get();
        if (known != null) return Optional.of(known);
        try {
            var auth = methods.authTest(r -> r);
            if (!auth.isOk() || auth.getBotId() == null) return Optional.empty();
            botId.set(auth.getBotId());
            return Optional.of(auth.getBotId());
        } catch (IOException | SlackApiException e) {
            return Optional.empty();
        }
    }

    /** A post to a response_url: an ephemeral reply to a slash command, or the clicked message replaced. */
    SlackResult respond(String responseUrl, String payloadJson) {
        try {
            var response = slack.send(responseUrl, payloadJson);
            int code = response.getCode();
            if (code == 200) return new SlackResult.Ok(Optional.empty());
            if (code == 429)
                return new SlackResult.RateLimited(retryAfter(header(response.getHeaders(), "Retry-After")));
            if (code >= 500) return new SlackResult.Unavailable("http_" + code);
            // 404 / 410: the response_url expired (30 minutes or 5 uses); nothing to retry.
            return new SlackResult.Failed("response_url_http_" + code);
        } catch (IOException e) {
            return new SlackResult.Unavailable(e.getClass().getSimpleName());
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) return null;
        return headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .findFirst()
                .orElse(null);
    }

    private static Message.Metadata metadata(long outboxId) {
        return Message.Metadata.builder()
                .eventType(METADATA_EVENT)
                .eventPayload(Map.of(METADATA_ID, Long.toString(outboxId)))
                .build();
    }

    private static boolean isPostOf(Message m, long outboxId) {
        Message.Metadata metadata = m.getMetadata();
        if (metadata == null || !METADATA_EVENT.equals(metadata.getEventType())) return false;
        Object id = metadata.getEventPayload() == null
                ? null
                : metadata.getEventPayload().get(METADATA_ID);
        return id != null && Long.toString(outboxId).equals(id.toString());
    }

    private interface Call {
        SlackApiTextResponse run() throws IOException, SlackApiException;
    }

    /** Runs one Web API call; the message ts is returned where the method gives one. */
    private static SlackResult call(Call call) {
        try {
            SlackApiTextResponse response = call.run();
            if (!response.isOk()) return refusal(response.getError());
            if (response instanceof ChatPostMessageResponse posted) {
                return new SlackResult.Ok(Optional.ofNullable(posted.getTs()));
            } else if (response instanceof ChatPostEphemeralResponse eph) {
                return new SlackResult.Ok(Optional.ofNullable(eph.getMessageTs()));
            } else if (response instanceof ConversationsOpenResponse opened) {
                return opened.getChannel() == null || opened.getChannel().getId() == null
                        ? new SlackResult.Failed("no_channel")
                        : new SlackResult.Opened(opened.getChannel().getId());
            } else if (response
                    instanceof com.slack.api.methods.response.conversations.ConversationsRepliesResponse replies) {
                return new SlackResult.Found(nonNull(replies.getMessages()), nextCursor(replies.getResponseMetadata()));
            } else if (response
                    instanceof com.slack.api.methods.response.conversations.ConversationsHistoryResponse history) {
                return new SlackResult.Found(nonNull(history.getMessages()), nextCursor(history.getResponseMetadata()));
            }
            return new SlackResult.Ok(Optional.empty());
        } catch (SlackApiException e) {
            return httpFailure(e);
        } catch (IOException e) {
            return new SlackResult.Unavailable(e.getClass().getSimpleName());
        }
    }

    /** An {@code ok:false}: Slack's trouble is tried again, anything else is a refusal. */
    private static SlackResult refusal(String slackError) {
        String error = slackError == null ? "unknown_error" : slackError;
        return SLACK_TROUBLE.contains(error) ? new SlackResult.Unavailable(error) : new SlackResult.Failed(error);
    }

    private static SlackResult httpFailure(SlackApiException e) {
        int code = e.getResponse().code();
        if (code == 429)
            return new SlackResult.RateLimited(retryAfter(e.getResponse().header("Retry-After")));
        if (code >= 500) return new SlackResult.Unavailable("http_" + code);
        return new SlackResult.Failed("http_" + code);
    }

    private static String nextCursor(com.slack.api.model.ResponseMetadata metadata) {
        return metadata == null ? null : metadata.getNextCursor();
    }

    private static List<Message> nonNull(List<Message> messages) {
        return messages == null ? List.of() : messages;
    }

    static Duration retryAfter(String header) {
        if (header == null) return DEFAULT_RETRY_AFTER;
        try {
            long seconds = Long.parseLong(header.trim());
            return Duration.ofSeconds(Math.max(1, Math.min(seconds, 3600)));
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }
}
