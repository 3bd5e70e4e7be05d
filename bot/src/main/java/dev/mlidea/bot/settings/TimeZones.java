package dev.mlidea.bot.settings;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The time zones the settings modal offers, by region: a curated list of common IANA zones, not all
 * six hundred (a static select holds 100 options per group, and nobody scrolls that far). A workspace
 * whose zone is not on the list gets it added in a group of its own, so the modal always shows it.
 */
final class TimeZones {
    static final String CURRENT_GROUP = "Current";

    private static final Map<String, List<String>> BY_REGION = regions();

    private TimeZones() {}

    /** Region label → zone ids, in the order shown; {@code current} first in a group of its own if unlisted. */
    static Map<String, List<String>> groups(ZoneId current) {
        var groups = new LinkedHashMap<String, List<String>>();
        if (!isListed(current.getId())) groups.put(CURRENT_GROUP, List.of(current.getId()));
        groups.putAll(BY_REGION);
        return groups;
    }

    static boolean isListed(String zoneId) {
        return BY_REGION.values().stream().anyMatch(zones -> zones.contains(zoneId));
    }

    /** "America/Argentina/Buenos_Aires" reads as "America / Argentina / Buenos Aires". */
    static String label(String zoneId) {
        return zoneId.replace('_', ' ').replace("/", " / ");
    }

    private static Map<String, List<String>> regions() {
        var r = new LinkedHashMap<String, List<String>>();
        r.put("Universal", List.of("UTC"));
        r.put(
                "Americas",
                List.of(
                        "America/Anchorage",
                        "America/Los_Angeles",
                        "America/Vancouver",
                        "America/Denver",
                        "America/Phoenix",
                        "America/Chicago",
                        "America/Mexico_City",
                        "America/New_York",
                        "America/Toronto",
                        "America/Halifax",
                        "America/St_Johns",
                        "America/Bogota",
                        "America/Lima",
                        "America/Santiago",
                        "America/Sao_Paulo",
                        "America/Argentina/Buenos_Aires",
                        "Pacific/Honolulu"));
        r.put(
                "Europe",
                List.of(
                        "Europe/London",
                        "Europe/Dublin",
                        "Europe/Lisbon",
                        "Europe/Paris",
                        "Europe/Madrid",
                        "Europe/Brussels",
                        "Europe/Amsterdam",
                        "Europe/Berlin",
                        "Europe/Zurich",
                        "Europe/Rome",
                        "Europe/Stockholm",
                        "Europe/Oslo",
                        "Europe/Copenhagen",
                        "Europe/Warsaw",
                        "Europe/Prague",
                        "Europe/Vienna",
                        "Europe/Budapest",
                        "Europe/Athens",
                        "Europe/Helsinki",
                        "Europe/Kyiv",
                        "Europe/Bucharest",
                        "Europe/Istanbul",
                        "Europe/Moscow"));
        r.put(
                "Africa and Middle East",
                List.of(
                        "Africa/Casablanca",
                        "Africa/Lagos",
                        "Africa/Cairo",
                        "Africa/Johannesburg",
                        "Africa/Nairobi",
                        "Asia/Jerusalem",
                        "Asia/Riyadh",
                        "Asia/Dubai",
                        "Asia/Tehran"));
        r.put(
                "Asia",
                List.of(
                        "Asia/Karachi",
                        "Asia/Kolkata",
                        "Asia/Kathmandu",
                        "Asia/Dhaka",
                        "Asia/Bangkok",
                        "Asia/Jakarta",
                        "Asia/Ho_Chi_Minh",
                        "Asia/Singapore",
                        "Asia/Kuala_Lumpur",
                        "Asia/Manila",
                        "Asia/Shanghai",
                        "Asia/Hong_Kong",
                        "Asia/Taipei",
                        "Asia/Seoul",
                        "Asia/Tokyo"));
        r.put(
                "Australia and Pacific",
                List.of(
                        "Australia/Perth",
                        "Australia/Adelaide",
                        "Australia/Brisbane",
                        "Australia/Sydney",
                        "Australia/Melbourne",
                        "Pacific/Auckland"));
        return Collections.unmodifiableMap(r);
    }
}
