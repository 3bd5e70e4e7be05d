package dev.mlidea.storage;

import dev.mlidea.conversations.rituals.CheckIn;
import dev.mlidea.conversations.rituals.StageMove;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A project's rituals: one row of current state, locked, decided on and saved whole, and the history
 * that is only ever appended (stage moves, validations, nudges), plus the cache of users' time zones.
 * Every method names the workspace: a row of another team is never read or changed, and history for a
 * project id that is not the team's is refused by the database.
 */
public final class Rituals {
    private final RitualDao dao;

    Rituals(RitualDao dao) {
        this.dao = dao;
    }

    /**
     * Stores {@code initial} as the project's rituals unless it already has them: calling it again,
     * or from two places at once, changes nothing. Returns whether this call started them. A project
     * that is not the team's is refused (the row would belong to no project of the team).
     */
    public boolean start(String teamId, UUID projectId, RitualRecord initial) {
        requireSame(teamId, projectId, initial);
        var r = initial;
        return dao.insertIfAbsent(
                        teamId,
                        projectId,
                        r.stage().id(),
                        r.stageSince(),
                        r.iteration(),
                        r.lastProgressAt(),
                        r.lastNudgeAt().orElse(null),
                        r.ignoredNudges(),
                        r.snoozedUntil().orElse(null),
                        r.stalledAt().orElse(null),
                        sorted(r.stepsDone()),
                        r.criteria(),
                        r.criteriaChangedAt().orElse(null),
                        r.stakeholders().toArray(String[]::new),
                        sorted(r.agreedBy()),
                        r.lastValidationAt(),
                        r.cadence().choiceId(),
                        r.revalRemindedAt().orElse(null),
                        r.revalOwnerDmAt().orElse(null),
                        r.revalOverdueAt().orElse(null),
                        r.ownerZone().map(ZoneId::getId).orElse(null))
                == 1;
    }

    /** The project's rituals, locked for the rest of the transaction; empty when not started. */
    public Optional<RitualRecord> lock(String teamId, UUID projectId) {
        return dao.lock(teamId, projectId);
    }

    public Optional<RitualRecord> find(String teamId, UUID projectId) {
        return dao.find(teamId, projectId);
    }

    /**
     * When the project's ritual work is next due; empty for none. Write it in the transaction that
     * saved the state it was computed from, so the two never disagree.
     */
    public void setNextDue(String teamId, UUID projectId, Optional<Instant> at) {
        dao.setNextDue(teamId, projectId, at.orElse(null));
    }

    /** When the project's ritual work is next due, as stored; empty for none or not started. */
    public Optional<Instant> nextDue(String teamId, UUID projectId) {
        return dao.nextDue(teamId, projectId);
    }

    /**
     * Up to {@code limit} projects (of any team) whose ritual work is due at {@code now}, soonest
     * first, skipping rows another transaction holds: those are being handled. Locked until the end
     * of this transaction.
     */
    public List<DueRitual> lockDue(Instant now, int limit) {
        return dao.lockDue(now, limit);
    }

    /**
     * The project's rituals, locked for the rest of the transaction, if their work is still due at
     * {@code now} and no other transaction holds them; empty otherwise, without waiting. Whoever gets
     * it handles it; anyone else finds it no longer due, or held, and leaves it.
     */
    public Optional<RitualRecord> lockIfDue(String teamId, UUID projectId, Instant now) {
        return dao.lockIfDue(teamId, projectId, now);
    }

    /**
     * Overwrites the stored rituals of {@code r}'s project with {@code r}; call with them locked.
     * Rituals that were never started, or belong to another team, are left as they are.
     */
    public void save(RitualRecord r) {
        dao.update(
                r.teamId(),
                r.projectId(),
                r.stage().id(),
                r.stageSince(),
                r.iteration(),
                r.lastProgressAt(),
                r.lastNudgeAt().orElse(null),
                r.ignoredNudges(),
                r.snoozedUntil().orElse(null),
                r.stalledAt().orElse(null),
                sorted(r.stepsDone()),
                r.criteria(),
                r.criteriaChangedAt().orElse(null),
                r.stakeholders().toArray(String[]::new),
                sorted(r.agreedBy()),
                r.lastValidationAt(),
                r.cadence().choiceId(),
                r.revalRemindedAt().orElse(null),
                r.revalOwnerDmAt().orElse(null),
                r.revalOverdueAt().orElse(null),
                r.ownerZone().map(ZoneId::getId).orElse(null));
    }

