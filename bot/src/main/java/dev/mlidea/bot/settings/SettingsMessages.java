package dev.mlidea.bot.settings;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.conversations.rituals.Cadence;
import dev.mlidea.conversations.settings.SettingsField;
import dev.mlidea.storage.SettingsChange;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The settings' direct messages: the one question about a summary channel, and what a save changed. */
public final class SettingsMessages {
    public static final String CHOOSE_CHANNEL_ACTION = "settings.choose_channel";
    public static final String ASK_BLOCK = "settings.ask";
    public static final String SAVED_BLOCK = "settings.saved";

    private SettingsMessages() {}

    /** Sent once per workspace, to the first person to use {@code /mlidea} while no channel is set. */
    public static SlackMessage askForChannel() {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(s -> s.blockId(ASK_BLOCK)
                .text(markdownText(":wave: Once a week I can post a short summary of your workspace's ML ideas:"
                        + " what moved, what sits idle, which success criteria are due for a re-check. It goes"
                        + " to one channel, on Monday at 09:00 unless you choose otherwise.\n"
                        + "Which channel should it go to? Anyone can change this later with `/mlidea settings`;"
                        + " I won't ask again."))));
        blocks.add(actions(a -> a.blockId("settings.ask.actions")
                .elements(List.of(button(b ->
                        b.actionId(CHOOSE_CHANNEL_ACTION).style("primary").text(plainText("Choose a channel")))))));
        return new SlackMessage("Where should mlidea post its weekly summary? Choose a channel.", blocks);
    }

    /** The answer to a save, to the one who saved: each change, old → new, or that nothing changed. */
    public static SlackMessage saved(List<SettingsChange> changes) {
        String text;
        if (changes.isEmpty()) {
            text = ":white_check_mark: Workspace settings saved: nothing changed.";
        } else {
            var lines = new StringBuilder(":white_check_mark: Workspace settings saved. What changed:");
            for (SettingsChange c : changes) {
                lines.append("\n• *")
                        .append(name(c.field()))
                        .append(":* ")
                        .append(value(c.field(), c.oldValue()))
                        .append(" → ")
                        .append(value(c.field(), c.newValue()));
            }
            lines.append("\nEvery change is recorded with who made it; `/mlidea settings` shows the current ones.");
            text = lines.toString();
        }
        String shown = text;
        return new SlackMessage(
                "Workspace settings saved",
                List.of(section(s -> s.blockId(SAVED_BLOCK).text(markdownText(shown)))));
    }

    static String name(SettingsField field) {
        return switch (field) {
            case SUMMARY_CHANNEL -> "Summary channel";
            case DAY -> "Summary day";
            case HOUR -> "Summary time";
            case ZONE -> "Time zone";
            case NUDGE_DAYS -> "Nudge after";
            case DEFAULT_CADENCE -> "Criteria re-check";
        };
    }

    /** A recorded value as people read it; values were checked when saved, but are escaped all the same. */
    static String value(SettingsField field, Optional<String> value) {
        if (value.isEmpty()) return field == SettingsField.SUMMARY_CHANNEL ? "none" : "not set";
        String v = value.get();
        try {
            return switch (field) {
                case SUMMARY_CHANNEL -> "<#" + Mrkdwn.escapeAndFit(v, 40) + ">";
                case DAY -> SettingsView.dayLabel(DayOfWeek.valueOf(v));
                case HOUR -> SettingsView.hourLabel(Integer.parseInt(v));
                case ZONE -> Mrkdwn.escapeAndFit(v, 60);
                case NUDGE_DAYS -> SettingsView.daysLabel(Integer.parseInt(v));
                case DEFAULT_CADENCE ->
                    Cadence.fromChoice(v).map(SettingsView::cadenceLabel).orElse(Mrkdwn.escapeAndFit(v, 20));
            };
        } catch (IllegalArgumentException e) {
            return Mrkdwn.escapeAndFit(v, 60);
        }
    }
}
