package dev.mlidea.bot;

import dev.mlidea.storage.EmbeddedDatabaseException;
import java.net.BindException;

/** Turns a start-up failure into one sentence a person can act on, with no stack trace. */
final class StartupProblems {
    private StartupProblems() {}

    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "the port is already in use. Set PORT to a free port or stop the other process.";
            }
            if (t instanceof EmbeddedDatabaseException) {
                // Already says what is wrong with the data directory and what to do; DATABASE_URL is unset.
                return t.getMessage() + ".";
            }
            if (t instanceof dev.mlidea.storage.StorageException) {
                return t.getMessage() + ". Check DATABASE_URL (or that MLIDEA_DATA_DIR is writable and not used by"
                        + " another running mlidea).";
            }
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("auth.test") || message.startsWith("The token is invalid")) {
                return "Slack did not accept SLACK_BOT_TOKEN, or could not be reached (auth.test failed: "
                        + message.replace("The token is invalid ", "")
                        + "). Copy the Bot User OAuth Token"
                        + " again from OAuth & Permissions in your Slack app's settings, reinstall the app if the"
                        + " token was revoked, and check that SLACK_API_URL points at Slack.";
            }
        }
        return "unexpected " + e.getClass().getSimpleName() + " during start-up; run again with"
                + " LOG_LEVEL=DEBUG for details.";
    }
}
