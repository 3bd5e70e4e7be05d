package dev.mlidea.bot.form;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import dev.mlidea.bot.card.CardMessages;
import dev.mlidea.bot.inbox.Inbox;
import dev.mlidea.bot.requests.InboxKind;
import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.bot.slack.SlackListeners;
import dev.mlidea.bot.slack.SlackText;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.IntakeForm;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.Storage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quick intake as a modal. Slack's {@code trigger_id} lives 3 seconds, so the form is opened in
 * the request itself: a read of the project (bounded by {@link BoundedRead}; without it the form opens
 * empty, which loses nothing since empty fields keep answers) and one {@code views.open}. Opening
 * changes no state. A submission is checked field by field in the request (refusals come back as
 * {@code response_action: errors}, the person's text still in the form), then stored in the inbox
 * like every other change, so the worker applies it in order with the thread's replies.
 */
public final class QuickForm implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(QuickForm.class);
    private final BoundedRead reads;
    private final Inbox inbox;

    public QuickForm(Storage storage, Inbox inbox) {
        this.reads = new BoundedRead(storage, "form");
        this.inbox = inbox;
    }

    public void register(App app) {
        app.blockAction(CardMessages.OPEN_FORM_ACTION, this::open);
        app.viewSubmission(QuickFormView.CALLBACK_ID, this::submitted);
    }

    private Response open(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        String channel = SlackListeners.channelOf(p);
        // The button is on the card, the thread's root: its ts is the thread.
        String threadTs = p.getContainer() != null ? p.getContainer().getMessageTs() : null;
        if (channel == null || threadTs == null) return ctx.ack();
        String team = p.getTeam().getId();
        String user = p.getUser().getId();
        var target = new QuickFormView.Target(channel, threadTs);
        View view;
        Optional<ProjectRecord> project = read(team, channel, threadTs);
        if (project.isEmpty()) {
            view = QuickFormView.form(
                    target,
                    "Your idea",
                    Answers.none(),
                    ":warning: I couldn't load the answers so far just now. Empty fields keep them, so nothing is"
                            + " lost by saving.");
        } else if (project.get().intake().mode() != IntakeMode.QUICK) {
            view = QuickFormView.notice("This project runs the full intake, question by question in its thread:"
                    + " answer there, or change an answer from the assessment's *Edit an answer* menu.");
        } else if (!project.get().isOwner(user)) {
            view = QuickFormView.notice("Only this project's owners answer its intake. An owner can add you with"
                    + " `/mlidea owners`; until then, join the discussion in the thread.");
        } else {
            view = QuickFormView.form(
                    channel,
                    threadTs,
                    project.get().title(),
                    project.get().intake().answers(),
                    "");
        }
        boolean opened;
        try {
            var answer =
                    ctx.client().viewsOpen(r -> r.triggerId(p.getTriggerId()).view(view));
            opened = answer.isOk();
            if (!opened) log.warn("views.open team={} refused: {}", team, answer.getError());
        } catch (Exception e) {
            opened = false;
            log.warn("views.open team={} failed: {}", team, e.getClass().getSimpleName());
        }
        if (!opened) tellCouldNotOpen(ctx, team);
        return ctx.ack();
    }

    /** Slack refused the modal (busy, or the trigger expired): say so, rather than leave a dead button. */
    private static void tellCouldNotOpen(ActionContext ctx, String team) {
        try {
            ctx.respond(r -> r.responseType("ephemeral")
                    .replaceOriginal(false)
                    .text("I couldn't open the form just now (Slack was busy). Nothing changed: press the button"
                            + " again in a moment, or answer in the thread."));
        } catch (Exception e) {
            log.warn(
                    "could not tell team={} that the form did not open: {}",
                    team,
                    e.getClass().getSimpleName());
        }
    }

    private Optional<ProjectRecord> read(String team, String channel, String threadTs) {
        return reads.read(team, uow -> uow.projects().findByThread(team, channel, threadTs));
    }

    private Response submitted(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        Optional<QuickFormView.Target> target =
                QuickFormView.Target.parse(p.getView().getPrivateMetadata());
        if (target.isEmpty()) return ctx.ack();
        var submitted = new LinkedHashMap<String, List<String>>();
        QuickFormView.values(p.getView().getState())
                .forEach((key, given) -> submitted.put(
                        key, given.stream().map(SlackText::storable).toList()));
        if (submitted.isEmpty()) {
            return errors(ctx, Map.of(QuickFormView.firstField(), "Answer at least one question, or press Cancel."));
        }
        Map<String, List<String>> values = target.get().changed(submitted);
        if (values.isEmpty()) return ctx.ack(); // saved as it was: nothing to change, nothing to re-assess
        Map<String, String> refused = IntakeForm.errors(values);
        if (!refused.isEmpty()) return errors(ctx, QuickFormView.errorsByBlock(refused));
        try {
            inbox.record(
                    p.getTeam().getId(),
                    "view:" + p.getView().getId() + ":" + p.getView().getHash(),
                    SlackListeners.threadKey(
                            target.get().channelId(), target.get().threadTs()),
                    InboxKind.FORM,
                    InboxPayload.form(
                            target.get().channelId(),
                            p.getUser().getId(),
                            target.get().threadTs(),
                            values));
        } catch (Inbox.InboxUnavailable e) {
            // The form stays open with everything typed in it: nothing is lost, Save can be pressed again.
            return errors(
                    ctx,
                    Map.of(
                            QuickFormView.firstField(),
                            "I couldn't save this just now. Nothing is lost: press Save answers again in a moment."));
        }
        return ctx.ack();
    }

    private static Response errors(ViewSubmissionContext ctx, Map<String, String> errors) {
        return ctx.ack(r -> r.responseAction("errors").errors(errors));
    }

    @Override
    public void close() {
        reads.close();
    }
}
