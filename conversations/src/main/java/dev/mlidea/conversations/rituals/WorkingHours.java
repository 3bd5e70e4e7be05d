package dev.mlidea.conversations.rituals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

/**
 * Monday to Friday, 09:00 to 17:00 on the owner's wall clock: when the bot may nudge or remind a
 * person. The window is half-open: 09:00 is inside, 17:00 is not. Local times are read with {@link
 * ZonedDateTime}, so a day with a daylight-saving switch has its real length and an hour that is
 * skipped or repeated is handled as the zone rules say (see docs/decisions/0010-rituals-timing.md).
 */
public final class WorkingHours {
    public static final LocalTime START = LocalTime.of(9, 0);
    public static final LocalTime END = LocalTime.of(17, 0);

    /** A week of weekends is impossible; this only bounds the search should zone rules ever skip days. */
    private static final int MAX_DAYS_AHEAD = 14;

    private WorkingHours() {}

    public static boolean contains(Instant t, ZoneId zone) {
        ZonedDateTime local = t.atZone(zone);
        LocalTime time = local.toLocalTime();
        return isWeekday(local.toLocalDate()) && !time.isBefore(START) && time.isBefore(END);
    }

    /**
     * The earliest instant at or after {@code t} that is inside working hours in {@code zone}. Working
     * hours can only begin at a 09:00 on a weekday (the first instant after it, when a clock change skips
     * 09:00; either one, when it repeats) or at a clock change that moves the wall clock into them; the
     * earliest of those at or after {@code t} is the answer.
     */
    public static Instant nextStartAtOrAfter(Instant t, ZoneId zone) {
        if (contains(t, zone)) return t;
        Instant earliest = null;
        LocalDate day = t.atZone(zone).toLocalDate();
        for (int i = 0; i <= MAX_DAYS_AHEAD && earliest == null; i++, day = day.plusDays(1)) {
            if (!isWeekday(day)) continue;
            ZonedDateTime start = ZonedDateTime.of(day, START, zone);
            for (ZonedDateTime candidate : List.of(start, start.withLaterOffsetAtOverlap())) {
                earliest = earlierInside(earliest, candidate.toInstant(), t, zone);
            }
        }
        if (earliest == null) {
            throw new IllegalStateException(
                    "no working hours within " + MAX_DAYS_AHEAD + " days of " + t + " in " + zone);
        }
        // A clock change before that 09:00 may put the wall clock inside working hours earlier (clocks
        // going back from 17:30 to 16:30, say). No zone does this today; the rules are data, so check.
        ZoneOffsetTransition change = zone.getRules().nextTransition(t);
        while (change != null && change.getInstant().isBefore(earliest)) {
            earliest = earlierInside(earliest, change.getInstant(), t, zone);
            change = zone.getRules().nextTransition(change.getInstant());
        }
        return earliest;
    }

    private static Instant earlierInside(Instant best, Instant candidate, Instant notBefore, ZoneId zone) {
        if (candidate.isBefore(notBefore) || !contains(candidate, zone)) return best;
        return best == null || candidate.isBefore(best) ? candidate : best;
    }

    private static boolean isWeekday(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }
}
