package dev.mlidea.conversations.assessment;

import java.util.Locale;
import java.util.Objects;

/**
 * What one scoring rule added to (or took from) a score, and why, in plain words.
 *
 * @param rule a stable id of the rule, such as {@code accuracy_requirement}
 * @param points how far the rule moves the score
 * @param explanation plain words ending with the points, such as {@code "accuracy requirement 5/5: −1.6"}
 */
public record Contribution(String rule, double points, String explanation) {

    public Contribution {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(explanation);
    }

    /** A contribution whose explanation is {@code subject} followed by its signed points. */
    static Contribution of(String rule, double points, String subject) {
        return new Contribution(rule, points, subject + ": " + signed(points));
    }

    /**
     * The explanation as shown inside a score's one-line explanation: "accuracy requirement 5/5 (−1.6)".
     * An explanation that does not end with its points ("starts at 4.0") is shown as written.
     */
    public String phrase() {
        var suffix = ": " + signed(points);
        if (explanation.endsWith(suffix)) {
            return explanation.substring(0, explanation.length() - suffix.length()) + " (" + signed(points) + ")";
        }
        return explanation;
    }

    /** Points with one decimal and a sign, using a real minus sign: "+0.5", "−1.6", "0.0". */
    static String signed(double points) {
        double rounded = Score.round(points);
        if (rounded == 0.0) return "0.0";
        var digits = String.format(Locale.ROOT, "%.1f", Math.abs(rounded));
        return (rounded > 0 ? "+" : "−") + digits;
    }
}
