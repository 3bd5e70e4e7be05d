package dev.mlidea.bot.slack;

import com.slack.api.methods.MethodsClient;
import java.util.Optional;

/**
 * {@code /mlidea settings}: opens the workspace settings modal in the request itself, since a modal
 * needs the command's {@code trigger_id}, which lives 3 seconds. Implemented where the settings live.
 */
@FunctionalInterface
public interface SettingsCommand {
    /** Opens the modal for {@code userId}; empty when it opened, else what to tell them privately. */
    Optional<String> open(MethodsClient client, String teamId, String userId, String triggerId);
}
