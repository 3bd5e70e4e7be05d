package dev.mlidea.bot.form;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import dev.mlidea.bot.inbox.Inbox;
import dev.mlidea.bot.requests.InboxKind;
import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.bot.settings.SettingsMessages;
import dev.mlidea.bot.settings.SettingsView;
import dev.mlidea.bot.settings.SettingsWork;
import dev.mlidea.bot.slack.SettingsCommand;
import dev.mlidea.conversations.settings.SettingsField;
import dev.mlidea.conversations.settings.SettingsSubmission;
import dev.mlidea.conversations.settings.WorkspaceSettings;
import dev.mlidea.storage.Storage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings modal's Bolt side (here, with the other modals, rather than in the settings package:
 * the inbox's worker calls into that package, and this class records into the inbox). It opens from {@code /mlidea settings} and from the button of the
 * channel question, in the request (the trigger lives 3 seconds), after a read bounded by {@link
 * BoundedRead}; when that read fails the modal only says so, since a form of defaults would overwrite
 * the real settings. A submission is checked field by field in the request ({@code response_action:
 * errors}), then stored in the inbox; the worker saves it and records each change.
 */
public final class SettingsForm implements SettingsCommand, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SettingsForm.class);
    private static final String COULD_NOT_OPEN = "I couldn't open the settings just now (Slack was busy). Nothing"
            + " changed: try `/mlidea settings` again in a moment.";

    private final BoundedRead reads;
    private final Inbox inbox;
    private final SettingsWork work;

    public SettingsForm(Storage storage, Inbox inbox, SettingsWork work) {
        this.reads = new BoundedRead(storage, "settings");
        this.inbox = inbox;
        this.work = work;
    }

    public void register(App app) {
        app.blockAction(SettingsMessages.CHOOSE_CHANNEL_ACTION, this::onChooseChannel);
        app.viewSubmission(SettingsView.CALLBACK_ID, this::submitted);
    }

    @Override
    public Optional<String> open(MethodsClient client, String teamId, String userId, String triggerId) {
        Optional<WorkspaceSettings> current = reads.read(teamId, uow -> Optional.of(work.current(uow, teamId, userId)));
        View view = current.map(SettingsView::form)
                .orElseGet(() -> SettingsView.notice(":warning: I couldn't load the workspace settings just now."
                        + " Nothing changed: try again in a moment."));
        try {
            var answer = client.viewsOpen(r -> r.triggerId(triggerId).view(view));
            if (answer.isOk()) return Optional.empty();
            log.warn("views.open team={} refused: {}", teamId, answer.getError());
        } catch (Exception e) {
            log.warn("views.open team={} failed: {}", teamId, e.getClass().getSimpleName());
        }
        return Optional.of(COULD_NOT_OPEN);
    }

    /** The channel question's button: the same modal, opened with the click's trigger. */
    private Response onChooseChannel(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        Optional<String> problem =
                open(ctx.client(), p.getTeam().getId(), p.getUser().getId(), p.getTriggerId());
        problem.ifPresent(text -> {
            try {
                ctx.respond(
                        r -> r.responseType("ephemeral").replaceOriginal(false).text(text));
            } catch (Exception e) {
                log.warn(
                        "could not tell team={} that the settings did not open: {}",
                        p.getTeam().getId(),
                        e.getClass().getSimpleName());
            }
        });
        return ctx.ack();
    }

    private Response submitted(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        Map<SettingsField, String> raw = SettingsView.values(p.getView().getState());
        if (SettingsSubmission.read(raw) instanceof SettingsSubmission.Outcome.Refused refused) {
            return errors(ctx, SettingsView.errorsByBlock(refused.errors()));
        }
        var fields = new LinkedHashMap<String, List<String>>();
        raw.forEach((field, value) -> fields.put(field.id(), List.of(value)));
        String team = p.getTeam().getId();
        try {
            inbox.record(
                    team,
                    "view:" + p.getView().getId() + ":" + p.getView().getHash(),
                    // One workspace's saves are applied one at a time, in the order they came.
                    "settings:" + team,
                    InboxKind.SETTINGS,
                    InboxPayload.settings(p.getUser().getId(), fields));
        } catch (Inbox.InboxUnavailable e) {
            // The modal stays open with every choice in it: Save can be pressed again.
            return errors(
                    ctx,
                    Map.of(
                            SettingsView.blockId(SettingsField.SUMMARY_CHANNEL),
                            "I couldn't save this just now. Nothing is lost: press Save again in a moment."));
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
