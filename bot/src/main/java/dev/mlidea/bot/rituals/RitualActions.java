package dev.mlidea.bot.rituals;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.card.CardHeadline;
import dev.mlidea.bot.card.CardMessages;
import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.conversations.rituals.Checklist;
import dev.mlidea.conversations.rituals.ChecklistStep;
import dev.mlidea.conversations.rituals.NudgePolicy;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageDecision;
import dev.mlidea.conversations.rituals.StageHistory;
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
 * recorded stage move. Only owners may; anyone else is told whom to ask.
 */
public final class RitualActions {
    private final RitualStart rituals;
    private final CardHeadline headline;

    public RitualActions(RitualStart rituals, CardHeadline headline) {
        this.rituals = rituals;
        this.headline = headline;
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
            case NudgeMessages.PAUSE_ACTION -> pause(uow, project, r, p.userId());
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

    private String pause(UnitOfWork uow, ProjectRecord project, RitualRecord r, String userId) {
        var history = new StageHistory(uow.rituals().stageMoves(project.teamId(), project.id()));
        StageDecision decision = history.move(Stage.PAUSED, userId, uow.now());
        if (!(decision instanceof StageDecision.Moved moved)) return "ignored:not_moved";
        uow.rituals().recordStageMove(project.teamId(), project.id(), moved.move());
        rituals.save(uow, r.withStageMove(moved.move()));
        post(uow, project, NudgeMessages.paused(userId));
        updateCard(uow, project);
        return "paused";
    }

    private void updateCard(UnitOfWork uow, ProjectRecord project) {
        SlackMessage card =
                CardMessages.card(project, headline.rituals(uow, project), headline.cardLines(uow, project));
        uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.UPDATE_CARD, card.text(), card.blocksJson()));
    }

    private static void post(UnitOfWork uow, ProjectRecord project, SlackMessage m) {
        uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.POST_IN_THREAD, m.text(), m.blocksJson()));
    }

    private static void tell(UnitOfWork uow, ProjectRecord project, String userId, SlackMessage m) {
        uow.outbox().send(OutboxMessage.ephemeral(project, userId, m.text(), m.blocksJson()));
    }
}
