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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sweeps silent intakes: one reminder after a day, abandoned after a week. The decision is the
 * domain's ({@link IntakeTimeouts}); rows are locked with SKIP LOCKED and the reminder is recorded in
 * the same transaction as the message it owes, so with any number of replicas each is sent once.
 *
 * <p>Each intake is handled in its own transaction, so one that fails (a corrupt row, a bug) rolls back
 * only itself. Its row lock is then taken again by a transaction that stays open until the sweep ends
 * ({@code setAside}): SKIP LOCKED passes it by, the others get their reminders, and it is tried again
 * next sweep.
 */
public final class IntakeDeadlines {
    private static final Logger log = LoggerFactory.getLogger(IntakeDeadlines.class);
    private static final int BATCH = 50;

    private final Storage storage;
    private final CardHeadline headline;
    /** One daemon thread, shared by concurrent sweeps: intakes are handled one at a time anyway. */
    private final ExecutorService items = Executors.newSingleThreadExecutor(work -> {
        var thread = new Thread(work, "mlidea-deadlines-item");
        thread.setDaemon(true);
        return thread;
    });

    public IntakeDeadlines(Storage storage, CardHeadline headline) {
        this.storage = storage;
        this.headline = headline;
    }

    /** What handling the oldest due intake came to. */
    private enum Swept {
        NONE_DUE,
        /** A message is owed: a reminder, the abandon notice, or an edit closed. */
        ACTED,
        /** Reminded, but no question was open to repeat: recorded, nothing said. */
        QUIET,
        /** Still due after its transaction (it should not be): set aside so the sweep moves on. */
        STILL_DUE
    }

    /** Handles the intakes that are due; returns how many got a message. */
    public int sweep() {
        return storage.inTransaction(setAside -> {
            int acted = 0;
            for (int i = 0; i < BATCH; i++) {
                var locked = new AtomicReference<ProjectRecord>();
                Swept swept;
                try {
                    swept = onItsOwnThread(() -> storage.inTransaction(uow -> handleOldest(uow, locked)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (Exception | StackOverflowError e) {
                    // Exception messages can quote user text (SQL parameters), so only ids and the type.
                    ProjectRecord project = locked.get();
                    log.error(
                            "silent intake project={} team={} failed with {}; set aside until the next sweep",
                            project == null ? "(failed to load)" : project.id(),
                            project == null ? "-" : project.teamId(),
                            e.getClass().getName());
                    if (!setAsideOldest(setAside)) break;
                    continue;
                }
                if (swept == Swept.NONE_DUE) break;
                if (swept == Swept.ACTED) acted++;
                if (swept == Swept.STILL_DUE && !setAsideOldest(setAside)) break;
            }
            return acted;
        });
    }

    /**
     * Runs one intake's transaction on the item thread. Jdbi hands a thread the handle it already has
     * open, so a transaction started on this thread would join {@code setAside}'s instead of being its own.
     */
    private Swept onItsOwnThread(Callable<Swept> work) throws Exception {
        try {
            return items.submit(work).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) throw exception;
            if (cause instanceof Error error) throw error;
            throw e;
        }
    }

    /**
     * Locks the oldest due intake in {@code setAside}, whose transaction lasts the sweep. Right after a
     * failure that is the one that failed (unless another replica took it first: then an innocent one
     * waits a sweep). False when nothing was locked, so the sweep should stop.
     */
    private static boolean setAsideOldest(UnitOfWork setAside) {
        try {
            return !lockOldest(setAside).isEmpty();
        } catch (Exception | StackOverflowError e) {
            // It failed again while loading, after its row was selected FOR UPDATE: the lock is held.
            return true;
        }
    }

    private static List<SilentIntake> lockOldest(UnitOfWork uow) {
        Instant now = uow.now();
        return uow.lockSilentIntakes(
                now.minus(IntakeTimeouts.REMIND_AFTER), now.minus(IntakeTimeouts.ABANDON_AFTER), 1);
    }

    private Swept handleOldest(UnitOfWork uow, AtomicReference<ProjectRecord> locked) {
        List<SilentIntake> oldest = lockOldest(uow);
        if (oldest.isEmpty()) return Swept.NONE_DUE;
        SilentIntake intake = oldest.get(0);
        ProjectRecord project = intake.project();
        locked.set(project);
        if (IntakeFlow.isEditing(project.intake())) {
            // An edit left open for a day is closed as it was: a finished project is never "abandoned".
            closeEdit(uow, project);
            return Swept.ACTED;
        }
        return switch (IntakeTimeouts.due(
                project.intake().status(), project.lastActivityAt(), intake.reminded(), uow.now())) {
            case REMIND -> remind(uow, project) ? Swept.ACTED : Swept.QUIET;
            case ABANDON -> {
                abandon(uow, project);
                yield Swept.ACTED;
            }
            case NOTHING -> Swept.STILL_DUE;
        };
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
