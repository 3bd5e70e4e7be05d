package dev.mlidea.conversations.rituals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link NudgePolicy} needs to know about a project, as stored.
 *
 * @param lastProgress the last time someone acted on the project (created it, moved its stage, marked
 *     a step done, checked in); for a new project, when it was created
 * @param lastNudge when the last nudge was sent, if ever
 * @param ignoredNudges nudges sent since the last progress, as {@link NudgeDecision.Nudge#number()} left
 *     it; a nudge older than the last progress is not counted, whatever this says
 * @param snoozedUntil no nudge before this
 * @param stalledAt when the project was marked stalled, if it was; progress after it un-stalls it
 * @param ownerZone the owner's time zone, for working hours
 */
public record NudgeState(
        Stage stage,
        Instant lastProgress,
        Optional<Instant> lastNudge,
        int ignoredNudges,
        Optional<Instant> snoozedUntil,
        Optional<Instant> stalledAt,
        ZoneId ownerZone) {

    public NudgeState {
        Objects.requireNonNull(stage);
        Objects.requireNonNull(lastProgress);
        Objects.requireNonNull(lastNudge);
        Objects.requireNonNull(snoozedUntil);
        Objects.requireNonNull(stalledAt);
        Objects.requireNonNull(ownerZone);
        if (ignoredNudges < 0) throw new IllegalArgumentException("ignored nudges: " + ignoredNudges);
    }

    /** A project created at {@code at} that was never nudged. */
    public static NudgeState created(Instant at, ZoneId ownerZone) {
        return new NudgeState(Stage.PLANNING, at, Optional.empty(), 0, Optional.empty(), Optional.empty(), ownerZone);
    }

    /** Nudges sent since the last progress: none, when someone acted after the last nudge. */
    public int ignoredSinceProgress() {
        return lastNudge.isPresent() && lastProgress.isAfter(lastNudge.get()) ? 0 : ignoredNudges;
    }

    /** Marked stalled, and nobody acted since. */
    public boolean stalled() {
        return stalledAt.isPresent() && !lastProgress.isAfter(stalledAt.get());
    }

    public NudgeState withProgress(Instant at) {
        return new NudgeState(stage, at, lastNudge, ignoredNudges, snoozedUntil, stalledAt, ownerZone);
    }

    /** After sending the nudge {@link NudgePolicy#decide} asked for. */
    public NudgeState withNudge(Instant at, NudgeDecision.Nudge nudge) {
        return new NudgeState(stage, lastProgress, Optional.of(at), nudge.number(), snoozedUntil, stalledAt, ownerZone);
    }

    public NudgeState withStalled(Instant at) {
        return new NudgeState(stage, lastProgress, lastNudge, ignoredNudges, snoozedUntil, Optional.of(at), ownerZone);
    }

    public NudgeState withSnoozedUntil(Instant until) {
        return new NudgeState(stage, lastProgress, lastNudge, ignoredNudges, Optional.of(until), stalledAt, ownerZone);
    }

    public NudgeState withStage(Stage to) {
        return new NudgeState(to, lastProgress, lastNudge, ignoredNudges, snoozedUntil, stalledAt, ownerZone);
    }
}
