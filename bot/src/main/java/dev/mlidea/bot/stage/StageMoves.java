package dev.mlidea.bot.stage;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.card.CardHeadline;
import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageDecision;
import dev.mlidea.conversations.rituals.StageHistory;
import dev.mlidea.conversations.rituals.StageMove;
import dev.mlidea.storage.OutboxKind;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.RitualRecord;
import dev.mlidea.storage.UnitOfWork;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Moves a project's stage, from the card's select or {@code /mlidea stage}, in the worker's
 * transaction: only an owner may; the domain ({@link StageHistory}) decides; the move is appended to
 * the history, the rituals row takes the new stage (a move is progress, which pushes the next nudge
 * out and reschedules it, through {@link StageRituals}), one line goes in the thread and the card is redrawn. Refusals go to the one who asked only.
 */
public final class StageMoves {
    private final CardHeadline headline;
    private final StageRituals ritualRows;

    public StageMoves(CardHeadline headline, StageRituals rituals) {
        this.headline = headline;
        this.ritualRows = rituals;
    }

    /** A choice in the card's stage select: the project is the one whose card was clicked. */
    public String select(UnitOfWork uow, String teamId, InboxPayload p) {
        Optional<ProjectRecord> found = uow.projects().lockByThread(teamId, p.channelId(), p.threadTs());
        if (found.isEmpty()) return "ignored:not_a_project_thread";
        Optional<Stage> to = Stage.parse(p.value());
        if (to.isEmpty()) return "ignored:unknown_stage";
        ProjectRecord project = found.get();
        Consumer<SlackMessage> answer = p.responseUrl() == null
                ? m -> uow.outbox().send(OutboxMessage.ephemeral(project, p.userId(), m.text(), m.blocksJson()))
                : m -> uow.outbox()
                        .send(OutboxMessage.respond(teamId, p.channelId(), p.responseUrl(), m.text(), m.blocksJson()));
        // The card changing under the select is the confirmation; no private "done" as well.
        return move(uow, project, p.userId(), to.get(), answer, false);
    }

    /** Moves {@code project} (locked) to {@code to} for {@code by}; {@code confirm} adds a private "done". */
    public String move(
            UnitOfWork uow,
            ProjectRecord project,
            String by,
            Stage to,
            Consumer<SlackMessage> answer,
            boolean confirm) {
        return change(uow, project, by, Optional.of(to), answer, confirm);
    }

    /** Undoes a kill (the domain's {@link StageHistory#reopen}): back to the stage it was killed from. */
    public String reopen(
            UnitOfWork uow, ProjectRecord project, String by, Consumer<SlackMessage> answer, boolean confirm) {
        return change(uow, project, by, Optional.empty(), answer, confirm);
    }

    /** {@code to} empty: reopen. */
    private String change(
            UnitOfWork uow,
            ProjectRecord project,
            String by,
            Optional<Stage> to,
            Consumer<SlackMessage> answer,
            boolean confirm) {
        if (!project.isOwner(by)) {
            answer.accept(StageMessages.notOwner(project));
            return "ignored:not_an_owner";
        }
        Optional<RitualRecord> rituals = started(uow, project);
        if (rituals.isEmpty()) {
            answer.accept(StageMessages.intakeOpen(project));
            return "ignored:intake_open";
        }
        RitualRecord before = rituals.get();
        var history = new StageHistory(uow.rituals().stageMoves(project.teamId(), project.id()));
        if (history.current() != before.stage()) {
            // Every stage change goes through here and records its move; a row that disagrees is a bug.
            throw new IllegalStateException(
                    "stage history ends in " + history.current() + ", rituals say " + before.stage());
        }
        StageDecision decision = to.isPresent() ? history.move(to.get(), by, uow.now()) : history.reopen(by, uow.now());
        if (decision instanceof StageDecision.Refused refused) {
            answer.accept(refusal(project, history, refused.reason()));
            return "ignored:" + refused.reason().name().toLowerCase(java.util.Locale.ROOT);
        }
        StageMove move = ((StageDecision.Moved) decision).move();
        uow.rituals().recordStageMove(project.teamId(), project.id(), move);
        ritualRows.moved(uow, before.withStageMove(move));
        SlackMessage line = StageMessages.moved(move, history.iteration());
        uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.POST_IN_THREAD, line.text(), line.blocksJson()));
        SlackMessage card = headline.card(uow, project);
        uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.UPDATE_CARD, card.text(), card.blocksJson()));
        if (confirm) answer.accept(StageMessages.done(project, move));
        return "moved:" + move.to().id();
    }

    private static SlackMessage refusal(ProjectRecord project, StageHistory history, StageDecision.Refusal reason) {
        return switch (reason) {
            case ALREADY_THERE -> StageMessages.alreadyThere(project, history.current());
            case KILLED -> StageMessages.killed(project, killedFrom(history));
            case NOT_KILLED -> StageMessages.notKilled(project, history.current());
        };
    }

    private static Stage killedFrom(StageHistory history) {
        var moves = history.moves();
        return moves.isEmpty()
                ? StageHistory.INITIAL
                : moves.get(moves.size() - 1).from();
    }

    /**
     * The project's rituals, locked. A project whose intake completed before rituals existed has no row:
     * it starts now, in planning, from what its intake says. One still in its intake has none, and
     * gets none here: its criteria and cadence are not answered yet.
     */
    private Optional<RitualRecord> started(UnitOfWork uow, ProjectRecord project) {
        Optional<RitualRecord> row = uow.rituals().lock(project.teamId(), project.id());
        if (row.isPresent() || project.intake().status() != IntakeStatus.COMPLETED) return row;
        ritualRows.start(uow, project);
        return uow.rituals().lock(project.teamId(), project.id());
    }
}
