package dev.mlidea.bot.sandbox;

import java.nio.file.Path;

/** What the run command prints when it starts the sandbox: where to look, and how to leave it for Slack. */
public final class SandboxBanner {
    private SandboxBanner() {}

    public static String text(String pageUrl, Path dir) {
        return String.join(
                System.lineSeparator(),
                "",
                "  ==================================================================",
                "   mlidea SANDBOX: no Slack credentials are set, so nothing talks to Slack.",
                "   Open " + pageUrl,
                "   A local page plays Slack: type /mlidea and a short idea title there.",
                "   Its data (database, messages, clock) is kept in "
                        + dir.toAbsolutePath().normalize(),
                "",
                "   To connect a real Slack workspace instead, set SLACK_BOT_TOKEN and",
                "   SLACK_SIGNING_SECRET (see \"Creating the Slack app\" in README.md).",
                "   MLIDEA_SANDBOX=false turns the sandbox off.",
                "  ==================================================================",
                "");
    }
}
