package dev.mlidea.bot.rituals;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.conversations.rituals.Checklist;
import dev.mlidea.conversations.rituals.ChecklistStep;
import dev.mlidea.conversations.rituals.NudgeDecision;
import dev.mlidea.conversations.rituals.NudgePolicy;
import dev.mlidea.conversations.rituals.NudgeState;
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
 * The nudge rules for one due project, inside {@link DueWork}'s transaction: decide with {@code
 * NudgePolicy} in the owner's zone and, when it says so, write the nudge (outbox and log) or mark the
 * project stalled. Returns the rituals after; {@link DueWork} saves them with the next due time.
 */
final class NudgeWork {
    private static final Logger log = LoggerFactory.getLogger(NudgeWork.class);

    /** The rituals after the rules ran; {@code cardChanged} when the card must be redrawn (a stall). */
    record Outcome(RitualRecord after, boolean nudged, boolean cardChanged) {}

    private final ZoneId defaultZone;

    NudgeWork(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    /** Decides with {@code policy}, the workspace's nudge rules. */
    Outcome apply(UnitOfWork uow, ProjectRecord project, RitualRecord r, NudgePolicy policy, Instant now) {
        NudgeState state = r.nudgeState(defaultZone);
        NudgeDecision decision = policy.decide(state, now);
        if (decision instanceof NudgeDecision.Nudge nudge) {
            Optional<ChecklistStep> step = Checklist.next(project.intake().answers(), RitualStart.stepsDone(r));
            // Every step done and still in planning: nothing small is left to suggest, so no nudge.
            if (step.isEmpty()) return new Outcome(r, false, false);
            SlackMessage m = NudgeMessages.nudge(project.owners(), step.get(), nudge.number());
            uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.POST_IN_THREAD, m.text(), m.blocksJson()));
            uow.rituals().recordNudge(r.teamId(), r.projectId(), now, step.get().id(), nudge.number());
            log.info("nudged project={} team={} number={}", project.id(), project.teamId(), nudge.number());
            return new Outcome(r.withNudgeState(state.withNudge(now, nudge)), true, false);
        }
        if (decision instanceof NudgeDecision.Stall) {
            log.info("stalled project={} team={}", project.id(), project.teamId());
            return new Outcome(r.withNudgeState(state.withStalled(now)), false, true);
        }
        // Wait (often: the owner's zone, now known, puts the hour outside working hours) or Never.
        return new Outcome(r, false, false);
    }
}
