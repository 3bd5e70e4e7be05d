package dev.mlidea.bot.settings;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionGroupObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.ConversationsFilter;
import com.slack.api.model.block.element.ConversationsSelectElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.mlidea.conversations.rituals.Cadence;
import dev.mlidea.conversations.settings.SettingsField;
import dev.mlidea.conversations.settings.WorkspaceSettings;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The workspace settings modal: one input block per {@link SettingsField}, {@code settings.<field id>},
 * each with one element {@code v}, prefilled with the current values. Every value is chosen from a
 * list; what comes back is still checked, since a request can carry anything.
 */
public final class SettingsView {
    public static final String CALLBACK_ID = "workspace_settings";
    public static final String VALUE = "v";
    private static final String BLOCK_PREFIX = "settings.";

    private SettingsView() {}

    public static String blockId(SettingsField field) {
        return BLOCK_PREFIX + field.id();
    }

    public static View form(WorkspaceSettings current) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(s -> s.blockId("settings.intro")
                .text(markdownText("Once a week I post a summary of this workspace's ML projects: what moved, what"
                        + " is stuck, what is due for a re-check. Choose where and when. Anyone in the workspace"
                        + " can change these; every change is recorded with who made it."))));
        blocks.add(input(i -> i.blockId(blockId(SettingsField.SUMMARY_CHANNEL))
                .optional(true)
                .label(plainText("Weekly summary channel"))
                .hint(plainText("Left empty, no summary is posted. For a private channel, invite me there too."))
                .element(ConversationsSelectElement.builder()
                        .actionId(VALUE)
                        .placeholder(plainText("Choose a channel"))
                        .initialConversation(current.summaryChannel().orElse(null))
                        .defaultToCurrentConversation(false)
                        .filter(ConversationsFilter.builder()
                                .include(List.of("public", "private"))
                                .excludeBotUsers(true)
                                .excludeExternalSharedChannels(false)
                                .build())
                        .build())));
        blocks.add(select(
                SettingsField.DAY,
                "Summary day",
                days(),
                choice(dayLabel(current.day()), current.day().name())));
        blocks.add(select(
                SettingsField.HOUR,
                "Summary time",
                hours(),
                choice(hourLabel(current.hour()), Integer.toString(current.hour()))));
        blocks.add(input(i -> i.blockId(blockId(SettingsField.ZONE))
                .label(plainText("Time zone"))
                .hint(plainText("The summary's day and time are on this clock."))
                .element(StaticSelectElement.builder()
                        .actionId(VALUE)
                        .optionGroups(zoneGroups(current))
                        .initialOption(choice(
                                TimeZones.label(current.zone().getId()),
                                current.zone().getId()))
                        .build())));
        blocks.add(select(
                SettingsField.NUDGE_DAYS,
                "Nudge a project idle in planning after",
                nudgeDays(),
                choice(daysLabel(current.nudgeDays()), Integer.toString(current.nudgeDays()))));
        blocks.add(select(
                SettingsField.DEFAULT_CADENCE,
                "Re-check success criteria, unless the intake says",
                cadences(),
                choice(
                        cadenceLabel(current.defaultCadence()),
                        current.defaultCadence().choiceId())));
        return view(v -> v.type("modal")
                .callbackId(CALLBACK_ID)
                .title(viewTitle(t -> t.type("plain_text").text("mlidea settings")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    /** A modal that only explains: the settings could not be read in time. */
    public static View notice(String text) {
        return view(v -> v.type("modal")
                .title(viewTitle(t -> t.type("plain_text").text("mlidea settings")))
                .close(viewClose(c -> c.type("plain_text").text("Close")))
                .blocks(List.of(section(s -> s.blockId("settings.notice").text(markdownText(text))))));
    }

    /** What the submitted view holds, field by field as text; a field left empty or missing is absent. */
    public static Map<SettingsField, String> values(ViewState state) {
        var values = new EnumMap<SettingsField, String>(SettingsField.class);
        if (state == null || state.getValues() == null) return values;
        for (SettingsField field : SettingsField.values()) {
            var byAction = state.getValues().get(blockId(field));
            ViewState.Value v = byAction == null ? null : byAction.get(VALUE);
            if (v == null) continue;
            String text = v.getSelectedConversation() != null
                    ? v.getSelectedConversation()
                    : v.getSelectedOption() != null ? v.getSelectedOption().getValue() : v.getValue();
            if (text != null) values.put(field, text);
        }
        return values;
    }

    /** Refusals keyed by the block they belong under, as {@code response_action: errors} wants them. */
    public static Map<String, String> errorsByBlock(Map<SettingsField, String> errors) {
        var byBlock = new LinkedHashMap<String, String>();
        errors.forEach((field, message) -> byBlock.put(blockId(field), message));
        return byBlock;
    }

    static String dayLabel(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    static String hourLabel(int hour) {
        return String.format(Locale.ROOT, "%02d:00", hour);
    }

    static String daysLabel(int days) {
        return days + " days";
    }

    static String cadenceLabel(Cadence cadence) {
        int weeks = (int) cadence.period().toDays() / 7;
        return weeks == 1 ? "Every week" : "Every " + weeks + " weeks";
    }

    private static LayoutBlock select(
            SettingsField field, String label, List<OptionObject> options, OptionObject initial) {
        return input(i -> i.blockId(blockId(field))
                .label(plainText(label))
                .element(StaticSelectElement.builder()
                        .actionId(VALUE)
                        .options(options)
                        .initialOption(initial)
                        .build()));
    }

    private static List<OptionObject> days() {
        return Arrays.stream(DayOfWeek.values())
                .map(d -> choice(dayLabel(d), d.name()))
                .toList();
    }

    private static List<OptionObject> hours() {
        return IntStream.rangeClosed(0, 23)
                .mapToObj(h -> choice(hourLabel(h), Integer.toString(h)))
                .toList();
    }

    private static List<OptionObject> nudgeDays() {
        return IntStream.rangeClosed(WorkspaceSettings.MIN_NUDGE_DAYS, WorkspaceSettings.MAX_NUDGE_DAYS)
                .mapToObj(d -> choice(daysLabel(d), Integer.toString(d)))
                .toList();
    }

    private static List<OptionObject> cadences() {
        return Arrays.stream(Cadence.values())
                .map(c -> choice(cadenceLabel(c), c.choiceId()))
                .toList();
    }

    private static List<OptionGroupObject> zoneGroups(WorkspaceSettings current) {
        var groups = new ArrayList<OptionGroupObject>();
        TimeZones.groups(current.zone())
                .forEach((region, zones) -> groups.add(OptionGroupObject.builder()
                        .label(plainText(region))
                        .options(zones.stream()
                                .map(z -> choice(TimeZones.label(z), z))
                                .toList())
                        .build()));
        return groups;
    }

    private static OptionObject choice(String label, String value) {
        return OptionObject.builder().text(plainText(label)).value(value).build();
    }
}
