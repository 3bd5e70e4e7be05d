package dev.mlidea.bot.stage;

import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.RitualRecord;
import dev.mlidea.storage.UnitOfWork;

/**
 * The rituals row a stage move changes, kept by the rituals (which also schedule the next nudge). The
 * stage package owns this so that the nudge's Pause can move the stage here without a package cycle.
 */
public interface StageRituals {

    /**
     * Starts the rituals of {@code project}, whose intake is complete, when they have not started (it
     * completed before rituals existed), with when its next ritual work is due.
     */
    void start(UnitOfWork uow, ProjectRecord project);

    /** Saves {@code r} (locked by the caller) after a move, which is progress: the next nudge moves out. */
    void moved(UnitOfWork uow, RitualRecord r);
}
