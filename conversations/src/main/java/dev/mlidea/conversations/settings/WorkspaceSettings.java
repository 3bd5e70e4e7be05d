package dev.mlidea.conversations.settings;

import dev.mlidea.conversations.rituals.Cadence;
import dev.mlidea.conversations.rituals.NudgePolicy;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What a workspace chose for its rituals: where and when the weekly summary goes, how long a project
 * may sit idle before its first nudge, and the re-check cadence a project gets when its intake does
 * not say. Always valid: the constructor refuses what {@link SettingsSubmission} would.
 *
 * @param summaryChannel the channel id the weekly summary is posted in; empty until someone chooses
 * @param hour the summary's hour on the wall clock of {@code zone}, 0 to 23
 * @param nudgeDays days without progress before a planning project is nudged, {@link #MIN_NUDGE_DAYS}
 *     to {@link #MAX_NUDGE_DAYS}
 */
public record WorkspaceSettings(
        Optional<String> summaryChannel, DayOfWeek day, int hour, ZoneId zone, int nudgeDays, Cadence defaultCadence) {
    public static final DayOfWeek DEFAULT_DAY = DayOfWeek.MONDAY;
    public static final int DEFAULT_HOUR = 9;
    /** Under three days a nudge would nag a team that is simply busy; over thirty it would never come. */
    public static final int MIN_NUDGE_DAYS = 3;

    public static final int MAX_NUDGE_DAYS = 30;

    public WorkspaceSettings {
        Objects.requireNonNull(summaryChannel);
        Objects.requireNonNull(day);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(defaultCadence);
        // The bot's default zone is often the offset Z; the modal and the history speak region ids.
        if (zone.equals(ZoneOffset.UTC)) zone = ZoneId.of("UTC");
        if (summaryChannel.isPresent() && summaryChannel.get().isBlank())
            throw new IllegalArgumentException("a summary channel id cannot be blank");
        if (hour < 0 || hour > 23) throw new IllegalArgumentException("hour must be 0 to 23: " + hour);
        if (nudgeDays < MIN_NUDGE_DAYS || nudgeDays > MAX_NUDGE_DAYS)
            throw new IllegalArgumentException(
                    "nudge days must be " + MIN_NUDGE_DAYS + " to " + MAX_NUDGE_DAYS + ": " + nudgeDays);
    }

    /** Monday 09:00 in {@code zone}, no channel, the nudge policy's idle days and the default cadence. */
    public static WorkspaceSettings defaults(ZoneId zone) {
        return new WorkspaceSettings(
                Optional.empty(), DEFAULT_DAY, DEFAULT_HOUR, zone, NudgePolicy.DEFAULT_IDLE_DAYS, Cadence.DEFAULT);
    }

    /** The nudge rules these settings ask for. */
    public NudgePolicy nudgePolicy() {
        return new NudgePolicy(nudgeDays);
    }

    public WorkspaceSettings withSummaryChannel(String channelId) {
        return new WorkspaceSettings(Optional.of(channelId), day, hour, zone, nudgeDays, defaultCadence);
    }

    /**
     * When the next weekly summary is due: the first {@code day} at {@code hour}:00 in {@code zone} at
     * or after {@code now}. The local time is resolved as {@link ZonedDateTime} does: an hour a clock
     * change skips moves forward by the gap (02:30 becomes 03:30), and an hour that repeats is its first
     * occurrence only, so a summary never comes twice in one night.
     */
    public Instant nextSummaryAt(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        // Eight days: today's slot may already be past, and then the same weekday a week on is the answer.
        for (int i = 0; i <= 7; i++) {
            LocalDate date = today.plusDays(i);
            if (date.getDayOfWeek() != day) continue;
            Instant at = ZonedDateTime.of(date, LocalTime.of(hour, 0), zone)
                    .withEarlierOffsetAtOverlap()
                    .toInstant();
            if (!at.isBefore(now)) return at;
        }
        throw new IllegalStateException("no " + day + " within eight days of " + now + " in " + zone);
    }
}
