package dev.mlidea.storage;

import java.time.Instant;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * One transaction: hands out the repositories, all bound to it, so a state change and the messages it
 * causes commit together. {@link #now()} is the bot's clock, read once when the transaction began.
 */
public final class UnitOfWork {
    private final Handle handle;
    private final Instant now;
    private final Projects projects;
    private final Assessments assessments;
    private final InboxQueue inbox;
    private final OutboxQueue outbox;
    private final Rituals rituals;
    private final Summaries summaries;
    private final Portfolio portfolio;
    private final Settings settings;

    UnitOfWork(Handle handle, Instant now) {
        this.handle = handle;
        this.now = now;
        this.projects = new Projects(handle.attach(ProjectDao.class), handle.attach(AnswerDao.class), now);
        this.assessments = new Assessments(handle.attach(AssessmentDao.class), now);
        this.inbox = new InboxQueue(handle.attach(InboxDao.class), now);
        this.outbox = new OutboxQueue(handle.attach(OutboxDao.class), now);
        this.rituals = new Rituals(handle.attach(RitualDao.class));
        this.summaries = new Summaries(handle.attach(SummaryDao.class), now);
        this.portfolio = new Portfolio(handle.attach(PortfolioDao.class), projects, now);
        this.settings = new Settings(handle.attach(SettingsDao.class));
    }

    public Instant now() {
        return now;
    }

    public Projects projects() {
        return projects;
    }

    public Assessments assessments() {
        return assessments;
    }

    public Rituals rituals() {
        return rituals;
    }

    public Portfolio portfolio() {
        return portfolio;
    }

    public Summaries summaries() {
        return summaries;
    }

    public Settings settings() {
        return settings;
    }

    public InboxQueue inbox() {
        return inbox;
    }

    public OutboxQueue outbox() {
        return outbox;
    }

    /**
     * Runs {@code work} in a savepoint: if it throws anything, even an {@link Error} such as a stack
     * overflow, what it wrote is rolled back, the transaction stays usable and the failure is returned
     * so the caller can record it in the same transaction.
     */
    public <T> Attempt<T> attempt(Supplier<T> work) {
        String savepoint = "attempt";
        handle.savepoint(savepoint);
        try {
            T value = work.get();
            handle.releaseSavepoint(savepoint);
            return new Attempt.Done<>(value);
        } catch (Throwable failure) { // NOPMD: every failure of one request is that request's, not the worker's
            try {
                handle.rollbackToSavepoint(savepoint);
            } catch (RuntimeException rollback) {
                // The connection itself is gone: the whole transaction fails, with the first cause kept.
                rollback.addSuppressed(failure);
                throw rollback;
            }
            return new Attempt.Failed<>(failure);
        }
    }
}
