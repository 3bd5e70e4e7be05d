package dev.mlidea.bot.card;

import dev.mlidea.conversations.rituals.Revalidation;
import dev.mlidea.conversations.rituals.SignOffs;
import java.time.Instant;
import java.util.Objects;

/**
 * What the card shows of the success criteria: the wording, the metric's trend, who agreed, and where
 * the re-check stands. User text is held as written: the card escapes it.
 *
 * @param asked how many stakeholders were asked to confirm this wording
 * @param trend the metric trend line ({@code MetricTrend.render}); empty without check-ins
 * @param status the re-check's status now
 * @param since when the re-check is due (SCHEDULED), or was reminded or marked overdue
 */
public record CardCriteria(
        String criteria, SignOffs signOffs, int asked, String trend, Revalidation.Status status, Instant since) {

    public CardCriteria {
        Objects.requireNonNull(criteria);
        Objects.requireNonNull(signOffs);
        Objects.requireNonNull(trend);
        Objects.requireNonNull(status);
        Objects.requireNonNull(since);
    }

    /** The criteria of a project whose re-check is {@code check}, as of {@code now}. */
    public static CardCriteria of(SignOffs signOffs, int asked, String trend, Revalidation check, Instant now) {
        Revalidation.Status status = check.status(now);
        Instant since = switch (status) {
            case SCHEDULED, DUE -> check.dueAt();
            case REMINDED, OWNER_DM_SENT -> check.remindedAt().orElse(check.dueAt());
            case OVERDUE -> check.overdueAt().orElse(check.dueAt());
        };
        return new CardCriteria(signOffs.criteria(), signOffs, asked, trend, status, since);
    }
}
