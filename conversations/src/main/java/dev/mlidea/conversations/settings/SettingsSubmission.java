package dev.mlidea.conversations.settings;

import dev.mlidea.conversations.rituals.Cadence;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settings as a person submitted them, field by field as text (a modal's selects, or anything a
 * crafted request sends), read into {@link WorkspaceSettings} or refused with one message per field.
 * Messages never quote what was sent: it can be anything.
 */
public final class SettingsSubmission {
    /** Region ids only (Europe/Berlin, UTC): a bare offset such as +02:00 has no daylight-saving rules. */
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private SettingsSubmission() {}

    /** What a submission read into: the settings, or the reasons it was refused. */
    public sealed interface Outcome {
        record Valid(WorkspaceSettings settings) implements Outcome {}

        /** At least one field, each with what to tell the person. */
        record Refused(Map<SettingsField, String> errors) implements Outcome {
            public Refused {
                errors = Map.copyOf(errors);
            }
        }
    }

    /** Reads {@code raw}; a field that is missing or blank is refused, except the channel (none yet). */
    public static Outcome read(Map<SettingsField, String> raw) {
        var errors = new EnumMap<SettingsField, String>(SettingsField.class);
        Optional<String> channel = text(raw, SettingsField.SUMMARY_CHANNEL);
        if (channel.isPresent() && !isSlackId(channel.get())) {
            errors.put(SettingsField.SUMMARY_CHANNEL, "Choose a channel from the list, or none.");
        }
        Optional<DayOfWeek> day = text(raw, SettingsField.DAY).flatMap(SettingsSubmission::day);
        if (day.isEmpty()) errors.put(SettingsField.DAY, "Choose a day of the week.");
        Optional<Integer> hour = text(raw, SettingsField.HOUR)
                .flatMap(SettingsSubmission::smallNumber)
                .filter(h -> h >= 0 && h <= 23);
        if (hour.isEmpty()) errors.put(SettingsField.HOUR, "Choose an hour from 00:00 to 23:00.");
        Optional<ZoneId> zone =
                text(raw, SettingsField.ZONE).filter(ZONES::contains).map(ZoneId::of);
        if (zone.isEmpty()) errors.put(SettingsField.ZONE, "Choose a time zone from the list, such as Europe/Berlin.");
        Optional<Integer> nudgeDays = text(raw, SettingsField.NUDGE_DAYS)
                .flatMap(SettingsSubmission::smallNumber)
                .filter(d -> d >= WorkspaceSettings.MIN_NUDGE_DAYS && d <= WorkspaceSettings.MAX_NUDGE_DAYS);
        if (nudgeDays.isEmpty()) {
            errors.put(
                    SettingsField.NUDGE_DAYS,
                    "Choose " + WorkspaceSettings.MIN_NUDGE_DAYS + " to " + WorkspaceSettings.MAX_NUDGE_DAYS
                            + " days.");
        }
        Optional<Cadence> cadence = text(raw, SettingsField.DEFAULT_CADENCE).flatMap(Cadence::fromChoice);
        if (cadence.isEmpty()) errors.put(SettingsField.DEFAULT_CADENCE, "Choose how often criteria are re-checked.");
        if (!errors.isEmpty()) return new Outcome.Refused(errors);
        return new Outcome.Valid(
                new WorkspaceSettings(channel, day.get(), hour.get(), zone.get(), nudgeDays.get(), cadence.get()));
    }

    private static Optional<String> text(Map<SettingsField, String> raw, SettingsField field) {
        return Optional.ofNullable(raw.get(field)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<DayOfWeek> day(String text) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(text.toUpperCase(Locale.ROOT))) return Optional.of(d);
        }
        return Optional.empty();
    }

    /** Up to three digits: anything longer is out of every range here, and is not parsed at all. */
    private static Optional<Integer> smallNumber(String text) {
        if (text.length() > 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) return Optional.empty();
        return Optional.of(Integer.parseInt(text));
    }

    /** Slack's conversation ids: upper-case letters and digits (C0123ABC, G0123ABC). */
    private static boolean isSlackId(String text) {
        return text.length() <= 32 && text.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }
}
