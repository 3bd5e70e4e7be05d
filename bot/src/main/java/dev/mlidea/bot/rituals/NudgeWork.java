package dev.mlidea.bot.rituals;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.card.CardHeadline;
import dev.mlidea.conversations.rituals.Checklist;
import dev.mlidea.conversations.rituals.ChecklistStep;
import dev.mlidea.conversations.rituals.NudgeDecision;
import dev.mlidea.conversations.rituals.NudgeState;
import dev.mlidea.storage.DueRitual;
import dev.mlidea.storage.OutboxKind;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.RitualRecord;
import dev.mlidea.storage.UnitOfWork;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One due project, in one transaction: lock its rituals if they are still due and nobody else holds
 * them, decide with {@code NudgePolicy} in the owner's zone, then write the nudge (outbox and log), the
 * new marks and the next due time together. Run twice, or on two replicas, the second finds the row
 * no longer due (or held) and does nothing: a nudge is sent once.
 */
final class NudgeWork {
    private static final Logger log = LoggerFactory.getLogger(NudgeWork.class);

    private final RitualStart rituals;
    private final CardHeadline headline;

    NudgeWork(RitualStart rituals, CardHeadline headline) {
        this.rituals = rituals;
        this.headline = headline;
    }

    /** Returns whether the project got a nudge. */
    boolean handle(UnitOfWork uow, DueRitual due) {
        Instant now = uow.now();
        Optional<RitualRecord> locked = uow.rituals().lockIfDue(due.teamId(), due.projectId(), now);
        if (locked.isEmpty()) return false;
        ProjectRecord project = uow.projects()
                .find(due.teamId(), due.projectId())
                .orElseThrow(() -> new IllegalStateException("rituals of a project that is gone"));
        // The zone as the sweep just refreshed it; the stored one when Slack would not say.
        RitualRecord r = locked.get()
                .withOwnerZone(RitualStart.knownZone(uow, project)
                        .or(() -> locked.get().ownerZone()));
        NudgeState state = r.nudgeState(rituals.defaultZone());
        NudgeDecision decision = rituals.policy().decide(state, now);
        if (decision instanceof NudgeDecision.Nudge nudge) {
            Optional<ChecklistStep> step = Checklist.next(project.intake().answers(), RitualStart.stepsDone(r));
            if (step.isEmpty()) {
                // Every step is done and the project is still in planning: nothing small is left to suggest.
                uow.rituals().save(r);
                uow.rituals().setNextDue(r.teamId(), r.projectId(), Optional.empty());
                return false;
            }
            SlackMessage m = NudgeMessages.nudge(project.owners(), step.get(), nudge.number());
            uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.POST_IN_THREAD, m.text(), m.blocksJson()));
            uow.rituals().recordNudge(r.teamId(), r.projectId(), now, step.get().id(), nudge.number());
            rituals.save(uow, r.withNudgeState(state.withNudge(now, nudge)));
            log.info("nudged project={} team={} number={}", project.id(), project.teamId(), nudge.number());
            return true;
        }
        if (decision instanceof NudgeDecision.Stall) {
            rituals.save(uow, r.withNudgeState(state.withStalled(now)));
            SlackMessage card = headline.card(uow, project);
            uow.outbox()
                    .send(OutboxMessage.forProject(project, OutboxKind.UPDATE_CARD, card.text(), card.blocksJson()));
            log.info("stalled project={} team={}", project.id(), project.teamId());
            return false;
        }
        // Wait (often: the owner's zone, now known, puts the hour outside working hours) or Never.
        uow.rituals().save(r);
        Optional<Instant> next =
                decision instanceof NudgeDecision.Wait wait ? Optional.of(wait.at()) : Optional.empty();
        uow.rituals().setNextDue(r.teamId(), r.projectId(), next);
        return false;
    }
}
