package dev.mlidea.bot.criteria;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.conversations.rituals.MetricTrend;
import dev.mlidea.conversations.rituals.Revalidation;
import dev.mlidea.storage.OutboxKind;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.RitualRecord;
import dev.mlidea.storage.UnitOfWork;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The criteria re-check rules for one due project, inside the sweep's transaction: when {@link
 * Revalidation} says its next step is due, post the reminder in the thread, message the first owner
 * directly, or mark the check overdue (which sends nothing: the card and the weekly summary show it).
 * Returns the rituals after; the caller saves them with the next due time.
 */
public final class RecheckWork {
    private static final Logger log = LoggerFactory.getLogger(RecheckWork.class);

    /** The rituals after the rules ran; {@code sent} when a message was owed; {@code cardChanged} to redraw. */
    public record Outcome(RitualRecord after, boolean sent, boolean cardChanged) {}

    private final ZoneId defaultZone;

    public RecheckWork(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    public Outcome apply(UnitOfWork uow, ProjectRecord project, RitualRecord r, Instant now) {
        if (!Revalidation.runsIn(r.stage())) return new Outcome(r, false, false);
        Revalidation check = r.revalidation();
        Optional<Revalidation.Next> next = check.next(now, r.ownerZone().orElse(defaultZone));
        if (next.isEmpty() || next.get().at().isAfter(now)) return new Outcome(r, false, false);
        Revalidation.Action action = next.get().action();
        RitualRecord after = r.withRevalidation(check.after(action, now));
        String trend = MetricTrend.render(uow.rituals().checkIns(r.teamId(), r.projectId()));
        switch (action) {
            case REMIND -> {
                SlackMessage m = CriteriaMessages.reminder(project, r, trend);
                uow.outbox()
                        .send(OutboxMessage.forProject(project, OutboxKind.POST_IN_THREAD, m.text(), m.blocksJson()));
            }
            case DM_OWNER -> {
                SlackMessage m = CriteriaMessages.ownerReminder(project, r, trend);
                uow.outbox().send(OutboxMessage.direct(project, firstOwner(project), m.text(), m.blocksJson()));
            }
            case MARK_OVERDUE -> {
                // Nothing is sent: the owner was told twice. The card says it; the weekly summary lists it.
            }
        }
        log.info("criteria re-check of project={} team={}: {}", project.id(), project.teamId(), action);
        return new Outcome(after, action != Revalidation.Action.MARK_OVERDUE, true);
    }

    /** Whom the re-check falls to: the first owner (the proposer, unless owners were changed). */
    static String firstOwner(ProjectRecord project) {
        return project.owners().isEmpty()
                ? project.proposerId()
                : project.owners().get(0);
    }
}
