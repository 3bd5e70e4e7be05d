package dev.mlidea.bot.intake;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.card.CardHeadline;
import dev.mlidea.bot.card.CardMessages;
import dev.mlidea.conversations.intake.IntakeFlow;
import dev.mlidea.conversations.intake.IntakeReply;
import dev.mlidea.conversations.intake.IntakeTimeouts;
import dev.mlidea.conversations.intake.Questionnaire;
import dev.mlidea.storage.Attempt;
import dev.mlidea.storage.OutboxKind;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.SilentIntake;
import dev.mlidea.storage.Storage;
import dev.mlidea.storage.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sweeps silent intakes: one reminder after a day, abandoned after a week. The decision is the
 * domain's ({@link IntakeTimeouts}); rows are locked with SKIP LOCKED and the reminder is recorded in
 * the same transaction as the message it owes, so with any number of replicas each is sent once.
 *
 * <p>Each intake is loaded and handled in a savepoint of the sweep's transaction: one that fails (a
 * corrupt row, a bug) is rolled back alone and the others go on. It is tried again ten minutes later
 * (it may have been mended), and left out of the sweeps until then, so that broken intakes cannot take
 * every place in a batch or flood the log.
 */
public final class IntakeDeadlines {
    private static final Logger log = LoggerFactory.getLogger(IntakeDeadlines.class);
    private static final int BATCH = 50;
    static final Duration RETRY_A_FAILED_INTAKE_AFTER = Duration.ofMinutes(10);

    private final Storage storage;
    private final CardHeadline headline;
    private final Map<UUID, Instant> failedAt = new ConcurrentHashMap<>();

    public IntakeDeadlines(Storage storage, CardHeadline headline) {
        this.storage = storage;
        this.headline = headline;
    }

    /** Handles the intakes that are due; returns how many got a message. */
    public int sweep() {
        return storage.inTransaction(uow -> {
            Instant now = uow.now();
            failedAt.values().removeIf(at -> !now.isBefore(at.plus(RETRY_A_FAILED_INTAKE_AFTER)));
            List<SilentIntake> silent = uow.projects()
                    .lockSilentIntakes(
                            now.minus(IntakeTimeouts.REMIND_AFTER),
                            now.minus(IntakeTimeouts.ABANDON_AFTER),
                            BATCH,
                            failedAt.keySet());
            int acted = 0;
            for (SilentIntake intake : silent) {
                Attempt<Boolean> attempt = uow.attempt(() -> handle(uow, intake));
                if (attempt instanceof Attempt.Done<Boolean> done) {
                    if (done.value()) acted++;
                } else if (attempt instanceof Attempt.Failed<Boolean> failed) {
                    failedAt.put(intake.projectId(), now);
                    // Exception messages can quote user text (SQL parameters), so only ids and the type.
                    log.error(
                            "silent intake project={} team={} failed with {}; tried again in {} min",
                            intake.projectId(),
                            intake.teamId(),
                            failed.failure().getClass().getName(),
                            RETRY_A_FAILED_INTAKE_AFTER.toMinutes());
                }
            }
            return acted;
        });
    }

    /** Returns whether the intake got a message. */
    private boolean handle(UnitOfWork uow, SilentIntake intake) {
        ProjectRecord project = uow.projects()
                .find(intake.teamId(), intake.projectId())
                .orElseThrow(() -> new IllegalStateException("a locked project vanished"));
        if (IntakeFlow.isEditing(project.intake())) {
            // An edit left open for a day is closed as it was: a finished project is never "abandoned".
            closeEdit(uow, project);
            return true;
        }
        return switch (IntakeTimeouts.due(
                project.intake().status(), project.lastActivityAt(), intake.reminded(), uow.now())) {
            case REMIND -> remind(uow, project);
            case ABANDON -> {
                abandon(uow, project);
                yield true;
            }
            case NOTHING -> false;
        };
    }

    private void closeEdit(UnitOfWork uow, ProjectRecord project) {
        var step = IntakeFlow.stopEditing(project.intake());
        ProjectRecord closed = project.withIntake(step.state());
        uow.projects().saveIntakeOnly(closed);
        for (var reply : step.replies()) {
            if (reply instanceof IntakeReply.EditCancelled edit) {
                SlackMessage m = IntakeMessages.editCancelled(edit);
                uow.outbox()
                        .send(OutboxMessage.forProject(project, OutboxKind.UPDATE_QUESTION, m.text(), m.blocksJson()));
            }
        }
        SlackMessage card = CardMessages.card(closed, headline.rituals(uow, closed), headline.cardLines(uow, closed));
        uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.UPDATE_CARD, card.text(), card.blocksJson()));
        log.info("closed an edit left open project={} team={}", project.id(), project.teamId());
    }

    private static boolean remind(UnitOfWork uow, ProjectRecord project) {
        Optional<IntakeReply.Ask> ask = openQuestion(project);
        uow.projects().markReminded(project.teamId(), project.id());
        if (ask.isEmpty()) return false;
        SlackMessage m = IntakeMessages.reminder(project.owners(), ask.get());
        uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.POST_IN_THREAD, m.text(), m.blocksJson()));
        log.info("reminded silent intake project={} team={}", project.id(), project.teamId());
        return true;
    }

    private static void abandon(UnitOfWork uow, ProjectRecord project) {
        ProjectRecord abandoned =
                project.withIntake(IntakeFlow.abandon(project.intake()).state());
        uow.projects().saveIntakeOnly(abandoned);
        // The owners were reminded a day ago; the live message says what happened, the thread stays quiet.
        String line = IntakeMessages.abandonedLine(project.owners(), IntakeFlow.progress(abandoned.intake()));
        SlackMessage m = LiveQuestionMessages.stopped(
                abandoned.intake().mode(), abandoned.intake().answers(), line);
        uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.UPDATE_QUESTION, m.text(), m.blocksJson()));
        SlackMessage card = CardMessages.card(abandoned, List.of());
        uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.UPDATE_CARD, card.text(), card.blocksJson()));
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
