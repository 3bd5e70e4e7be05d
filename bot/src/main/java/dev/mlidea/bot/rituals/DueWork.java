package dev.mlidea.bot.rituals;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.card.CardHeadline;
import dev.mlidea.bot.criteria.RecheckWork;
import dev.mlidea.storage.DueRitual;
import dev.mlidea.storage.OutboxKind;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.RitualRecord;
import dev.mlidea.storage.UnitOfWork;
import java.time.Instant;
import java.util.Optional;

/**
 * One due project, in one transaction: lock its rituals if they are still due and nobody else holds
 * them, run the nudge rules and then the criteria re-check rules at the same instant, and write what
 * they send, the new marks and the next due time together. Run twice, or on two replicas, the second
 * finds the row no longer due (or held) and does nothing: every message is sent once.
 */
final class DueWork {
    private final RitualStart rituals;
    private final CardHeadline headline;
    private final NudgeWork nudges;
    private final RecheckWork rechecks;

    DueWork(RitualStart rituals, CardHeadline headline) {
        this.rituals = rituals;
        this.headline = headline;
        this.nudges = new NudgeWork(rituals.defaultZone());
        this.rechecks = new RecheckWork(rituals.defaultZone());
    }

    /** Returns how many messages the project was owed (nudges and re-check reminders). */
    int handle(UnitOfWork uow, DueRitual due) {
        Instant now = uow.now();
        Optional<RitualRecord> locked = uow.rituals().lockIfDue(due.teamId(), due.projectId(), now);
        if (locked.isEmpty()) return 0;
        ProjectRecord project = uow.projects()
                .find(due.teamId(), due.projectId())
                .orElseThrow(() -> new IllegalStateException("rituals of a project that is gone"));
        // The zone as the sweep just refreshed it; the stored one when Slack would not say.
        RitualRecord r = locked.get()
                .withOwnerZone(RitualStart.knownZone(uow, project)
                        .or(() -> locked.get().ownerZone()));
        NudgeWork.Outcome nudged = nudges.apply(uow, project, r, rituals.policy(uow, due.teamId()), now);
        RecheckWork.Outcome checked = rechecks.apply(uow, project, nudged.after(), now);
        rituals.save(uow, checked.after());
        if (nudged.cardChanged() || checked.cardChanged()) {
            SlackMessage card = headline.card(uow, project);
            uow.outbox()
                    .send(OutboxMessage.forProject(project, OutboxKind.UPDATE_CARD, card.text(), card.blocksJson()));
        }
        return (nudged.nudged() ? 1 : 0) + (checked.sent() ? 1 : 0);
    }
}
