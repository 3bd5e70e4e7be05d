package dev.mlidea.conversations.rituals;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A project's metric over its last check-ins, on one line: {@code 12% → 18% → 23% ↑}. A check-in with
 * a number shows the number (with a % when the text had one); one without shows its text, on one line
 * and cut to {@link #TEXT_MAX} characters. The arrow compares the last two numbers shown; it says
 * which way the number went, not whether that is good. The returned text holds user text unescaped:
 * the bot escapes it.
 */
public final class MetricTrend {
    /** Check-ins shown: enough to see a direction, short enough for one line. */
    public static final int SHOWN = 5;

    public static final int TEXT_MAX = 40;
    public static final String SEPARATOR = " → ";

    public enum Direction {
        UP("↑"),
        DOWN("↓"),
        FLAT("→");

        private final String arrow;

        Direction(String arrow) {
            this.arrow = arrow;
        }

        public String arrow() {
            return arrow;
        }
    }

    private MetricTrend() {}

    /** The last {@link #SHOWN} check-ins by date (ties keep the order given), oldest first. */
    public static List<CheckIn> shown(List<CheckIn> checkIns) {
        List<CheckIn> byDate =
                checkIns.stream().sorted(Comparator.comparing(CheckIn::date)).toList();
        return byDate.subList(Math.max(0, byDate.size() - SHOWN), byDate.size());
    }

    /** Which way the last two numbers among the shown check-ins went; empty with fewer than two. */
    public static Optional<Direction> direction(List<CheckIn> checkIns) {
        List<BigDecimal> numbers =
                shown(checkIns).stream().flatMap(c -> c.number().stream()).toList();
        if (numbers.size() < 2) return Optional.empty();
        int cmp = numbers.get(numbers.size() - 1).compareTo(numbers.get(numbers.size() - 2));
        return Optional.of(cmp > 0 ? Direction.UP : cmp < 0 ? Direction.DOWN : Direction.FLAT);
    }

    /** The one-line trend; empty text when there are no check-ins. */
    public static String render(List<CheckIn> checkIns) {
        String values = shown(checkIns).stream().map(MetricTrend::value).collect(Collectors.joining(SEPARATOR));
        return direction(checkIns).map(d -> values + " " + d.arrow()).orElse(values);
    }

    private static String value(CheckIn checkIn) {
        if (checkIn.number().isPresent()) {
            String n = checkIn.number().get().stripTrailingZeros().toPlainString();
            return checkIn.text().contains("%") ? n + "%" : n;
        }
        String line = CommandText.collapse(checkIn.text());
        if (line.codePointCount(0, line.length()) <= TEXT_MAX) return line;
        return line.substring(0, line.offsetByCodePoints(0, TEXT_MAX - 1)) + "…";
    }
}
