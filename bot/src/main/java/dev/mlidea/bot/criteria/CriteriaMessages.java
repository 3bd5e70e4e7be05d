package dev.mlidea.bot.criteria;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.card.CardMessages;
import dev.mlidea.conversations.rituals.SignOffs;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.RitualRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the criteria re-check says: the reminder in the thread, the owner's direct message when it goes
 * unanswered, the stakeholders' requests to confirm, and the notices after each answer. Stakeholders
 * are never mentioned where they would be pinged (a post in a channel they may be in): only in
 * messages that go to someone else privately, where a mention notifies nobody.
 */
public final class CriteriaMessages {
    public static final String REMINDER_BLOCK = "recheck";
    public static final String ACTIONS_BLOCK = "recheck.actions";
    public static final String OWNER_DM_BLOCK = "recheck.owner_dm";
    public static final String SIGN_OFF_BLOCK = "signoff";

    public static final String STILL_VALID_ACTION = "criteria_still_valid";
    public static final String UPDATE_ACTION = CardMessages.UPDATE_CRITERIA_ACTION;
    public static final String KILL_ACTION = "criteria_kill";
    public static final String ASK_ACTION = CardMessages.ASK_STAKEHOLDERS_ACTION;
    public static final String AGREE_ACTION = "signoff_agree";
    public static final String SUGGEST_ACTION = "signoff_suggest";

    /** Room for the criteria in a section of 3,000 characters, with the lines around them. */
    static final int CRITERIA_SHOWN = 2400;

    private static final DateTimeFormatter FALLBACK_DATE =
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private CriteriaMessages() {}

