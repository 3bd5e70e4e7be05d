package dev.mlidea.bot.intake;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.inbox.InboxPayload;
import dev.mlidea.conversations.intake.IntakeFlow;
import dev.mlidea.conversations.intake.IntakeInput;
import dev.mlidea.conversations.intake.IntakeReply;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.conversations.intake.IntakeStep;
import dev.mlidea.conversations.intake.Progress;
import dev.mlidea.conversations.intake.Questionnaire;
import dev.mlidea.storage.Delivery;
import dev.mlidea.storage.OutboxKind;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.UnitOfWork;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs a project's intake inside the worker's transaction: load the project, let the domain decide,
 * save the new state and owe the resulting messages to the outbox. Returns a short outcome for the
 * inbox row (ids and kinds only, never user text).
 */
public final class IntakeConversation {
    static final String UNTITLED = "Untitled ML idea";
    private static final int TITLE_FROM_PROBLEM_MAX = 80;

    private final Supplier<UUID> ids;
    private final AfterIntake afterIntake;

    public IntakeConversation(Supplier<UUID> ids, AfterIntake afterIntake) {
        this.ids = ids;
        this.afterIntake = afterIntake;
    }

    public String startProject(UnitOfWork uow, String teamId, InboxPayload p) {
        // Typing /mlidea again in a channel that still waits for an invite must not queue a second card.
        String requested = p.text() == null ? "" : p.text().strip();
        Optional<ProjectRecord> waiting = uow.projects().lockAwaitingInvite(teamId, p.channelId()).stream()
                .filter(project -> project.proposerId().equals(p.userId()))
                .filter(project -> requested.isEmpty() || requested.equals(project.title()))
                .findFirst();
        if (waiting.isPresent()) {
            if (p.responseUrl() != null) {
                uow.projects().updateResponseUrl(teamId, waiting.get().id(), p.responseUrl());
                SlackMessage m = InviteMessages.stillWaiting(waiting.get().title());
                uow.outbox()
                        .send(OutboxMessage.respond(teamId, p.channelId(), p.responseUrl(), m.text(), m.blocksJson()));
            }
            return "still_awaiting_invite";
        }
        String title = p.text() == null ? "" : p.text().strip();
        IntakeStep start = IntakeFlow.start();
        var project = new ProjectRecord(
                ids.get(),
                teamId,
                p.channelId(),
                p.userId(),
                List.of(p.userId()),
                title.isEmpty() ? UNTITLED : title,
                !title.isEmpty(),
                start.state(),
                Delivery.PENDING,
                Optional.empty(),
                Optional.ofNullable(p.responseUrl()),
                uow.now(),
                uow.now());
        uow.projects().insert(project);
        SlackMessage card = CardMessages.card(project, List.of());
        uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.POST_CARD, card.text(), card.blocksJson()));
        say(uow, project, start.replies(), p.userId(), false);
        return "project_created";
    }

    public String threadReply(UnitOfWork uow, String teamId, InboxPayload p) {
        Optional<ProjectRecord> found = uow.projects().lockByThread(teamId, p.channelId(), p.threadTs());
        if (found.isEmpty()) return "ignored:not_a_project_thread";
        ProjectRecord project = found.get();
        if (!project.isOwner(p.userId())) return "ignored:discussion";
        return apply(uow, project, IntakeFlow.handle(project.intake(), new IntakeInput.Typed(p.text())), p.userId());
    }

    public String click(UnitOfWork uow, String teamId, InboxPayload p) {
        Optional<ProjectRecord> found = uow.projects().lockByThread(teamId, p.channelId(), p.threadTs());
        if (found.isEmpty()) return "ignored:not_a_project_thread";
        ProjectRecord project = found.get();
        if (!project.isOwner(p.userId())) {
            return tell(uow, project, p.userId(), IntakeMessages.notAnOwner(project.owners()), "ignored:not_an_owner");
        }
        var input = new IntakeInput.Clicked(p.questionKey(), p.value());
        return apply(uow, project, IntakeFlow.handle(project.intake(), input), p.userId());
    }

    public String toggle(UnitOfWork uow, String teamId, InboxPayload p) {
        Optional<ProjectRecord> found = uow.projects().lockByThread(teamId, p.channelId(), p.threadTs());
        if (found.isEmpty()) return "ignored:not_a_project_thread";
        ProjectRecord project = found.get();
        if (!project.isOwner(p.userId())) return "ignored:not_an_owner";
        var input = new IntakeInput.Toggled(
                p.questionKey(), new HashSet<>(p.selected() == null ? List.of() : p.selected()));
        return apply(uow, project, IntakeFlow.handle(project.intake(), input), p.userId());
    }

    /** Edit an answer after the intake: re-opens that one question; answering it re-assesses. */
    public String reopen(UnitOfWork uow, String teamId, InboxPayload p) {
        Optional<ProjectRecord> found = uow.projects().lockByThread(teamId, p.channelId(), p.threadTs());
        if (found.isEmpty()) return "ignored:not_a_project_thread";
        ProjectRecord project = found.get();
        if (!project.isOwner(p.userId())) {
            return tell(uow, project, p.userId(), IntakeMessages.notAnOwner(project.owners()), "ignored:not_an_owner");
        }
        Optional<Integer> latest =
                uow.assessments().latest(teamId, project.id()).map(a -> a.version());
        if (p.version() != null && latest.isPresent() && !p.version().equals(latest.get())) {
            return tell(uow, project, p.userId(), IntakeMessages.cannotEdit(false), "ignored:stale_assessment");
        }
        boolean applies = p.value() != null
                && Questionnaire.byKey(p.value())
                        .map(q -> Questionnaire.applies(q, project.intake().answers()))
                        .orElse(false);
        if (project.intake().status() != IntakeStatus.COMPLETED || !applies) {
            return tell(
                    uow,
                    project,
                    p.userId(),
                    IntakeMessages.cannotEdit(project.intake().status() == IntakeStatus.IN_PROGRESS),
                    "ignored:not_editable");
        }
        return apply(uow, project, IntakeFlow.reopen(project.intake(), p.value()), p.userId());
    }

    /** The bot was invited: every message waiting for that goes out now, in order. */
    public String botJoined(UnitOfWork uow, String teamId, InboxPayload p) {
        List<ProjectRecord> waiting = uow.projects().lockAwaitingInvite(teamId, p.channelId());
        for (ProjectRecord project : waiting) {
            uow.projects()
                    .setDelivery(
                            teamId, project.id(), project.cardTs().isPresent() ? Delivery.POSTED : Delivery.PENDING);
            uow.outbox().release(teamId, project.id());
        }
        return "released:" + waiting.size();
    }

    private String apply(UnitOfWork uow, ProjectRecord before, IntakeStep step, String actor) {
        ProjectRecord after = before.withIntake(step.state());
        if (!after.titled()) {
            Optional<String> problem = after.intake().answers().text(Questionnaire.PROBLEM);
            if (problem.isPresent()) after = after.withTitle(titleFrom(problem.get()));
        }
        boolean changed =
                !after.intake().equals(before.intake()) || !after.title().equals(before.title());
        if (changed) uow.projects().save(after, actor);
        say(uow, after, step.replies(), actor, IntakeFlow.isEditing(before.intake()));
        if (cardChanged(before, after)) {
            SlackMessage card = CardMessages.card(after, afterIntake.cardLines(uow, after));
            uow.outbox().send(OutboxMessage.forProject(after, OutboxKind.UPDATE_CARD, card.text(), card.blocksJson()));
        }
        return step.replies().isEmpty() ? "no_reply" : "replied";
    }

    /** {@code afterEdit}: one answer of a finished intake was changed; the new assessment says enough. */
    private void say(
            UnitOfWork uow, ProjectRecord project, List<IntakeReply> replies, String actor, boolean afterEdit) {
        for (IntakeReply reply : replies) {
            if (reply instanceof IntakeReply.Ask ask) {
                post(uow, project, IntakeMessages.ask(ask));
            } else if (reply instanceof IntakeReply.Help help) {
                post(uow, project, IntakeMessages.help(help));
            } else if (reply instanceof IntakeReply.Cancelled cancelled) {
                post(uow, project, IntakeMessages.cancelled(cancelled));
            } else if (reply instanceof IntakeReply.StaleClick stale) {
                SlackMessage m = IntakeMessages.staleClick(
                        stale.questionKey(), project.intake().status() == IntakeStatus.IN_PROGRESS);
                uow.outbox().send(OutboxMessage.ephemeral(project, actor, m.text(), m.blocksJson()));
            } else if (reply instanceof IntakeReply.EditCancelled edit) {
                post(uow, project, IntakeMessages.editCancelled(edit));
            } else if (reply instanceof IntakeReply.Completed completed) {
                if (!afterEdit) post(uow, project, IntakeMessages.summary(completed.answers()));
                afterIntake.intakeCompleted(uow, project, actor);
            }
        }
    }

    /** Says something to one person only, and returns the outcome for the inbox row. */
    private static String tell(UnitOfWork uow, ProjectRecord project, String userId, SlackMessage m, String outcome) {
        uow.outbox().send(OutboxMessage.ephemeral(project, userId, m.text(), m.blocksJson()));
        return outcome;
    }

    private static void post(UnitOfWork uow, ProjectRecord project, SlackMessage message) {
        uow.outbox()
                .send(OutboxMessage.forProject(
                        project, OutboxKind.POST_IN_THREAD, message.text(), message.blocksJson()));
    }

    private static boolean cardChanged(ProjectRecord before, ProjectRecord after) {
        Progress p1 = IntakeFlow.progress(before.intake());
        Progress p2 = IntakeFlow.progress(after.intake());
        return !p1.equals(p2)
                || before.intake().status() != after.intake().status()
                || !before.title().equals(after.title());
    }

    static String titleFrom(String problem) {
        String firstLine = problem.strip().lines().findFirst().orElse("").strip();
        if (firstLine.length() <= TITLE_FROM_PROBLEM_MAX) return firstLine.isEmpty() ? UNTITLED : firstLine;
        int cut = firstLine.lastIndexOf(' ', TITLE_FROM_PROBLEM_MAX - 1);
        return firstLine.substring(0, cut > 20 ? cut : TITLE_FROM_PROBLEM_MAX - 1) + "…";
    }
}
