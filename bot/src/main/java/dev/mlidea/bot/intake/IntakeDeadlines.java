package dev.mlidea.bot.intake;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.card.CardHeadline;
import dev.mlidea.bot.card.CardMessages;
import dev.mlidea.conversations.intake.IntakeFlow;
import dev.mlidea.conversations.intake.IntakeReply;
import dev.mlidea.conversations.intake.IntakeTimeouts;
import dev.mlidea.conversations.intake.Questionnaire;
import dev.mlidea.storage.OutboxKind;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.SilentIntake;
import dev.mlidea.storage.Storage;
import dev.mlidea.storage.UnitOfWork;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sweeps silent intakes: one reminder after a day, abandoned after a week. The decision is the
 * domain's ({@link IntakeTimeouts}); rows are locked with SKIP LOCKED and the reminder is recorded in
 * the same transaction as the message it owes, so with any number of replicas each is sent once.
 */
public final class IntakeDeadlines {
    private static final Logger log = LoggerFactory.getLogger(IntakeDeadlines.class);
    private static final int BATCH = 50;

    private final Storage storage;
    private final CardHeadline headline;

    public IntakeDeadlines(Storage storage, CardHeadline headline) {
        this.storage = storage;
        this.headline = headline;
    }

    /** Handles the intakes that are due; returns how many got a message. */
    public int sweep() {
        return storage.inTransaction(uow -> {
            Instant now = uow.now();
            List<SilentIntake> silent = uow.lockSilentIntakes(
                    now.minus(IntakeTimeouts.REMIND_AFTER), now.minus(IntakeTimeouts.ABANDON_AFTER), BATCH);
            int acted = 0;
            for (SilentIntake intake : silent) {
                ProjectRecord project = intake.project();
                if (IntakeFlow.isEditing(project.intake())) {
                    // An edit left open for a day is closed as it was: a finished project is never "abandoned".
                    closeEdit(uow, project);
                    acted++;
                    continue;
                }
                switch (IntakeTimeouts.due(
                        project.intake().status(), project.lastActivityAt(), intake.reminded(), now)) {
                    case REMIND -> {
                        if (remind(uow, project)) acted++;
                    }
                    case ABANDON -> {
                        abandon(uow, project);
                        acted++;
                    }
                    case NOTHING -> {}
                }
            }
            return acted;
        });
    }

    private void closeEdit(UnitOfWork uow, ProjectRecord project) {
        var step = IntakeFlow.stopEditing(project.intake());
        ProjectRecord closed = project.withIntake(step.state());
        uow.saveIntakeOnly(closed);
        for (var reply : step.replies()) {
            if (reply instanceof IntakeReply.EditCancelled edit) {
                SlackMessage m = IntakeMessages.editCancelled(edit);
                uow.send(OutboxMessage.forProject(project, OutboxKind.POST_IN_THREAD, m.text(), m.blocksJson()));
            }
        }
        SlackMessage card = CardMessages.card(closed, headline.cardLines(uow, closed));
        uow.send(OutboxMessage.forProject(project, OutboxKind.UPDATE_CARD, card.text(), card.blocksJson()));
        log.info("closed an edit left open project={} team={}", project.id(), project.teamId());
    }

    private static boolean remind(UnitOfWork uow, ProjectRecord project) {
        Optional<IntakeReply.Ask> ask = openQuestion(project);
        uow.markReminded(project.teamId(), project.id());
        if (ask.isEmpty()) return false;
        SlackMessage m = IntakeMessages.reminder(project.owners(), ask.get());
        uow.send(OutboxMessage.forProject(project, OutboxKind.POST_IN_THREAD, m.text(), m.blocksJson()));
        log.info("reminded silent intake project={} team={}", project.id(), project.teamId());
        return true;
    }

    private static void abandon(UnitOfWork uow, ProjectRecord project) {
        ProjectRecord abandoned =
                project.withIntake(IntakeFlow.abandon(project.intake()).state());
        uow.saveIntakeOnly(abandoned);
        SlackMessage m = IntakeMessages.abandoned(project.owners(), IntakeFlow.progress(abandoned.intake()));
        uow.send(OutboxMessage.forProject(project, OutboxKind.POST_IN_THREAD, m.text(), m.blocksJson()));
        SlackMessage card = CardMessages.card(abandoned, List.of());
        uow.send(OutboxMessage.forProject(project, OutboxKind.UPDATE_CARD, card.text(), card.blocksJson()));
        log.info("abandoned silent intake project={} team={}", project.id(), project.teamId());
    }

    private static Optional<IntakeReply.Ask> openQuestion(ProjectRecord project) {
        var state = project.intake();
        return state.currentKey()
                .flatMap(Questionnaire::byKey)
                .map(q -> new IntakeReply.Ask(
                        q,
                        IntakeFlow.progress(state),
                        Optional.empty(),
                        state.answers().get(q.key()),
                        state.draft()));
    }
}
