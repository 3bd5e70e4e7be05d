package dev.mlidea.bot.inbox;

import dev.mlidea.bot.assessment.AssessmentConversation;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.intake.IntakeConversation;
import dev.mlidea.bot.intake.IntakeMessages;
import dev.mlidea.bot.requests.InboxKind;
import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.storage.InboxRow;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.Storage;
import dev.mlidea.storage.UnitOfWork;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles stored requests: each in one transaction that claims the row, loads the project, lets the
 * domain decide, and saves the new state with the messages it owes. A failure rolls all of it back
 * and counts an attempt; after three the row is set aside so its conversation can go on.
 */
public final class InboxWorker {
    private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);

    private final Storage storage;
    private final IntakeConversation intake;
    private final AssessmentConversation assessment;

    public InboxWorker(Storage storage, IntakeConversation intake, AssessmentConversation assessment) {
        this.storage = storage;
        this.intake = intake;
        this.assessment = assessment;
    }

    /** Handles every claimable row; returns how many were handled. */
    public int drain() {
        int handled = 0;
        while (handleOne()) handled++;
        return handled;
    }

    boolean handleOne() {
        var claimed = new AtomicReference<InboxRow>();
        try {
            return storage.inTransaction(uow -> {
                var row = uow.claimNextInbox();
                if (row.isEmpty()) return false;
                claimed.set(row.get());
                String outcome = handle(uow, row.get());
                uow.finishInbox(row.get(), outcome);
                log.info(
                        "inbox {} {} team={} -> {}",
                        row.get().id(),
                        row.get().kind(),
                        row.get().teamId(),
                        outcome);
                return true;
            });
        } catch (RuntimeException e) {
            InboxRow row = claimed.get();
            if (row == null) throw e; // the database itself is failing: let the caller back off
            // Exception messages can quote user text (SQL parameters), so only the type is logged.
            boolean setAside = storage.inTransaction(uow -> uow.recordInboxFailure(row));
            log.error(
                    "inbox {} {} team={} failed with {}{}",
                    row.id(),
                    row.kind(),
                    row.teamId(),
                    e.getClass().getName(),
                    setAside ? "; set aside after repeated failures" : "; will retry");
            if (setAside) storage.useTransaction(uow -> apologise(uow, row));
            return true;
        }
    }

    /** A request we could not handle must not end in silence: its sender is told, privately, to resend. */
    private static void apologise(UnitOfWork uow, InboxRow row) {
        InboxPayload p = Inbox.payload(row.payload());
        SlackMessage m = IntakeMessages.couldNotProcess();
        if (p.responseUrl() != null) {
            uow.send(OutboxMessage.respond(row.teamId(), p.channelId(), p.responseUrl(), m.text(), m.blocksJson()));
        } else if (p.threadTs() != null && p.userId() != null) {
            uow.findProjectByThread(row.teamId(), p.channelId(), p.threadTs())
                    .ifPresent(project ->
                            uow.send(OutboxMessage.ephemeral(project, p.userId(), m.text(), m.blocksJson())));
        }
    }

    private String handle(UnitOfWork uow, InboxRow row) {
        InboxPayload payload = Inbox.payload(row.payload());
        return switch (InboxKind.valueOf(row.kind())) {
            case NEW_PROJECT -> intake.startProject(uow, row.teamId(), payload);
            case THREAD_REPLY -> intake.threadReply(uow, row.teamId(), payload);
            case CLICK -> intake.click(uow, row.teamId(), payload);
            case TOGGLE -> intake.toggle(uow, row.teamId(), payload);
            case BOT_JOINED -> intake.botJoined(uow, row.teamId(), payload);
            case ASSESSMENT_ACTION -> assessment.action(uow, row.teamId(), payload);
            case EDIT_ANSWER -> intake.reopen(uow, row.teamId(), payload);
        };
    }
}
