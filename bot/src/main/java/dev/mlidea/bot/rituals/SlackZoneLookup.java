package dev.mlidea.bot.rituals;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code users.info} (scope {@code users:read}): the user's {@code tz}. */
public final class SlackZoneLookup implements UserZones.Lookup {
    private static final Logger log = LoggerFactory.getLogger(SlackZoneLookup.class);

    private final Slack slack;
    private final String token;

    public SlackZoneLookup(Slack slack, String token) {
        this.slack = slack;
        this.token = token;
    }

    @Override
    public Optional<String> tz(String teamId, String userId) {
        try {
            var response = slack.methods(token).usersInfo(r -> r.user(userId));
            if (!response.isOk() || response.getUser() == null) {
                log.warn("users.info for user={} team={} answered {}", userId, teamId, response.getError());
                return Optional.empty();
            }
            return Optional.ofNullable(response.getUser().getTz()).filter(tz -> !tz.isBlank());
        } catch (IOException | SlackApiException e) {
            log.warn(
                    "users.info for user={} team={} failed with {}",
                    userId,
                    teamId,
                    e.getClass().getName());
            return Optional.empty();
        }
    }
}
