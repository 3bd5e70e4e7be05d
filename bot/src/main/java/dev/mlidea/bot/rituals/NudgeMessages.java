package dev.mlidea.bot.rituals;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.conversations.rituals.ChecklistStep;
import dev.mlidea.conversations.rituals.NudgePolicy;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The "just get started" nudge in a project's thread and what its buttons answer. The lecture's
 * advice, "Just Get Started! … don't forget the most important component of engineering: actually
 * building!", as one small step at a time: never a list, never a lecture.
 */
public final class NudgeMessages {
    /** The nudge's block id: tests and the weekly summary count nudges by it. */
    public static final String NUDGE_BLOCK = "nudge";

    public static final String ACTIONS_BLOCK = "nudge.actions";
    public static final String DONE_ACTION = "nudge_done";
    public static final String SNOOZE_ACTION = "nudge_snooze";
    public static final String PAUSE_ACTION = "nudge_pause";

    private NudgeMessages() {}

    /** The {@code number}th nudge since the last progress (1 to 3), naming one step and why. */
    public static SlackMessage nudge(List<String> owners, ChecklistStep step, int number) {
        String text = mentions(owners) + " :seedling: No news here for a week. The next smallest step: *" + step.label()
                + "*";
        String why = "> " + Mrkdwn.escape(step.why());
        String footer = number >= NudgePolicy.STALL_AFTER
                ? "If this one goes unanswered too, the nudges stop and the card shows the project as stalled."
                : "You don't need a perfect setup to get going. *Done* marks the step and the card moves on.";
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(s -> s.blockId(NUDGE_BLOCK).text(markdownText(text + "\n" + why))));
        blocks.add(actions(a -> a.blockId(ACTIONS_BLOCK)
                .elements(List.of(
                        button(b -> b.actionId(DONE_ACTION)
                                .style("primary")
                                .value(step.id())
                                .text(plainText("Done"))),
                        button(b -> b.actionId(SNOOZE_ACTION).value(step.id()).text(plainText("Snooze a week"))),
                        button(b -> b.actionId(PAUSE_ACTION).value(step.id()).text(plainText("Pause project")))))));
        blocks.add(context(c -> c.blockId("nudge.footer").elements(List.of(markdownText(footer)))));
        return new SlackMessage(text, blocks);
    }

    /** Someone marked a step done; the next one, or the end of the checklist. */
    public static SlackMessage stepDone(String userId, ChecklistStep done, Optional<ChecklistStep> next) {
        String text = "<@" + userId + "> marked *" + done.label() + "* done. "
                + next.map(step -> "Next smallest step: *" + step.label() + "*")
                        .orElse("That was the last step of the checklist: time to move on to the data stage"
                                + " when the team is ready.");
        return notice("nudge.done", text);
    }

    public static SlackMessage snoozed(String userId, Instant until, ZoneId zone) {
        String fallback = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH).format(until.atZone(zone));
        String text = "<@" + userId + "> snoozed the nudges for a week: none before <!date^" + until.getEpochSecond()
                + "^{date_short_pretty}|" + fallback + ">.";
        return notice("nudge.snoozed", text);
    }

    public static SlackMessage paused(String userId) {
        return notice(
                "nudge.paused", "<@" + userId + "> paused the project. No more nudges; a stage move brings it back.");
    }

    /** A click on a nudge of a project that has already moved on: nothing to do. */
    public static SlackMessage notPlanning(String stageLabel) {
        return notice(
                "nudge.stale",
                "This project is no longer being planned (it is *" + stageLabel + "*), so that nudge needs no answer.");
    }

    public static SlackMessage notAnOwner(List<String> owners) {
        return notice(
                "nudge.not_owner",
                "Only this project's owners answer its nudges, so your click changed nothing: ask " + mentions(owners)
                        + ".");
    }

    private static SlackMessage notice(String blockId, String text) {
        return new SlackMessage(text, List.of(section(s -> s.blockId(blockId).text(markdownText(text)))));
    }

    private static String mentions(List<String> owners) {
        return String.join(" ", owners.stream().map(id -> "<@" + id + ">").toList());
    }
}