    public void recordStageMove(String teamId, UUID projectId, StageMove move) {
        dao.insertStageMove(
                teamId, projectId, move.from().id(), move.to().id(), move.iteration(), move.by(), move.at());
    }

    /** Every stage move of the project, in the order recorded (a {@code StageHistory}'s order). */
    public List<StageMove> stageMoves(String teamId, UUID projectId) {
        return dao.stageMoves(teamId, projectId);
    }

    public void recordValidation(ValidationRecord v) {
        dao.insertValidation(
                v.teamId(),
                v.projectId(),
                v.by(),
                v.at(),
                v.outcome().id(),
                v.oldCriteria(),
                v.newCriteria().orElse(null),
                v.metricText().orElse(null),
                v.metricNumber().orElse(null),
                v.reason().orElse(null),
                sorted(v.agreedBy()));
    }

    /** Every validation of the project, oldest (first recorded) first. */
    public List<ValidationRecord> validations(String teamId, UUID projectId) {
        return dao.validations(teamId, projectId);
    }

    /**
     * The metric check-ins: every validation that came with a metric, oldest first, dated on the
     * owner's calendar (the stored owner zone; UTC when it is not known or the rituals not started).
     */
    public List<CheckIn> checkIns(String teamId, UUID projectId) {
        ZoneId zone =
                dao.find(teamId, projectId).flatMap(RitualRecord::ownerZone).orElse(ZoneOffset.UTC);
        return dao.validations(teamId, projectId).stream()
                .filter(v -> v.metricText().isPresent())
                .map(v -> new CheckIn(
                        v.at().atZone(zone).toLocalDate(), v.metricText().get(), v.metricNumber()))
                .toList();
    }

    /** A nudge was sent at {@code at}, suggesting {@code stepId}; {@code number} is 1 to 3. */
    public void recordNudge(String teamId, UUID projectId, Instant at, String stepId, int number) {
        dao.insertNudge(teamId, projectId, at, stepId, number);
    }

    /** Every nudge sent for the project, in the order recorded. */
    public List<NudgeRecord> nudges(String teamId, UUID projectId) {
        return dao.nudges(teamId, projectId);
    }

    /**
     * Records that {@code stakeholder} was asked by {@code by} to confirm {@code criteria}; returns
     * false, changing nothing, when they had already been asked about that wording (so they get one
     * message per wording, however often the button is pressed).
     */
    public boolean askSignOff(
            String teamId, UUID projectId, String stakeholder, String criteria, String by, Instant at) {
        return dao.insertSignOffRequest(teamId, projectId, stakeholder, criteria, by, at) == 1;
    }

    /** The stakeholders asked to confirm exactly this wording, in the order asked. */
    public List<String> askedAbout(String teamId, UUID projectId, String criteria) {
        return dao.askedAbout(teamId, projectId, criteria);
    }

    /**
     * The workspace's rules changed (its nudge days): every project with ritual work ahead is looked at
     * by the next sweep, which writes its next due time by the new rules. Returns how many.
     */
    public int rescheduleAll(String teamId, Instant now) {
        return dao.rescheduleAll(teamId, now);
    }

    /** The user's time zone as last fetched, if it was. */
    public Optional<UserZone> zone(String teamId, String userId) {
        return dao.zone(teamId, userId);
    }

    /** Stores (or replaces) the user's time zone, fetched from Slack at {@code fetchedAt}. */
    public void saveZone(String teamId, String userId, ZoneId zone, Instant fetchedAt) {
        dao.saveZone(teamId, userId, zone.getId(), fetchedAt);
    }

    /** Forgets the user's time zone: the next one needed is fetched again. */
    public void forgetZone(String teamId, String userId) {
        dao.forgetZone(teamId, userId);
    }

    private static void requireSame(String teamId, UUID projectId, RitualRecord r) {
        if (!r.teamId().equals(teamId) || !r.projectId().equals(projectId)) {
            throw new IllegalArgumentException(
                    "rituals of " + r.teamId() + "/" + r.projectId() + " started as " + teamId + "/" + projectId);
        }
    }

    private static String[] sorted(Set<String> values) {
        return values.stream().sorted().toArray(String[]::new);
    }
}
