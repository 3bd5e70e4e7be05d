package dev.mlidea.bot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.UserChangeEvent;
import dev.mlidea.bot.inbox.Inbox;
import dev.mlidea.bot.requests.InboxKind;
import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.bot.rituals.NudgeMessages;

/**
 * The rituals' Bolt listeners, thin like the others: the nudge's buttons and {@code user_change}
 * (a person's new time zone) are stored in the inbox and acked; the worker does the rest.
 */
public final class RitualListeners {
    private final Inbox inbox;

    public RitualListeners(Inbox inbox) {
        this.inbox = inbox;
    }

    public void register(App app) {
        app.blockAction(NudgeMessages.DONE_ACTION, this::onNudgeAction);
        app.blockAction(NudgeMessages.SNOOZE_ACTION, this::onNudgeAction);
        app.blockAction(NudgeMessages.PAUSE_ACTION, this::onNudgeAction);
        app.event(UserChangeEvent.class, (payload, ctx) -> {
            var user = payload.getEvent().getUser();
            if (user != null && user.getId() != null && user.getTz() != null) {
                inbox.record(
                        payload.getTeamId(),
                        "event:" + payload.getEventId(),
                        "user:" + user.getId(),
                        InboxKind.USER_ZONE,
                        InboxPayload.userZone(user.getId(), user.getTz()));
            }
            return ctx.ack();
        });
    }

    private Response onNudgeAction(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        if (p.getActions() == null || p.getActions().isEmpty()) return ctx.ack();
        String thread = p.getContainer() != null ? p.getContainer().getThreadTs() : null;
        if (thread == null && p.getMessage() != null) thread = p.getMessage().getThreadTs();
        if (thread == null) return ctx.ack();
        BlockActionPayload.Action action = p.getActions().get(0);
        String channel = p.getChannel() != null
                ? p.getChannel().getId()
                : p.getContainer().getChannelId();
        inbox.record(
                p.getTeam().getId(),
                "action:" + p.getTriggerId() + ":" + action.getActionTs(),
                SlackListeners.threadKey(channel, thread),
                InboxKind.RITUAL_ACTION,
                InboxPayload.ritualAction(
                        channel, p.getUser().getId(), thread, action.getActionId(), action.getValue()));
        return ctx.ack();
    }
}
