package dev.mlidea.bot.card;

import dev.mlidea.conversations.rituals.ChecklistStep;
import dev.mlidea.conversations.rituals.Stage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a project's rituals add to its card: the stage and since when, whether it is stalled, and the
 * next smallest step while it is being planned.
 *
 * @param zone whose calendar dates {@code since} in the message's fallback text (Slack shows each
 *     reader the date in their own zone)
 */
public record CardRituals(Stage stage, Instant since, ZoneId zone, boolean stalled, Optional<ChecklistStep> next) {
    public CardRituals {
        Objects.requireNonNull(stage);
        Objects.requireNonNull(since);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(next);
    }
}
