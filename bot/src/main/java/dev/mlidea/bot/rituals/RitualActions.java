package dev.mlidea.bot.rituals;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.card.CardHeadline;
import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.bot.stage.StageMoves;
import dev.mlidea.conversations.rituals.Checklist;
import dev.mlidea.conversations.rituals.ChecklistStep;
import dev.mlidea.conversations.rituals.NudgePolicy;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.storage.OutboxKind;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.RitualRecord;
import dev.mlidea.storage.UnitOfWork;
import java.time.Instant;
import java.util.Optional;

/**
 * The nudge's buttons, run by the worker: <em>Done</em> marks the step (progress: the next nudge is a
 * week away and the card's next step moves on), <em>Snooze a week</em> holds the nudges for seven days
 * (an answer, so the nudge is not ignored), <em>Pause project</em> moves the project to PAUSED, a
 * stage move through {@link StageMoves} like any other. Only owners may; anyone else is told whom to ask.
 */
public final class RitualActions {
    private final RitualStart rituals;
    private final CardHeadline headline;
    private final StageMoves stages;

    public RitualActions(RitualStart rituals, CardHeadline headline, StageMoves stages) {
        this.rituals = rituals;
        this.headline = headline;
        this.stages = stages;
    }

    public String action(UnitOfWork uow, String teamId, InboxPayload p) {
        Optional<ProjectRecord> found = uow.projects().lockByThread(teamId, p.channelId(), p.threadTs());
        if (found.isEmpty()) return "ignored:not_a_project_thread";
        ProjectRecord project = found.get();
        if (!project.isOwner(p.userId())) {
            tell(uow, project, p.userId(), NudgeMessages.notAnOwner(project.owners()));
            return "ignored:not_an_owner";
        }
        Optional<RitualRecord> locked = uow.rituals().lock(teamId, project.id());
        if (locked.isEmpty()) return "ignored:no_rituals";
        RitualRecord r = locked.get();
        if (r.stage() != Stage.PLANNING) {
            tell(uow, project, p.userId(), NudgeMessages.notPlanning(r.stage().label()));
            return "ignored:not_planning";
        }
        String action = p.action() == null ? "" : p.action();
        return switch (action) {
            case NudgeMessages.DONE_ACTION -> done(uow, project, r, p);
            case NudgeMessages.SNOOZE_ACTION -> snooze(uow, project, r, p.userId());
            case NudgeMessages.PAUSE_ACTION -> pause(uow, project, p.userId());
            default -> "ignored:unknown_action";
        };
    }

    private String done(UnitOfWork uow, ProjectRecord project, RitualRecord r, InboxPayload p) {
        Optional<ChecklistStep> step = Optional.ofNullable(p.value()).flatMap(ChecklistStep::byId);
        if (step.isEmpty()) return "ignored:unknown_step";
        RitualRecord after = r.withStepDone(step.get().id(), uow.now());
        rituals.save(uow, after);
        var next = Checklist.next(project.intake().answers(), RitualStart.stepsDone(after));
        post(uow, project, NudgeMessages.stepDone(p.userId(), step.get(), next));
        updateCard(uow, project);
        return "step_done";
    }

    private String snooze(UnitOfWork uow, ProjectRecord project, RitualRecord r, String userId) {
        Instant until = uow.now().plus(NudgePolicy.MIN_GAP);
        var state = r.nudgeState(rituals.defaultZone());
        RitualRecord after = r.withNudgeState(state.withProgress(uow.now()).withSnoozedUntil(until));
        rituals.save(uow, after);
        post(uow, project, NudgeMessages.snoozed(userId, until, state.ownerZone()));
        if (state.stalled()) updateCard(uow, project);
        return "snoozed";
    }

    /**
     * A stage move like any other, through {@link StageMoves} (which records it, says so in the thread,
     * reschedules and redraws the card); the one who clicked also hears that the nudges stopped.
     */
    private String pause(UnitOfWork uow, ProjectRecord project, String userId) {
        String result = stages.move(uow, project, userId, Stage.PAUSED, m -> tell(uow, project, userId, m), false);
        if (!result.startsWith("moved:")) return result;
        tell(uow, project, userId, NudgeMessages.paused(userId));
        return "paused";
    }

    private void updateCard(UnitOfWork uow, ProjectRecord project) {
        SlackMessage card = headline.card(uow, project);
        uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.UPDATE_CARD, card.text(), card.blocksJson()));
    }

    private static void post(UnitOfWork uow, ProjectRecord project, SlackMessage m) {
        uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.POST_IN_THREAD, m.text(), m.blocksJson()));
    }

    private static void tell(UnitOfWork uow, ProjectRecord project, String userId, SlackMessage m) {
        uow.outbox().send(OutboxMessage.ephemeral(project, userId, m.text(), m.blocksJson()));
    }
}