    /** The reminder in the thread, for the owners: the criteria as they stand, the trend and the answers. */
    public static SlackMessage reminder(ProjectRecord project, RitualRecord r, String trend) {
        String text =
                mentions(project.owners()) + " :mag: Time to re-check the success criteria (every " + cadence(r) + ").";
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(s -> s.blockId(REMINDER_BLOCK).text(markdownText(text + "\n" + quoted(r.criteria())))));
        standing(r.signOffs(), trend).ifPresent(blocks::add);
        blocks.add(ownerButtons(project, r));
        blocks.add(context(c -> c.blockId("recheck.why")
                .elements(List.of(markdownText("Criteria drift as the team learns. Define success with all of the"
                        + " stakeholders, and keep the definition current: *Still valid* takes one click.")))));
        return new SlackMessage(text, blocks);
    }

    /** To the first owner, three days after an unanswered reminder; the same buttons work from here. */
    public static SlackMessage ownerReminder(ProjectRecord project, RitualRecord r, String trend) {
        String text = ":hourglass: The success criteria of *" + title(project) + "* (in <#" + project.channelId()
                + ">) have waited three days for a re-check.";
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(s -> s.blockId(OWNER_DM_BLOCK).text(markdownText(text + "\n" + quoted(r.criteria())))));
        standing(r.signOffs(), trend).ifPresent(blocks::add);
        blocks.add(ownerButtons(project, r));
        blocks.add(context(c -> c.blockId("recheck.owner_dm.why")
                .elements(List.of(markdownText("Answer here or in the project's thread. Without an answer in three"
                        + " more days the card shows the criteria as overdue.")))));
        return new SlackMessage(text, blocks);
    }

    /** To one stakeholder, once per wording: confirm in one click, or suggest other words. */
    public static SlackMessage signOffRequest(ProjectRecord project, String askedBy, String criteria) {
        String text = "<@" + askedBy + "> asks you to confirm the success criteria of *" + title(project) + "* (in <#"
                + project.channelId() + ">).";
        String value = SignOffToken.of(project.id(), criteria).value();
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(s -> s.blockId(SIGN_OFF_BLOCK).text(markdownText(text + "\n" + quoted(criteria)))));
        blocks.add(actions(a -> a.blockId("signoff.actions")
                .elements(List.of(
                        button(b -> b.actionId(AGREE_ACTION)
                                .style("primary")
                                .value(value)
                                .text(plainText("Agree"))),
                        button(b -> b.actionId(SUGGEST_ACTION).value(value).text(plainText("Suggest a change")))))));
        blocks.add(context(c -> c.blockId("signoff.why")
                .elements(List.of(markdownText("You are named as someone who must agree on what success means for"
                        + " this project. A suggestion goes to the project's thread; nothing changes until an"
                        + " owner adopts it.")))));
        return new SlackMessage(text, blocks);
    }

    /** The stakeholder's request after they agreed: no buttons left to press twice. */
    public static SlackMessage agreedRequest(ProjectRecord project, String criteria, Instant at) {
        return notice(
                "signoff.agreed",
                ":white_check_mark: You agreed the success criteria of *" + title(project) + "* on " + date(at)
                        + ". Thank you!\n" + quoted(criteria));
    }

    /** The request after a suggestion was sent; the owners decide. */
    public static SlackMessage suggestedRequest(ProjectRecord project, String suggestion) {
        return notice(
                "signoff.suggested",
                ":memo: Your suggestion for *" + title(project) + "* went to its thread:\n" + quoted(suggestion)
                        + "\nIf the owners adopt it, I'll ask you to confirm the new wording.");
    }

    /** A request whose wording changed since: the current wording, with fresh buttons. */
    public static SlackMessage changedRequest(ProjectRecord project, String askedBy, String criteria) {
        SlackMessage fresh = signOffRequest(project, askedBy, criteria);
        String text = ":arrows_counterclockwise: The criteria changed since you were asked, so that answer did"
                + " not count. Here is the wording now.";
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(s -> s.blockId("signoff.changed").text(markdownText(text))));
        blocks.addAll(fresh.blocks());
        return new SlackMessage(text, blocks);
    }

    /** A request that no longer applies (no longer a stakeholder, project stopped or gone). */
    public static SlackMessage closedRequest(String why) {
        return notice("signoff.closed", why);
    }

    /** In the thread after an owner re-checked: still valid. */
    public static SlackMessage stillValid(String userId, RitualRecord after, String trend) {
        String text = "<@" + userId + "> re-checked the success criteria: *still valid*." + metricLine(trend)
                + "\nNext re-check in " + cadence(after) + ".";
        return notice("recheck.still_valid", text);
    }

    /** In the thread after an owner rewrote the criteria; agreements to the old wording no longer count. */
    public static SlackMessage updated(String userId, RitualRecord after, boolean agreementsCleared, String trend) {
        var text = new StringBuilder("<@")
                .append(userId)
                .append("> updated the success criteria:\n")
                .append(quoted(after.criteria()))
                .append(metricLine(trend));
        if (agreementsCleared) {
            text.append("\nAgreements to the old wording no longer count: ")
                    .append(after.signOffs().summary())
                    .append(". *Ask stakeholders to confirm* sends them the new one.");
        }
        return notice("recheck.updated", text.toString());
    }

    /** In the thread after the kill's stage line: why, and that stopping is fine. */
    public static SlackMessage killed(String userId, String reason) {
        return notice(
                "recheck.killed",
                "<@" + userId + "> stopped this project: it is not worth it any more.\n" + quoted(reason)
                        + "\nKnowing when to stop is part of doing ML well; the team's time goes to better ideas."
                        + " `/mlidea reopen` brings it back if things change.");
    }

    /** In the thread: a stakeholder agreed (not named: the thread would ping them). */
    public static SlackMessage agreed(SignOffs after) {
        String done = after.complete() ? " Everyone named has agreed. :tada:" : "";
        return notice(
                "signoff.agreed_notice",
                ":white_check_mark: A stakeholder agreed the success criteria: " + after.summary() + "." + done);
    }

    /** In the thread, for the owners: a stakeholder's other wording, to adopt with Update… if they agree. */
    public static SlackMessage suggested(ProjectRecord project, String suggestion) {
        return notice(
                "signoff.suggested_notice",
                mentions(project.owners()) + " A stakeholder suggests other success criteria:\n" + quoted(suggestion)
                        + "\nTo adopt them, use *Update criteria…* on the card (everyone is then asked again).");
    }

    /** To the owner who asked, privately: whom the requests went to, who was asked before, who agreed. */
    public static SlackMessage asked(List<String> askedNow, List<String> askedBefore, SignOffs signOffs) {
        if (signOffs.namedCount() == 0) {
            return notice(
                    "signoff.none_named",
                    "No stakeholders are named for this project, so there is nobody to ask. Name them with the"
                            + " assessment's *Edit an answer* (who must agree on success).");
        }
        if (signOffs.complete()) {
            return notice("signoff.all_agreed", "Everyone named has agreed these criteria already: nobody to ask.");
        }
        var text = new StringBuilder();
        if (!askedNow.isEmpty()) {
            text.append("I asked ").append(mentions(askedNow)).append(" to confirm the criteria, by direct message.");
        }
        if (!askedBefore.isEmpty()) {
            if (!text.isEmpty()) text.append(' ');
            text.append("Already asked about this wording: ")
                    .append(mentions(askedBefore))
                    .append(" (one message each per wording).");
        }
        text.append(' ').append(signOffs.summary()).append('.');
        return notice("signoff.asked", text.toString().strip());
    }

    /** To someone who is not an owner and pressed an owner's button. */
    public static SlackMessage notAnOwner(ProjectRecord project) {
        return notice(
                "recheck.not_owner",
                "Only the owners of *" + title(project) + "* re-check its criteria, so nothing changed: ask "
                        + mentions(project.owners()) + ".");
    }

    /** A re-check answered for a project that is paused or stopped: nothing to check. */
    public static SlackMessage notRunning(ProjectRecord project, String stageLabel) {
        return notice(
                "recheck.not_running",
                "*" + title(project) + "* is " + stageLabel.toLowerCase(Locale.ROOT)
                        + ", so its criteria need no re-check: nothing changed. A stage move brings it back.");
    }

    /** The owner's buttons: on the reminder, the owner's direct message, and (the last two) the card. */
    static LayoutBlock ownerButtons(ProjectRecord project, RitualRecord r) {
        String id = project.id().toString();
        var buttons = new ArrayList<BlockElement>();
        if (!r.criteria().isBlank()) {
            buttons.add(button(b ->
                    b.actionId(STILL_VALID_ACTION).style("primary").value(id).text(plainText("Still valid"))));
        }
        buttons.add(button(b -> b.actionId(UPDATE_ACTION).value(id).text(plainText("Update…"))));
        buttons.add(button(
                b -> b.actionId(KILL_ACTION).style("danger").value(id).text(plainText("Not worth it any more"))));
        if (r.signOffs().namedCount() > 0 && !r.signOffs().complete()) {
            buttons.add(button(b -> b.actionId(ASK_ACTION).value(id).text(plainText("Ask stakeholders to confirm"))));
        }
        return actions(a -> a.blockId(ACTIONS_BLOCK).elements(buttons));
    }

    /** The metric trend and the agreements, when there is either. */
    private static java.util.Optional<LayoutBlock> standing(SignOffs signOffs, String trend) {
        var parts = new ArrayList<String>();
        if (!trend.isEmpty()) parts.add("*Metric:* " + Mrkdwn.escape(trend));
        if (signOffs.namedCount() > 0) parts.add(signOffs.summary());
        if (parts.isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of(context(
                c -> c.blockId("recheck.standing").elements(List.of(markdownText(String.join("   ·   ", parts))))));
    }

    /** The criteria as a block quote, escaped and cut to fit; a note when none are written. */
    public static String quoted(String criteria) {
        if (criteria.isBlank()) return "_No success criteria written yet: *Update…* adds them._";
        return "> " + Mrkdwn.escapeAndFit(criteria.strip(), CRITERIA_SHOWN).replace("\n", "\n> ");
    }

    private static String metricLine(String trend) {
        return trend.isEmpty() ? "" : "\n*Metric:* " + Mrkdwn.escape(trend);
    }

    static String cadence(RitualRecord r) {
        long weeks = r.cadence().period().toDays() / 7;
        return weeks == 1 ? "week" : weeks + " weeks";
    }

    public static String title(ProjectRecord project) {
        return Mrkdwn.escapeAndFit(project.title(), 150);
    }

    static String date(Instant at) {
        return "<!date^" + at.getEpochSecond() + "^{date_short}|" + FALLBACK_DATE.format(at) + ">";
    }

    private static String mentions(List<String> users) {
        return String.join(" ", users.stream().map(id -> "<@" + id + ">").toList());
    }

    private static SlackMessage notice(String blockId, String text) {
        return new SlackMessage(text, List.of(section(s -> s.blockId(blockId).text(markdownText(text)))));
    }
}
