package dev.mlidea.bot.slack;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, compares the scopes the bot token was granted (Slack lists them in auth.test's
 * {@code x-oauth-scopes} header) with the ones {@link SlackSurface} says the code needs, and says which
 * are missing: an app created from an older manifest fails quietly otherwise, one call at a time.
 */
public final class ScopeCheck {
    private static final Logger log = LoggerFactory.getLogger(ScopeCheck.class);
    private static final String GRANTED_HEADER = "x-oauth-scopes";

    private ScopeCheck() {}

    /** Every bot scope the code needs: its Web API calls', its event subscriptions' and the command's. */
    public static Set<String> needed() {
        Set<String> needed = new TreeSet<>();
        SlackSurface.METHOD_SCOPES.values().forEach(needed::addAll);
        SlackSurface.SUBSCRIPTION_SCOPES.values().forEach(needed::addAll);
        needed.add(SlackSurface.COMMANDS_SCOPE);
        return needed;
    }

    /**
     * The needed scopes the token lacks, logged as a warning; empty when it lacks none, or when Slack
     * does not say (the check never stops the bot).
     */
    public static Set<String> warnAboutMissing(Slack slack, String botToken) {
        Map<String, List<String>> headers;
        try {
            headers = slack.methods(botToken).authTest(r -> r).getHttpResponseHeaders();
        } catch (IOException | SlackApiException e) {
            log.warn("could not read the bot token's scopes: {}", e.getClass().getSimpleName());
            return Set.of();
        }
        Set<String> granted = granted(headers);
        if (granted.isEmpty()) return Set.of();
        Set<String> missing = new TreeSet<>(needed());
        missing.removeAll(granted);
        if (!missing.isEmpty()) {
            log.warn(
                    "the bot token lacks the scopes {}: update the Slack app from deploy/slack-app-manifest.yml"
                            + " and reinstall it",
                    missing);
        }
        return missing;
    }

    private static Set<String> granted(Map<String, List<String>> headers) {
        Set<String> granted = new TreeSet<>();
        if (headers == null) return granted;
        headers.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase(GRANTED_HEADER) && values != null) {
                for (String value : values) {
                    Arrays.stream(value.split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .forEach(granted::add);
                }
            }
        });
        return granted;
    }
}
