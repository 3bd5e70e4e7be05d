package dev.mlidea.bot.rituals;

import dev.mlidea.bot.card.CardHeadline;
import dev.mlidea.storage.DueRitual;
import dev.mlidea.storage.Storage;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the scheduler's recurring "rituals" task runs: the projects whose ritual work is due. In three
 * steps, so no Web API call is made inside a transaction: read the due projects (skipping rows
 * another replica is handling), refresh their owners' time zones from Slack, then handle each project
 * in a transaction of its own. A project that fails is rolled back alone and set aside for
 * {@link #RETRY_A_FAILED_PROJECT_AFTER} (its due time moves, so every replica leaves it); the others go on.
 */
public final class RitualSweep {
    private static final Logger log = LoggerFactory.getLogger(RitualSweep.class);
    static final int BATCH = 50;
    /** A sweep stops after this many full batches; the next run (seconds later) goes on. */
    static final int MAX_BATCHES = 20;

    static final Duration RETRY_A_FAILED_PROJECT_AFTER = Duration.ofMinutes(10);

    private final Storage storage;
    private final UserZones zones;
    private final DueWork work;

    public RitualSweep(Storage storage, UserZones zones, RitualStart rituals, CardHeadline headline) {
        this.storage = storage;
        this.zones = zones;
        this.work = new DueWork(rituals, headline);
    }

    /** Handles what is due now; returns how many nudges and re-check messages it owed to the outbox. */
    public int run() {
        int sent = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            Map<DueRitual, String> due = dueWithOwners();
            new LinkedHashSet<>(due.entrySet().stream()
                            .map(e -> List.of(e.getKey().teamId(), e.getValue()))
                            .toList())
                    .forEach(owner -> refreshZone(owner.get(0), owner.get(1)));
            for (DueRitual project : due.keySet()) {
                sent += handle(project);
            }
            if (due.size() < BATCH) break;
        }
        return sent;
    }

    private Map<DueRitual, String> dueWithOwners() {
        return storage.inTransaction(uow -> {
            var owners = new java.util.LinkedHashMap<DueRitual, String>();
            for (DueRitual due : uow.rituals().lockDue(uow.now(), BATCH)) {
                uow.projects()
                        .find(due.teamId(), due.projectId())
                        .ifPresent(p -> owners.put(due, RitualStart.owner(p)));
            }
            return owners;
        });
    }

    private void refreshZone(String teamId, String userId) {
        try {
            zones.refreshIfStale(teamId, userId);
        } catch (RuntimeException e) {
            // The cached or default zone serves; the next sweep asks again.
            log.warn(
                    "time zone of user={} team={} not refreshed: {}",
                    userId,
                    teamId,
                    e.getClass().getName());
        }
    }

    private int handle(DueRitual project) {
        try {
            return storage.inTransaction(uow -> work.handle(uow, project));
        } catch (RuntimeException e) { // NOPMD: one project's failure is that project's
            // Exception messages can quote user text (SQL parameters), so only ids and the type.
            log.error(
                    "rituals of project={} team={} failed with {}; tried again in {} min",
                    project.projectId(),
                    project.teamId(),
                    e.getClass().getName(),
                    RETRY_A_FAILED_PROJECT_AFTER.toMinutes());
            setAside(project);
            return 0;
        }
    }

    private void setAside(DueRitual project) {
        try {
            storage.useTransaction(uow -> uow.rituals()
                    .setNextDue(
                            project.teamId(),
                            project.projectId(),
                            Optional.of(uow.now().plus(RETRY_A_FAILED_PROJECT_AFTER))));
        } catch (RuntimeException e) {
            log.error(
                    "could not set aside project={} team={}: {}",
                    project.projectId(),
                    project.teamId(),
                    e.getClass().getName());
        }
    }
}
