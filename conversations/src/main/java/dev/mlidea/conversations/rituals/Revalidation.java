package dev.mlidea.conversations.rituals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * When a project's success criteria are due to be re-checked and what the bot does about it. Counted
 * from the last validation, one cadence later the check is DUE and the project is reminded (in the
 * owner's working hours); {@link #ANSWER_WITHIN} without an answer, the owner gets a direct message;
 * as long again and the check is OVERDUE, which sends nothing by itself (summaries show it). Any
 * validation starts the count again: a reminder, message or overdue mark older than the last
 * validation no longer counts, whatever is stored.
 *
 * @param remindedAt when the reminder for the current check was posted
 * @param ownerDmAt when the owner was messaged about it
 * @param overdueAt when it was marked overdue
 */
public record Revalidation(
        Instant lastValidation,
        Cadence cadence,
        Optional<Instant> remindedAt,
        Optional<Instant> ownerDmAt,
        Optional<Instant> overdueAt) {

    public static final Duration ANSWER_WITHIN = Duration.ofDays(3);

    public enum Status {
        /** Not due yet. */
        SCHEDULED,
        /** Due, nobody reminded yet (the reminder waits for working hours). */
        DUE,
        REMINDED,
        OWNER_DM_SENT,
        OVERDUE
    }

    public enum Action {
        /** Post the re-check reminder for the project. */
        REMIND,
        /** Message the owner directly. */
        DM_OWNER,
        /** Mark the check overdue. */
        MARK_OVERDUE
    }

    /** What to do next, and when: never before the {@code now} it was asked at. */
    public record Next(Action action, Instant at) {
        public Next {
            Objects.requireNonNull(action);
            Objects.requireNonNull(at);
        }
    }

    public Revalidation {
        Objects.requireNonNull(lastValidation);
        Objects.requireNonNull(cadence);
        Objects.requireNonNull(remindedAt);
        Objects.requireNonNull(ownerDmAt);
        Objects.requireNonNull(overdueAt);
    }

    /** Criteria just validated (or first agreed) at {@code at}. */
    public static Revalidation validated(Instant at, Cadence cadence) {
        return new Revalidation(at, cadence, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Instant dueAt() {
        return lastValidation.plus(cadence.period());
    }

    public Status status(Instant now) {
        Optional<Instant> reminded = current(remindedAt);
        Optional<Instant> messaged = reminded.flatMap(r -> current(ownerDmAt));
        if (messaged.isPresent() && current(overdueAt).isPresent()) return Status.OVERDUE;
        if (messaged.isPresent()) return Status.OWNER_DM_SENT;
        if (reminded.isPresent()) return Status.REMINDED;
        return now.isBefore(dueAt()) ? Status.SCHEDULED : Status.DUE;
    }

    /**
     * The next action and when, in the owner's working hours for a message; empty once overdue (until
     * the next validation). The action is due now when {@code at} equals {@code now}.
     */
    public Optional<Next> next(Instant now, ZoneId ownerZone) {
        return switch (status(now)) {
            case SCHEDULED, DUE ->
                Optional.of(new Next(Action.REMIND, WorkingHours.nextStartAtOrAfter(latest(dueAt(), now), ownerZone)));
            case REMINDED ->
                Optional.of(new Next(
                        Action.DM_OWNER,
                        WorkingHours.nextStartAtOrAfter(latest(remindedAt.get().plus(ANSWER_WITHIN), now), ownerZone)));
            case OWNER_DM_SENT ->
                Optional.of(new Next(Action.MARK_OVERDUE, latest(ownerDmAt.get().plus(ANSWER_WITHIN), now)));
            case OVERDUE -> Optional.empty();
        };
    }

    /**
     * As {@link #next}, before a message is moved into working hours: never after it, whatever the
     * owner's zone. For a caller that does not know the zone yet and must not look too late.
     */
    public Optional<Next> earliest(Instant now) {
        return switch (status(now)) {
            case SCHEDULED, DUE -> Optional.of(new Next(Action.REMIND, latest(dueAt(), now)));
            case REMINDED ->
                Optional.of(new Next(Action.DM_OWNER, latest(remindedAt.get().plus(ANSWER_WITHIN), now)));
            case OWNER_DM_SENT ->
                Optional.of(new Next(Action.MARK_OVERDUE, latest(ownerDmAt.get().plus(ANSWER_WITHIN), now)));
            case OVERDUE -> Optional.empty();
        };
    }

    /**
     * Whether criteria are re-checked in {@code stage}: not while the project is paused (nobody works
     * on it) or killed (nothing is left to check).
     */
    public static boolean runsIn(Stage stage) {
        return stage != Stage.PAUSED && stage != Stage.KILLED;
    }

    /** After doing {@code action} at {@code at}. */
    public Revalidation after(Action action, Instant at) {
        return switch (action) {
            case REMIND ->
                new Revalidation(lastValidation, cadence, Optional.of(at), Optional.empty(), Optional.empty());
            case DM_OWNER -> new Revalidation(lastValidation, cadence, remindedAt, Optional.of(at), Optional.empty());
            case MARK_OVERDUE -> new Revalidation(lastValidation, cadence, remindedAt, ownerDmAt, Optional.of(at));
        };
    }

    /** A mark counts only when it is later than the last validation. */
    private Optional<Instant> current(Optional<Instant> mark) {
        return mark.filter(m -> m.isAfter(lastValidation));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
