package dev.mlidea.conversations.portfolio;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * An ISO week on one calendar: Monday 00:00 to the next Monday 00:00 in {@code zone}. Weeks are
 * counted by their ISO week-based year, so the last days of December can be week 1 of the next year
 * and the first days of January week 52 or 53 of the one before. A week is 167 or 169 hours long when
 * a clock change falls in it; where a zone skips midnight, the week starts at the first instant of
 * Monday that exists.
 *
 * @param monday the Monday the week starts on
 */
public record IsoWeek(LocalDate monday, ZoneId zone) {

    public IsoWeek {
        Objects.requireNonNull(monday);
        Objects.requireNonNull(zone);
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY)
            throw new IllegalArgumentException("an ISO week starts on a Monday: " + monday);
    }

    /** The week {@code at} falls in, on the calendar of {@code zone}. */
    public static IsoWeek of(Instant at, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return new IsoWeek(day.minusDays(day.getDayOfWeek().getValue() - 1L), zone);
    }

    /** {@code "2026-W49"}: the week-based year and the week, as ISO 8601 writes them. */
    public String key() {
        return String.format("%d-W%02d", weekBasedYear(), week());
    }

    /** The ISO week-based year, which differs from the calendar year around New Year. */
    public int weekBasedYear() {
        return monday.get(IsoFields.WEEK_BASED_YEAR);
    }

    /** 1 to 52 or 53. */
    public int week() {
        return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public Instant start() {
        return monday.atStartOfDay(zone).toInstant();
    }

    /** The start of the next week: not part of this one. */
    public Instant end() {
        return monday.plusWeeks(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant at) {
        return !at.isBefore(start()) && at.isBefore(end());
    }

    /** Whether a calendar day (a check-in's date, say) is one of this week's seven days. */
    public boolean containsDay(LocalDate day) {
        return !day.isBefore(monday) && day.isBefore(monday.plusWeeks(1));
    }

    public IsoWeek previous() {
        return new IsoWeek(monday.minusWeeks(1), zone);
    }
}
