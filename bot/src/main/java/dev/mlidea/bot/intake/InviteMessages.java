package dev.mlidea.bot.intake;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.bot.blocks.SlackMessage;
import java.util.List;

/** What the proposer (or the project's first owner) sees when the bot cannot deliver a message. */
public final class InviteMessages {
    private InviteMessages() {}

    public static SlackMessage inviteNeeded(String title) {
        String text = "I can't post in this channel yet: it is private (or a DM) and I'm not a member. Type"
                + " `/invite @mlidea` here and I'll post the card for *" + Mrkdwn.escapeAndFit(title, 200)
                + "* and start the intake right away. Nothing you typed is lost.";
        return new SlackMessage(text, List.of(section(s -> s.blockId("invite").text(markdownText(text)))));
    }

    /** The card could not be posted at all; {@code error} is Slack's error code (never user text). */
    public static SlackMessage cardFailed(String error) {
        String text = "I couldn't post the card for your idea in this channel: Slack answered `"
                + Mrkdwn.escapeAndFit(error, 80) + "`. Your title is kept; run `/mlidea` again in a channel I can post"
                + " in (or in a DM with me).";
        return new SlackMessage(
                text, List.of(section(s -> s.blockId("card_failed").text(markdownText(text)))));
    }

    public static SlackMessage stillWaiting(String title) {
        String text = "*" + Mrkdwn.escapeAndFit(title, 200) + "* is still waiting for me to be invited here: type"
                + " `/invite @mlidea` and the card and its intake will appear at once.";
        return new SlackMessage(text, List.of(section(s -> s.blockId("invite").text(markdownText(text)))));
    }

    /**
     * A direct message about the project could not be sent to {@code userId}; {@code error} is Slack's
     * error code (never user text). Shown only to the owner: the recipient is named, not pinged.
     */
    public static SlackMessage directMessageFailed(String userId, String error) {
        String text = "I couldn't send <@" + Mrkdwn.escape(userId) + "> a direct message (Slack said: `"
                + Mrkdwn.escapeAndFit(error, 80) + "`). Ask them in person, or check they haven't turned off"
                + " messages from apps.";
        return new SlackMessage(
                text, List.of(section(s -> s.blockId("dm_failed").text(markdownText(text)))));
    }
}
