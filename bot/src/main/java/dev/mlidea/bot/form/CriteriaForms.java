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
import dev.mlidea.bot.criteria.CriteriaMessages;
import dev.mlidea.bot.criteria.CriteriaViews;
import dev.mlidea.bot.criteria.SignOffToken;
import dev.mlidea.bot.inbox.Inbox;
import dev.mlidea.bot.requests.InboxKind;
import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.bot.slack.SlackListeners;
import dev.mlidea.conversations.rituals.Revalidation;
import dev.mlidea.conversations.rituals.SignOffs;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.RitualRecord;
import dev.mlidea.storage.Storage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The re-check's Bolt listeners. A button that needs words opens its modal in the request (the
 * trigger lives 3 seconds: a bounded read, then {@code views.open}), refusing there whoever may not
 * answer; a submission is checked in the request and stored in the inbox; Ask and Agree are stored at
 * once. Every request of one project shares one ordering key, so they apply in the order made.
 */
public final class CriteriaForms implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CriteriaForms.class);
    private static final String COULD_NOT_LOAD =
            ":warning: I couldn't load this project just now. Nothing changed: try again in a moment.";

    private final BoundedRead reads;
    private final Inbox inbox;

    public CriteriaForms(Storage storage, Inbox inbox) {
        this.reads = new BoundedRead(storage, "criteria");
        this.inbox = inbox;
    }

    public void register(App app) {
        app.blockAction(CriteriaMessages.STILL_VALID_ACTION, this::openOwnerModal);
        app.blockAction(CriteriaMessages.UPDATE_ACTION, this::openOwnerModal);
        app.blockAction(CriteriaMessages.KILL_ACTION, this::openOwnerModal);
        app.blockAction(CriteriaMessages.SUGGEST_ACTION, this::openSuggestion);
        app.blockAction(CriteriaMessages.ASK_ACTION, this::store);
        app.blockAction(CriteriaMessages.AGREE_ACTION, this::store);
        for (String callback :
                List.of(CriteriaViews.STILL_VALID, CriteriaViews.UPDATE, CriteriaViews.KILL, CriteriaViews.SUGGEST)) {
            app.viewSubmission(callback, this::submitted);
        }
    }

    static String orderingKey(UUID projectId) {
        return "criteria:" + projectId;
    }

    private record Loaded(ProjectRecord project, Optional<RitualRecord> rituals) {}

    private Response openOwnerModal(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        String actionId = p.getActions().get(0).getActionId();
        Optional<UUID> id = uuid(p.getActions().get(0).getValue());
        if (id.isEmpty()) return ctx.ack();
        String team = p.getTeam().getId();
        String user = p.getUser().getId();
        Optional<Loaded> loaded = load(team, id.get());
        View view;
        if (loaded.isEmpty()) {
            view = CriteriaViews.notice(COULD_NOT_LOAD);
        } else if (!loaded.get().project().isOwner(user)) {
            view = CriteriaViews.notice(
                    CriteriaMessages.notAnOwner(loaded.get().project()).text());
        } else {
            ProjectRecord project = loaded.get().project();
            Optional<RitualRecord> r = loaded.get().rituals();
            String criteria = r.map(RitualRecord::criteria)
                    .orElseGet(() -> SignOffs.from(project.intake().answers()).criteria());
            var target = new CriteriaViews.Target(
                    project.id().toString(),
                    project.channelId(),
                    project.cardTs().orElse(null),
                    null);
            if (r.isPresent() && !Revalidation.runsIn(r.get().stage())) {
                view = CriteriaViews.notice(
                        CriteriaMessages.notRunning(project, r.get().stage().label())
                                .text());
            } else {
                view = switch (actionId) {
                    case CriteriaMessages.STILL_VALID_ACTION ->
                        CriteriaViews.stillValid(target, project.title(), criteria);
                    case CriteriaMessages.UPDATE_ACTION -> CriteriaViews.update(target, project.title(), criteria);
                    default -> CriteriaViews.kill(target, project.title());
                };
            }
        }
        open(ctx, p, team, view);
        return ctx.ack();
    }

    private Response openSuggestion(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        Optional<SignOffToken> token = SignOffToken.parse(p.getActions().get(0).getValue());
        if (token.isEmpty()) return ctx.ack();
        String team = p.getTeam().getId();
        Optional<Loaded> loaded = load(team, token.get().projectId());
        View view;
        if (loaded.isEmpty()) {
            view = CriteriaViews.notice(COULD_NOT_LOAD);
        } else if (loaded.get()
                .rituals()
                .map(r -> !r.signOffs().isStakeholder(p.getUser().getId()))
                .orElse(true)) {
            view = CriteriaViews.notice("You are not named as a stakeholder of *"
                    + CriteriaMessages.title(loaded.get().project()) + "* any more, so there is nothing to suggest.");
        } else {
            ProjectRecord project = loaded.get().project();
            var target = new CriteriaViews.Target(
                    project.id().toString(),
                    project.channelId(),
                    project.cardTs().orElse(null),
                    token.get().value());
            // The wording asked about, unless it changed since: then the current one, to start from.
            view = CriteriaViews.suggest(
                    target, project.title(), loaded.get().rituals().get().criteria());
        }
        open(ctx, p, team, view);
        return ctx.ack();
    }

    /** Ask and Agree need no words: stored at once, the worker answers through the response URL. */
    private Response store(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        BlockActionPayload.Action action = p.getActions().get(0);
        Optional<UUID> project = action.getActionId().equals(CriteriaMessages.AGREE_ACTION)
                ? SignOffToken.parse(action.getValue()).map(SignOffToken::projectId)
                : uuid(action.getValue());
        if (project.isEmpty()) return ctx.ack();
        inbox.record(
                p.getTeam().getId(),
                "action:" + p.getTriggerId() + ":" + action.getActionTs(),
                orderingKey(project.get()),
                InboxKind.CRITERIA,
                InboxPayload.criteria(
                        SlackListeners.channelOf(p),
                        p.getUser().getId(),
                        action.getActionId(),
                        action.getValue(),
                        Map.of(),
                        p.getResponseUrl()));
        return ctx.ack();
    }

    private Response submitted(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        Optional<CriteriaViews.Target> target =
                CriteriaViews.Target.parse(p.getView().getPrivateMetadata());
        if (target.isEmpty()) return ctx.ack();
        String callback = p.getView().getCallbackId();
        Optional<SignOffToken> token = SignOffToken.parse(target.get().token());
        CriteriaSubmission checked =
                CriteriaSubmission.check(callback, p.getView().getState(), token);
        if (!checked.errors().isEmpty())
            return ctx.ack(r -> r.responseAction("errors").errors(checked.errors()));
        UUID project = target.get().project().orElseThrow();
        try {
            inbox.record(
                    p.getTeam().getId(),
                    "view:" + p.getView().getId() + ":" + p.getView().getHash(),
                    orderingKey(project),
                    InboxKind.CRITERIA,
                    InboxPayload.criteria(
                            target.get().channelId(),
                            p.getUser().getId(),
                            callback,
                            token.map(SignOffToken::value).orElse(project.toString()),
                            checked.values(),
                            null));
        } catch (Inbox.InboxUnavailable e) {
            // The modal stays open with everything typed in it: nothing is lost, it can be sent again.
            String field = checked.values().keySet().stream().findFirst().orElse(CriteriaViews.METRIC_TEXT);
            return ctx.ack(r -> r.responseAction("errors")
                    .errors(Map.of(
                            field,
                            "I couldn't save this just now. Nothing is lost: press the button again in a moment.")));
        }
        return ctx.ack();
    }

    private Optional<Loaded> load(String team, UUID projectId) {
        return reads.read(
                team,
                uow -> uow.projects()
                        .find(team, projectId)
                        .map(project -> new Loaded(project, uow.rituals().find(team, projectId))));
    }

    /** Opens {@code view}; when Slack refuses (busy, trigger expired), says so rather than leave a dead button. */
    private static void open(ActionContext ctx, BlockActionPayload p, String team, View view) {
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
        if (opened) return;
        try {
            ctx.respond(r -> r.responseType("ephemeral")
                    .replaceOriginal(false)
                    .text("I couldn't open that just now (Slack was busy). Nothing changed: press the button again"
                            + " in a moment."));
        } catch (Exception e) {
            log.warn(
                    "could not tell team={} that a modal did not open: {}",
                    team,
                    e.getClass().getSimpleName());
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        reads.close();
    }
}
