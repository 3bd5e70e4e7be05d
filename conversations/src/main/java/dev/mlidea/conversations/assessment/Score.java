package dev.mlidea.conversations.assessment;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Impact or feasibility on the 1–5 scale, with the contributions it is the sum of.
 *
 * @param value the sum of the contributions, clamped to 1.0–5.0 and rounded to one decimal
 * @param contributions every rule's share, in the model's order; they explain the value
 */
public record Score(double value, List<Contribution> contributions) {

    public static final double MIN = 1.0;
    public static final double MAX = 5.0;

    public Score {
        contributions = List.copyOf(contributions);
        value = round(Math.max(MIN, Math.min(MAX, value)));
    }

    /** The score the contributions add up to. */
    static Score of(List<Contribution> contributions) {
        return new Score(sum(contributions), contributions);
    }

    /**
     * The unclamped sum of the contributions, rounded to one decimal: it may fall outside 1–5 and keeps
     * apart two projects both held at the floor. A score kept without its contributions returns its value.
     */
    public double raw() {
        return contributions.isEmpty() ? value : round(sum(contributions));
    }

    /** Whether the contributions add up to more than 5 or less than 1, and the value was held at the bound. */
    public boolean clamped() {
        return raw() != value;
    }

    /**
     * One line of plain words: "feasibility 2.1: starts at 4.0, accuracy requirement 5/5 (−1.6), …".
     * A clamped value says so: "feasibility 1.0 (−0.8, held at the 1.0 floor): …".
     */
    public String explain(String name) {
        Objects.requireNonNull(name);
        var head = name + " " + format(value);
        if (clamped()) {
            var bound = raw() < MIN ? "held at the 1.0 floor" : "held at the 5.0 ceiling";
            head += " (" + format(raw()) + ", " + bound + ")";
        }
        if (contributions.isEmpty()) return head;
        return head + ": " + contributions.stream().map(Contribution::phrase).collect(Collectors.joining("; "));
    }

    static double round(double x) {
        return Math.round(x * 10.0) / 10.0;
    }

    static String format(double x) {
        var text = String.format(Locale.ROOT, "%.1f", round(x));
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }

    private static double sum(List<Contribution> contributions) {
        return contributions.stream().mapToDouble(Contribution::points).sum();
    }
}
