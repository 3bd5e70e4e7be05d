package dev.mlidea.bot.criteria;

import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.RitualRecord;
import dev.mlidea.storage.UnitOfWork;

/**
 * The rituals row a re-check changes, kept by the rituals (which schedule what comes next from it).
 * The criteria package owns this so that the rituals' sweep can run the re-check rules without a
 * package cycle.
 */
public interface CriteriaRituals {

    /** Starts the rituals of {@code project}, whose intake is complete, when they have not started. */
    void start(UnitOfWork uow, ProjectRecord project);

    /** Saves {@code r} (locked by the caller) with when its next ritual work is due. */
    void save(UnitOfWork uow, RitualRecord r);
}
