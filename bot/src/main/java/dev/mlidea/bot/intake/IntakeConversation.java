package dev.mlidea.bot.intake;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.card.CardMessages;
import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.conversations.intake.AnswerEdit;
import dev.mlidea.conversations.intake.AnswerEditDecision;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.IntakeFlow;
import dev.mlidea.conversations.intake.IntakeInput;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.IntakeReply;
import dev.mlidea.conversations.intake.IntakeState;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.conversations.intake.IntakeStep;
import dev.mlidea.conversations.intake.IntakeTurn;
import dev.mlidea.conversations.intake.Progress;
import dev.mlidea.conversations.intake.ProjectTitle;
import dev.mlidea.conversations.intake.Question;
import dev.mlidea.conversations.intake.Questionnaire;
import dev.mlidea.storage.Delivery;
import dev.mlidea.storage.OutboxKind;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.UnitOfWork;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a project's intake inside the worker's transaction: load the project, let the domain decide,
 * save the new state and owe the resulting messages to the outbox. Returns a short outcome for the
 * inbox row (ids and kinds only, never user text).
 */
public final class IntakeConversation {
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
        Optional<String> title = ProjectTitle.given(p.text());
        IntakeStep start = IntakeFlow.start(IntakeMode.QUICK);
        var project = new ProjectRecord(
                ids.get(),
                teamId,
                p.channelId(),
                p.userId(),
                List.of(p.userId()),
                title.orElse(ProjectTitle.UNTITLED),
                title.isPresent(),
                start.state(),
                Delivery.PENDING,
                Optional.empty(),
                Optional.ofNullable(p.responseUrl()),
                uow.now(),
                uow.now(),
                Optional.empty());
        uow.projects().insert(project);
        SlackMessage card = CardMessages.card(project, List.of());
        uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.POST_CARD, card.text(), card.blocksJson()));
        say(uow, null, project, start.replies(), p.userId());
        return "project_created";
    }

    public String threadReply(UnitOfWork uow, String teamId, InboxPayload p) {
        return take(uow, teamId, p, new IntakeInput.Typed(p.text()));
    }

    public String click(UnitOfWork uow, String teamId, InboxPayload p) {
        return take(uow, teamId, p, new IntakeInput.Clicked(p.questionKey(), p.value()));
    }

    /** Answers from the quick-intake form or a people picker: several at once, each checked again here. */
    public String form(UnitOfWork uow, String teamId, InboxPayload p) {
        return take(uow, teamId, p, new IntakeInput.Form(p.form() == null ? Map.of() : p.form()));
    }

    public String toggle(UnitOfWork uow, String teamId, InboxPayload p) {
        var selected = new HashSet<>(p.selected() == null ? List.<String>of() : p.selected());
        return take(uow, teamId, p, new IntakeInput.Toggled(p.questionKey(), selected));
    }

    private String take(UnitOfWork uow, String teamId, InboxPayload p, IntakeInput input) {
        Optional<ProjectRecord> found = uow.projects().lockByThread(teamId, p.channelId(), p.threadTs());
        if (found.isEmpty()) return "ignored:not_a_project_thread";
        ProjectRecord project = found.get();
        IntakeTurn turn = IntakeTurn.of(project.owners(), p.userId(), project.intake(), input);
        if (turn instanceof IntakeTurn.Taken taken) return apply(uow, project, taken.step(), p.userId());
        if (turn instanceof IntakeTurn.Discussion) return "ignored:discussion";
        // A tick is not told off: the Done button that follows is a click, and that one is.
        if (input instanceof IntakeInput.Toggled) return "ignored:not_an_owner";
        if (input instanceof IntakeInput.Form) {
            return tell(
                    uow, project, p.userId(), IntakeMessages.notAnOwnerForm(project.owners()), "ignored:not_an_owner");
        }
        return tell(uow, project, p.userId(), IntakeMessages.notAnOwner(project.owners()), "ignored:not_an_owner");
    }

    /**
     * {@code /mlidea more}: the rest of the full intake, asked in the project's thread. {@code reply}
     * answers the one who typed the command (privately, where they typed it).
     */
    public String more(UnitOfWork uow, ProjectRecord project, String actor, Consumer<SlackMessage> reply) {
        if (!project.isOwner(actor)) {
            reply.accept(IntakeMessages.notAnOwnerMore(project.owners()));
            return "ignored:not_an_owner";
        }
        IntakeStep step = IntakeFlow.more(project.intake());
        if (step.replies().stream().anyMatch(r -> r instanceof IntakeReply.NothingMore)) {
            reply.accept(IntakeMessages.nothingMore());
            return "unchanged";
        }
        apply(uow, project, step, actor);
        Progress p = IntakeFlow.progress(step.state());
        reply.accept(IntakeMessages.moreAsked(project.title(), p.total() - p.answered()));
        return "more";
    }

    /** Edit an answer after the intake: re-opens that one question; answering it re-assesses. */
    public String reopen(UnitOfWork uow, String teamId, InboxPayload p) {
        Optional<ProjectRecord> found = uow.projects().lockByThread(teamId, p.channelId(), p.threadTs());
        if (found.isEmpty()) return "ignored:not_a_project_thread";
        ProjectRecord project = found.get();
        Optional<Integer> newest =
                uow.assessments().latest(teamId, project.id()).map(a -> a.version());
        var edit = new AnswerEdit(p.userId(), p.value(), Optional.ofNullable(p.version()));
        AnswerEditDecision decision = edit.decide(project.owners(), project.intake(), newest);
        if (decision instanceof AnswerEditDecision.Reopen reopen) {
            return apply(uow, project, reopen.step(), p.userId());
        }
        AnswerEditDecision.Refusal reason = ((AnswerEditDecision.Refuse) decision).reason();
        return tell(uow, project, p.userId(), IntakeMessages.editRefused(reason, project.owners()), outcome(reason));
    }

    private static String outcome(AnswerEditDecision.Refusal reason) {
        return switch (reason) {
            case NOT_AN_OWNER -> "ignored:not_an_owner";
            case OLDER_ASSESSMENT -> "ignored:stale_assessment";
            case QUESTION_OPEN, NOT_EDITABLE -> "ignored:not_editable";
        };
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
        Optional<String> title =
                ProjectTitle.taken(after.titled(), after.intake().answers());
        if (title.isPresent()) after = after.withTitle(title.get());
        boolean changed =
                !after.intake().equals(before.intake()) || !after.title().equals(before.title());
        if (changed) {
            uow.projects().save(after, actor);
            afterIntake.intakeChanged(uow, after);
        }
        say(uow, before, after, step.replies(), actor);
        if (cardChanged(before, after)) {
            SlackMessage card = afterIntake.card(uow, after);
            uow.outbox().send(OutboxMessage.forProject(after, OutboxKind.UPDATE_CARD, card.text(), card.blocksJson()));
        }
        return step.replies().isEmpty() ? "no_reply" : "replied";
    }

    /**
     * Owes the thread what the step says. The intake has one live message: while the intake was in
     * progress before this step it is edited in place; otherwise (a new project, a resume, an edit or
     * {@code more} after the end) a new one is posted and takes its place. Rejections, help and
     * confirmations go to the one who typed, so a clean intake posts nothing else. {@code before} is
     * null for a new project.
     */
    private void say(
            UnitOfWork uow, ProjectRecord before, ProjectRecord project, List<IntakeReply> replies, String actor) {
        boolean liveShown = before != null && before.intake().status() == IntakeStatus.IN_PROGRESS;
        boolean afterEdit = before != null && IntakeFlow.isEditing(before.intake());
        boolean asked = false;
        for (IntakeReply reply : replies) {
            if (reply instanceof IntakeReply.Ask ask) {
                if (ask.rejection().isPresent()) tell(uow, project, actor, IntakeMessages.notQuiteAnAnswer(ask), "");
                if (ask.rejection().isEmpty() || !liveShown) {
                    live(uow, project, LiveQuestionMessages.asking(mode(project), answers(project), ask), liveShown);
                    asked = true;
                }
            } else if (reply instanceof IntakeReply.Help help) {
                tell(uow, project, actor, IntakeMessages.help(help), "");
            } else if (reply instanceof IntakeReply.Cancelled cancelled) {
                String line = IntakeMessages.cancelledLine(cancelled.progress());
                live(uow, project, LiveQuestionMessages.stopped(mode(project), answers(project), line), liveShown);
                tell(uow, project, actor, IntakeMessages.cancelled(cancelled), "");
            } else if (reply instanceof IntakeReply.StaleClick stale) {
                SlackMessage m = IntakeMessages.staleClick(
                        stale.questionKey(), project.intake().status() == IntakeStatus.IN_PROGRESS);
                tell(uow, project, actor, m, "");
            } else if (reply instanceof IntakeReply.EditCancelled edit) {
                live(uow, project, IntakeMessages.editCancelled(edit), liveShown);
            } else if (reply instanceof IntakeReply.FormRefused refused) {
                tell(uow, project, actor, IntakeMessages.formRefused(refused.errors()), "");
            } else if (reply instanceof IntakeReply.NothingMore) {
                tell(uow, project, actor, IntakeMessages.nothingMore(), "");
            } else if (reply instanceof IntakeReply.Completed completed) {
                Optional<Question> edited = before == null
                        ? Optional.empty()
                        : before.intake().currentKey().flatMap(Questionnaire::byKey);
                if (afterEdit && edited.isPresent()) {
                    live(uow, project, LiveQuestionMessages.changed(edited.get(), completed.answers()), liveShown);
                } else {
                    // Also when a form completed a stopped intake or changed a finished one: the live
                    // message (the summary, or "cancelled") then shows the answers as they are now.
                    live(uow, project, LiveQuestionMessages.summary(mode(project), completed.answers()), true);
                }
                afterIntake.intakeCompleted(uow, project, actor);
            }
        }
        // Talk that resumed a stopped intake asks nothing by itself: the open question still needs showing.
        if (!asked && !liveShown && project.intake().status() == IntakeStatus.IN_PROGRESS) {
            openAsk(project)
                    .ifPresent(ask -> live(
                            uow, project, LiveQuestionMessages.asking(mode(project), answers(project), ask), false));
        }
    }

    /** The open question of an intake in progress, as it is asked: what the live message shows. */
    static Optional<IntakeReply.Ask> openAsk(ProjectRecord project) {
        IntakeState state = project.intake();
        return state.currentKey()
                .flatMap(Questionnaire::byKey)
                .map(q -> new IntakeReply.Ask(
                        q,
                        IntakeFlow.progress(state),
                        Optional.empty(),
                        state.answers().get(q.key()),
                        state.draft()));
    }

    private static IntakeMode mode(ProjectRecord project) {
        return project.intake().mode();
    }

    private static Answers answers(ProjectRecord project) {
        return project.intake().answers();
    }

    /** Edits the live question message, or posts a new one that later steps edit. */
    private static void live(UnitOfWork uow, ProjectRecord project, SlackMessage message, boolean edit) {
        OutboxKind kind = edit ? OutboxKind.UPDATE_QUESTION : OutboxKind.POST_QUESTION;
        uow.outbox().send(OutboxMessage.forProject(project, kind, message.text(), message.blocksJson()));
    }

    /** Says something to one person only, and returns the outcome for the inbox row. */
    private static String tell(UnitOfWork uow, ProjectRecord project, String userId, SlackMessage m, String outcome) {
        uow.outbox().send(OutboxMessage.ephemeral(project, userId, m.text(), m.blocksJson()));
        return outcome;
    }

    private static boolean cardChanged(ProjectRecord before, ProjectRecord after) {
        Progress p1 = IntakeFlow.progress(before.intake());
        Progress p2 = IntakeFlow.progress(after.intake());
        return !p1.equals(p2)
                || before.intake().status() != after.intake().status()
                || !before.title().equals(after.title());
    }
}
