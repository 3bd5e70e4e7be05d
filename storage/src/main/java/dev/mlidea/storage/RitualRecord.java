package dev.mlidea.storage;

import dev.mlidea.conversations.rituals.Cadence;
import dev.mlidea.conversations.rituals.NudgeState;
import dev.mlidea.conversations.rituals.Revalidation;
import dev.mlidea.conversations.rituals.SignOffs;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageMove;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A project's rituals as stored (one {@code project_rituals} row): its stage, the nudge marks, the
 * checklist steps marked done, the success criteria with their stakeholders and agreements, and the
 * re-check marks. The domain views are {@link #nudgeState}, {@link #revalidation} and {@link
 * #signOffs}; the {@code with…} helpers give the record after a change, ready for {@link
 * Rituals#save}.
 *
 * @param stageSince when the project entered {@code stage} (its start, before any move)
 * @param stepsDone {@code ChecklistStep} ids someone marked done; unknown ids are kept as they are
 * @param criteriaChangedAt when the wording last changed, if ever after the start
 * @param ownerZone the owner's time zone for working hours, when known
 */
public record RitualRecord(
        String teamId,
        UUID projectId,
        Stage stage,
        Instant stageSince,
        int iteration,
        Instant lastProgressAt,
        Optional<Instant> lastNudgeAt,
        int ignoredNudges,
        Optional<Instant> snoozedUntil,
        Optional<Instant> stalledAt,
        Set<String> stepsDone,
        String criteria,
        Optional<Instant> criteriaChangedAt,
        List<String> stakeholders,
        Set<String> agreedBy,
        Instant lastValidationAt,
        Cadence cadence,
        Optional<Instant> revalRemindedAt,
        Optional<Instant> revalOwnerDmAt,
        Optional<Instant> revalOverdueAt,
        Optional<ZoneId> ownerZone) {

    public RitualRecord {
        Objects.requireNonNull(teamId);
        Objects.requireNonNull(projectId);
        Objects.requireNonNull(stage);
        Objects.requireNonNull(stageSince);
        Objects.requireNonNull(lastProgressAt);
        Objects.requireNonNull(lastNudgeAt);
        Objects.requireNonNull(snoozedUntil);
        Objects.requireNonNull(stalledAt);
        Objects.requireNonNull(criteria);
        Objects.requireNonNull(criteriaChangedAt);
        Objects.requireNonNull(lastValidationAt);
        Objects.requireNonNull(cadence);
        Objects.requireNonNull(revalRemindedAt);
        Objects.requireNonNull(revalOwnerDmAt);
        Objects.requireNonNull(revalOverdueAt);
        Objects.requireNonNull(ownerZone);
        if (iteration < 1) throw new IllegalArgumentException("iterations count from 1: " + iteration);
        if (ignoredNudges < 0) throw new IllegalArgumentException("ignored nudges: " + ignoredNudges);
        stepsDone = Set.copyOf(stepsDone);
        stakeholders = List.copyOf(stakeholders);
        agreedBy = Set.copyOf(agreedBy);
    }

    /**
     * A project whose rituals start at {@code at}: in PLANNING, iteration 1, never nudged, nothing
     * marked done, its criteria and stakeholders as the intake gave them, validated as of {@code at}.
     */
    public static RitualRecord started(
            String teamId, UUID projectId, Instant at, SignOffs signOffs, Cadence cadence, Optional<ZoneId> ownerZone) {
        return new RitualRecord(
                teamId,
                projectId,
                Stage.PLANNING,
                at,
                1,
                at,
                Optional.empty(),
                0,
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                signOffs.criteria(),
                Optional.empty(),
                signOffs.stakeholders(),
                signOffs.agreed(),
                at,
                cadence,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                ownerZone);
    }

    /** What the nudge rules need; {@code fallbackZone} when the owner's zone is not known. */
    public NudgeState nudgeState(ZoneId fallbackZone) {
        return new NudgeState(
                stage,
                lastProgressAt,
                lastNudgeAt,
                ignoredNudges,
                snoozedUntil,
                stalledAt,
                ownerZone.orElse(fallbackZone));
    }

    public Revalidation revalidation() {
        return new Revalidation(lastValidationAt, cadence, revalRemindedAt, revalOwnerDmAt, revalOverdueAt);
    }

    public SignOffs signOffs() {
        return new SignOffs(criteria, stakeholders, agreedBy);
    }

    /** With the nudge marks (and stage) of {@code state}; the zone is not taken from it. */
    public RitualRecord withNudgeState(NudgeState state) {
        return new RitualRecord(
                teamId,
                projectId,
                state.stage(),
                stageSince,
                iteration,
                state.lastProgress(),
                state.lastNudge(),
                state.ignoredNudges(),
                state.snoozedUntil(),
                state.stalledAt(),
                stepsDone,
                criteria,
                criteriaChangedAt,
                stakeholders,
                agreedBy,
                lastValidationAt,
                cadence,
                revalRemindedAt,
                revalOwnerDmAt,
                revalOverdueAt,
                ownerZone);
    }

    /** With the last validation, cadence and re-check marks of {@code r}. */
    public RitualRecord withRevalidation(Revalidation r) {
        return new RitualRecord(
                teamId,
                projectId,
                stage,
                stageSince,
                iteration,
                lastProgressAt,
                lastNudgeAt,
                ignoredNudges,
                snoozedUntil,
                stalledAt,
                stepsDone,
                criteria,
                criteriaChangedAt,
                stakeholders,
                agreedBy,
                r.lastValidation(),
                r.cadence(),
                r.remindedAt(),
                r.ownerDmAt(),
                r.overdueAt(),
                ownerZone);
    }

    /**
     * With the criteria, stakeholders and agreements of {@code s}; {@code criteriaChangedAt} becomes
     * {@code at} when the wording differs from the stored one.
     */
    public RitualRecord withSignOffs(SignOffs s, Instant at) {
        var changedAt = s.criteria().equals(criteria) ? criteriaChangedAt : Optional.of(at);
        return new RitualRecord(
                teamId,
                projectId,
                stage,
                stageSince,
                iteration,
                lastProgressAt,
                lastNudgeAt,
                ignoredNudges,
                snoozedUntil,
                stalledAt,
                stepsDone,
                s.criteria(),
                changedAt,
                s.stakeholders(),
                s.agreed(),
                lastValidationAt,
                cadence,
                revalRemindedAt,
                revalOwnerDmAt,
                revalOverdueAt,
                ownerZone);
    }

    /** After {@code move}: its stage and iteration, in that stage since it was made, which is progress. */
    public RitualRecord withStageMove(StageMove move) {
        if (move.from() != stage) {
            throw new IllegalArgumentException("move from " + move.from() + " while in " + stage);
        }
        return new RitualRecord(
                teamId,
                projectId,
                move.to(),
                move.at(),
                move.iteration(),
                latest(lastProgressAt, move.at()),
                lastNudgeAt,
                ignoredNudges,
                snoozedUntil,
                stalledAt,
                stepsDone,
                criteria,
                criteriaChangedAt,
                stakeholders,
                agreedBy,
                lastValidationAt,
                cadence,
                revalRemindedAt,
                revalOwnerDmAt,
                revalOverdueAt,
                ownerZone);
    }

    /** With the checklist step {@code stepId} marked done at {@code at}, which is progress. */
    public RitualRecord withStepDone(String stepId, Instant at) {
        var done = new TreeSet<>(stepsDone);
        done.add(stepId);
        return new RitualRecord(
                teamId,
                projectId,
                stage,
                stageSince,
                iteration,
                latest(lastProgressAt, at),
                lastNudgeAt,
                ignoredNudges,
                snoozedUntil,
                stalledAt,
                done,
                criteria,
                criteriaChangedAt,
                stakeholders,
                agreedBy,
                lastValidationAt,
                cadence,
                revalRemindedAt,
                revalOwnerDmAt,
                revalOverdueAt,
                ownerZone);
    }

    /** Someone acted on the project at {@code at}. */
    public RitualRecord withProgress(Instant at) {
        return withNudgeState(nudgeState(ZoneId.of("UTC")).withProgress(latest(lastProgressAt, at)));
    }

    public RitualRecord withCadence(Cadence newCadence) {
        return withRevalidation(
                new Revalidation(lastValidationAt, newCadence, revalRemindedAt, revalOwnerDmAt, revalOverdueAt));
    }

    public RitualRecord withOwnerZone(Optional<ZoneId> zone) {
        return new RitualRecord(
                teamId,
                projectId,
                stage,
                stageSince,
                iteration,
                lastProgressAt,
                lastNudgeAt,
                ignoredNudges,
                snoozedUntil,
                stalledAt,
                stepsDone,
                criteria,
                criteriaChangedAt,
                stakeholders,
                agreedBy,
                lastValidationAt,
                cadence,
                revalRemindedAt,
                revalOwnerDmAt,
                revalOverdueAt,
                zone);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
