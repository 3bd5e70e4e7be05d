package dev.mlidea.bot.portfolio;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link SlackDirectory} over the Web API: {@code conversations.info} and {@code chat.getPermalink}. */
public final class SlackDirectoryClient implements SlackDirectory {
    private static final Logger log = LoggerFactory.getLogger(SlackDirectoryClient.class);

    private final Slack slack;
    private final String token;

    public SlackDirectoryClient(Slack slack, String token) {
        this.slack = slack;
        this.token = token;
    }

    @Override
    public Optional<Boolean> isPrivate(String teamId, String channelId) {
        try {
            var response = slack.methods(token).conversationsInfo(r -> r.channel(channelId));
            if (!response.isOk() || response.getChannel() == null) {
                log.warn("conversations.info channel={} team={} answered {}", channelId, teamId, response.getError());
                return Optional.empty();
            }
            var c = response.getChannel();
            return Optional.of(c.isPrivate() || c.isIm() || c.isMpim() || c.isGroup());
        } catch (IOException | SlackApiException e) {
            log.warn(
                    "conversations.info channel={} team={} failed with {}",
                    channelId,
                    teamId,
                    e.getClass().getName());
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> permalink(String teamId, String channelId, String ts) {
        try {
            var response = slack.methods(token)
                    .chatGetPermalink(r -> r.channel(channelId).messageTs(ts));
            if (!response.isOk()) {
                log.warn("chat.getPermalink channel={} team={} answered {}", channelId, teamId, response.getError());
                return Optional.empty();
            }
            return Optional.ofNullable(response.getPermalink());
        } catch (IOException | SlackApiException e) {
            log.warn(
                    "chat.getPermalink channel={} team={} failed with {}",
                    channelId,
                    teamId,
                    e.getClass().getName());
            return Optional.empty();
        }
    }
}
