package dev.mlidea.bot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import dev.mlidea.bot.assessment.AssessmentMessages;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.card.CardMessages;
import dev.mlidea.bot.inbox.Inbox;
import dev.mlidea.bot.intake.IntakeMessages;
import dev.mlidea.bot.portfolio.PortfolioRequests;
import dev.mlidea.bot.requests.InboxKind;
import dev.mlidea.bot.requests.InboxPayload;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Bolt listeners, all thin: record the request in the inbox, ack, and leave the work to the
 * worker (work before the ack makes Slack retry, which makes duplicates).
 */
public final class SlackListeners {
    private final Inbox inbox;
    private final SettingsCommand settings;
    private final PortfolioRequests portfolio;

    public SlackListeners(Inbox inbox, SettingsCommand settings, PortfolioRequests portfolio) {
        this.inbox = inbox;
        this.settings = settings;
        this.portfolio = portfolio;
    }

    public void register(App app) {
        app.command(SlackSurface.COMMAND, (req, ctx) -> {
            var p = req.getPayload();
            CommandText command = CommandText.parse(SlackText.storable(p.getText()));
            if (command instanceof CommandText.Help help) {
                SlackMessage usage = HelpMessages.usage(help.unknown());
                return ctx.ack(
                        r -> r.responseType("ephemeral").text(usage.text()).blocks(usage.blocks()));
            }
            if (command instanceof CommandText.Portfolio) {
                String note = portfolio.portfolio(p.getTeamId(), p.getChannelId(), p.getUserId(), p.getResponseUrl());
                return ctx.ack(r -> r.responseType("ephemeral").text(note));
            }
            if (command instanceof CommandText.ListProjects list) {
                String note = portfolio.list(
                        p.getTeamId(), p.getChannelId(), p.getUserId(), list.scope(), 1, p.getResponseUrl(), false);
                // The list itself follows through the response_url; an empty ack shows nothing meanwhile.
                return note.isEmpty()
                        ? ctx.ack()
                        : ctx.ack(r -> r.responseType("ephemeral").text(note));
            }
            if (command instanceof CommandText.Settings) {
                Optional<String> problem = settings.open(ctx.client(), p.getTeamId(), p.getUserId(), p.getTriggerId());
                if (problem.isEmpty()) return ctx.ack();
                return ctx.ack(r -> r.responseType("ephemeral").text(problem.get()));
            }
            if (command instanceof CommandText.Owners owners) {
                recordCommand(p, "owners", owners.project(), owners.userIds(), null);
                return ctx.ack();
            }
            if (command instanceof CommandText.MoveStage move) {
                recordCommand(
                        p, "stage", move.project(), List.of(), move.stage().id());
                return ctx.ack();
            }
            if (command instanceof CommandText.Reopen reopen) {
                recordCommand(p, "reopen", reopen.project(), List.of(), null);
                return ctx.ack();
            }
            if (command instanceof CommandText.More more) {
                recordCommand(p, "more", more.project(), List.of(), more.wholeText());
                return ctx.ack();
            }
            var title = ((CommandText.NewProject) command).title();
            inbox.record(
                    p.getTeamId(),
                    "command:" + p.getTriggerId(),
                    // One conversation per person and channel: a burst of commands queues behind itself,
                    // not ahead of every thread's replies (conversations take turns).
                    "command:" + p.getChannelId() + ":" + p.getUserId(),
                    InboxKind.NEW_PROJECT,
                    InboxPayload.newProject(p.getChannelId(), p.getUserId(), title, p.getResponseUrl()));
            return ctx.ack();
        });

        // People's replies in a thread can be answers; the bot's own posts and edits cannot. "Also send to
        // channel" (thread_broadcast) and replies with a file attached are replies too.
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent e = payload.getEvent();
            if (e.getBotId() == null && e.getSubtype() == null) {
                recordReply(
                        payload.getTeamId(),
                        payload.getEventId(),
                        e.getChannel(),
                        e.getUser(),
                        e.getThreadTs(),
                        e.getTs(),
                        e.getText());
            }
            return ctx.ack();
        });
        app.event(MessageThreadBroadcastEvent.class, (payload, ctx) -> {
            MessageThreadBroadcastEvent e = payload.getEvent();
            recordReply(
                    payload.getTeamId(),
                    payload.getEventId(),
                    e.getChannel(),
                    e.getUser(),
                    e.getThreadTs(),
                    e.getTs(),
                    e.getText());
            return ctx.ack();
        });
        app.event(MessageFileShareEvent.class, (payload, ctx) -> {
            MessageFileShareEvent e = payload.getEvent();
            recordReply(
                    payload.getTeamId(),
                    payload.getEventId(),
                    e.getChannel(),
                    e.getUser(),
                    e.getThreadTs(),
                    e.getTs(),
                    e.getText());
            return ctx.ack();
        });

        app.event(MemberJoinedChannelEvent.class, (payload, ctx) -> {
            MemberJoinedChannelEvent e = payload.getEvent();
            if (e.getUser() != null && e.getUser().equals(ctx.getBotUserId())) {
                inbox.record(
                        payload.getTeamId(),
                        "event:" + payload.getEventId(),
                        "joined:" + e.getChannel(),
                        InboxKind.BOT_JOINED,
                        InboxPayload.botJoined(e.getChannel()));
            }
            return ctx.ack();
        });

        app.blockAction(
                Pattern.compile("^" + Pattern.quote(IntakeMessages.ANSWER_ACTION_PREFIX) + ".+$"),
                (req, ctx) -> onAction(req, ctx, false));
        app.blockAction(IntakeMessages.TOGGLE_ACTION, (req, ctx) -> onAction(req, ctx, true));
        app.blockAction(IntakeMessages.PEOPLE_ACTION, this::onPeoplePicked);
        app.blockAction(
                Pattern.compile("^" + Pattern.quote(AssessmentMessages.ARCHETYPE_ACTION_PREFIX) + ".+$"),
                this::onAssessmentAction);
        app.blockAction(AssessmentMessages.LOOKS_RIGHT_ACTION, this::onAssessmentAction);
        app.blockAction(AssessmentMessages.EDIT_ANSWER_ACTION, this::onAssessmentAction);
        app.blockAction(AssessmentMessages.WHY_ACTION, this::onAssessmentAction);
        app.blockAction(CardMessages.STAGE_ACTION, this::onStageSelected);
    }

    /** A stage chosen on a card: the card is the thread's root, so its own ts names the project. */
    private Response onStageSelected(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        if (p.getActions() == null || p.getActions().isEmpty() || p.getContainer() == null) return ctx.ack();
        BlockActionPayload.Action action = p.getActions().get(0);
        String cardTs = p.getContainer().getMessageTs();
        if (cardTs == null || action.getSelectedOption() == null) return ctx.ack();
        String channel = p.getChannel() != null
                ? p.getChannel().getId()
                : p.getContainer().getChannelId();
        inbox.record(
                p.getTeam().getId(),
                "action:" + p.getTriggerId() + ":" + action.getActionTs(),
                threadKey(channel, cardTs),
                InboxKind.STAGE_MOVE,
                InboxPayload.stageSelected(
                        channel,
                        p.getUser().getId(),
                        cardTs,
                        action.getSelectedOption().getValue(),
                        p.getResponseUrl()));
        return ctx.ack();
    }

    private void recordCommand(
            SlashCommandPayload p, String action, String project, List<String> people, String wholeText) {
        inbox.record(
                p.getTeamId(),
                "command:" + p.getTriggerId(),
                "command:" + p.getChannelId() + ":" + p.getUserId(),
                InboxKind.PROJECT_COMMAND,
                InboxPayload.projectCommand(
                        p.getChannelId(), p.getUserId(), action, project, people, wholeText, p.getResponseUrl()));
    }

    /** People picked on a people question: the picker's selection is the answer. */
    private Response onPeoplePicked(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        Optional<String> thread = threadOf(p);
        if (thread.isEmpty() || p.getActions() == null || p.getActions().isEmpty()) return ctx.ack();
        BlockActionPayload.Action action = p.getActions().get(0);
        String blockId = action.getBlockId() == null ? "" : action.getBlockId();
        if (!blockId.startsWith(IntakeMessages.ACTIONS_BLOCK_PREFIX)) return ctx.ack();
        String key = blockId.substring(IntakeMessages.ACTIONS_BLOCK_PREFIX.length());
        List<String> users = action.getSelectedUsers() == null ? List.of() : action.getSelectedUsers();
        if (users.isEmpty()) return ctx.ack(); // clearing the picker is no answer
        String channel = channelOf(p);
        inbox.record(
                p.getTeam().getId(),
                "action:" + p.getTriggerId() + ":" + action.getActionTs(),
                threadKey(channel, thread.get()),
                InboxKind.FORM,
                InboxPayload.form(channel, p.getUser().getId(), thread.get(), Map.of(key, users)));
        return ctx.ack();
    }

    private Response onAssessmentAction(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        Optional<String> thread = threadOf(p);
        if (thread.isEmpty() || p.getActions() == null || p.getActions().isEmpty()) return ctx.ack();
        BlockActionPayload.Action action = p.getActions().get(0);
        String blockId = action.getBlockId() == null ? "" : action.getBlockId();
        Integer version = null;
        if (blockId.startsWith(AssessmentMessages.ACTIONS_BLOCK_PREFIX)) {
            try {
                version = Integer.valueOf(blockId.substring(AssessmentMessages.ACTIONS_BLOCK_PREFIX.length()));
            } catch (NumberFormatException e) {
                return ctx.ack();
            }
        }
        String channel = channelOf(p);
        boolean edit = AssessmentMessages.EDIT_ANSWER_ACTION.equals(action.getActionId());
        String value = edit
                ? (action.getSelectedOption() == null
                        ? null
                        : action.getSelectedOption().getValue())
                : action.getValue();
        String name = action.getActionId().startsWith(AssessmentMessages.ARCHETYPE_ACTION_PREFIX)
                ? "archetype"
                : action.getActionId();
        inbox.record(
                p.getTeam().getId(),
                "action:" + p.getTriggerId() + ":" + action.getActionTs(),
                threadKey(channel, thread.get()),
                edit ? InboxKind.EDIT_ANSWER : InboxKind.ASSESSMENT_ACTION,
                InboxPayload.assessmentAction(channel, p.getUser().getId(), thread.get(), name, value, version));
        return ctx.ack();
    }

    private Response onAction(BlockActionRequest req, ActionContext ctx, boolean toggle) {
        BlockActionPayload p = req.getPayload();
        Optional<String> thread = threadOf(p);
        if (thread.isEmpty() || p.getActions() == null || p.getActions().isEmpty()) return ctx.ack();
        BlockActionPayload.Action action = p.getActions().get(0);
        String blockId = action.getBlockId() == null ? "" : action.getBlockId();
        if (!blockId.startsWith(IntakeMessages.ACTIONS_BLOCK_PREFIX)) return ctx.ack();
        String key = blockId.substring(IntakeMessages.ACTIONS_BLOCK_PREFIX.length());
        String channel = channelOf(p);
        String dedup = "action:" + p.getTriggerId() + ":" + action.getActionTs();
        InboxPayload payload = toggle
                ? InboxPayload.toggle(
                        channel,
                        p.getUser().getId(),
                        thread.get(),
                        key,
                        action.getSelectedOptions() == null
                                ? List.of()
                                : action.getSelectedOptions().stream()
                                        .map(o -> o.getValue())
                                        .toList())
                : InboxPayload.click(channel, p.getUser().getId(), thread.get(), key, action.getValue());
        inbox.record(
                p.getTeam().getId(),
                dedup,
                threadKey(channel, thread.get()),
                toggle ? InboxKind.TOGGLE : InboxKind.CLICK,
                payload);
        return ctx.ack();
    }

    /** The channel of a click: Slack names it on messages, and only in the container on some others. */
    public static String channelOf(BlockActionPayload p) {
        return p.getChannel() != null
                ? p.getChannel().getId()
                : p.getContainer().getChannelId();
    }

    /** The root of the thread the clicked message is in: the project card. */
    private static Optional<String> threadOf(BlockActionPayload p) {
        if (p.getContainer() != null && p.getContainer().getThreadTs() != null) {
            return Optional.of(p.getContainer().getThreadTs());
        }
        if (p.getMessage() != null && p.getMessage().getThreadTs() != null) {
            return Optional.of(p.getMessage().getThreadTs());
        }
        return Optional.empty();
    }

    private void recordReply(
            String team, String eventId, String channel, String user, String threadTs, String ts, String text) {
        String typed = text == null ? null : SlackText.storable(unescape(text));
        boolean personInThread =
                threadTs != null && !threadTs.equals(ts) && user != null && typed != null && !typed.isBlank();
        if (!personInThread) return;
        inbox.record(
                team,
                "event:" + eventId,
                threadKey(channel, threadTs),
                InboxKind.THREAD_REPLY,
                InboxPayload.reply(channel, user, threadTs, typed));
    }

    /**
     * Slack sends message text with {@code &}, {@code <} and {@code >} that people typed escaped; the
     * answer is stored as typed and escaped again whenever it is echoed. Mentions stay {@code <@U…>}.
     */
    static String unescape(String slackText) {
        return slackText.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Requests about one thread are handled one at a time, in the order Slack sent them. */
    public static String threadKey(String channel, String threadTs) {
        return "thread:" + channel + ":" + threadTs;
    }
}
