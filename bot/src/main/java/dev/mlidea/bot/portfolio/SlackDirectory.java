package dev.mlidea.bot.portfolio;

import java.util.Optional;

/**
 * What a summary asks Slack about projects' channels and threads. Empty means Slack would not say (an
 * error, a missing scope): the caller decides what is safe then.
 */
public interface SlackDirectory {

    /** Whether the channel is private, a DM or a group DM ({@code conversations.info}). */
    Optional<Boolean> isPrivate(String teamId, String channelId);

    /** A link to the message {@code ts} in {@code channelId} ({@code chat.getPermalink}). */
    Optional<String> permalink(String teamId, String channelId, String ts);
}
