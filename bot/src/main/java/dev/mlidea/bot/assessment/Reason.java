package dev.mlidea.bot.assessment;

import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.conversations.assessment.Assessment;
import dev.mlidea.conversations.assessment.Contribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One rule's effect on impact or feasibility, as a reason for the assessment: "*impact +1.0* —
 * high-impact signals: removes product friction". Where a score starts is not a reason, and neither is
 * a rule that added nothing.
 */
record Reason(String score, Contribution contribution) {

    /** The rule id both scores give their starting point ({@code ImpactRule} and {@code FeasibilityRule}). */
    static final String STARTING_POINT_RULE = "starting_point";

    /**
     * The {@code n} contributions with the largest effect across impact and feasibility, largest first;
     * a tie keeps the model's order, impact before feasibility.
     */
    static List<Reason> strongest(Assessment a, int n) {
        var all = new ArrayList<Reason>();
        a.impact().contributions().forEach(c -> all.add(new Reason("impact", c)));
        a.feasibility().contributions().forEach(c -> all.add(new Reason("feasibility", c)));
        return all.stream()
                .filter(r -> moves(r.contribution())
                        && !STARTING_POINT_RULE.equals(r.contribution().rule()))
                .sorted(Comparator.comparingDouble(
                                (Reason r) -> Math.abs(rounded(r.contribution().points())))
                        .reversed())
                .limit(n)
                .toList();
    }

    /** Whether the contribution moves its score at all, to one decimal: "a product (0.0)" does not. */
    static boolean moves(Contribution c) {
        return rounded(c.points()) != 0.0;
    }

    /** "*feasibility −0.4* — hard traits: complex output", escaped. */
    String mrkdwn() {
        return "*" + score + " " + signed(contribution.points()) + "* — " + Mrkdwn.escape(subject());
    }

    /** The explanation without its trailing points ("hard traits: complex output"), or as written. */
    String subject() {
        String explanation = contribution.explanation();
        String suffix = ": " + signed(contribution.points());
        return explanation.endsWith(suffix)
                ? explanation.substring(0, explanation.length() - suffix.length())
                : explanation;
    }

    /** One decimal with its sign and a real minus, as the domain writes points: "+0.5", "−1.6". */
    static String signed(double points) {
        double r = rounded(points);
        if (r == 0.0) return "0.0";
        return (r > 0 ? "+" : "−") + String.format(Locale.ROOT, "%.1f", Math.abs(r));
    }

    private static double rounded(double x) {
        return Math.round(x * 10.0) / 10.0;
    }

    /**
     * The archetype's guidance, less the lines that only restate a raised red flag: a line whose words
     * all appear, in order, in a flag's sentence ("Focus heavily on the failure rate and its
     * consequences." beside the autonomous-reliability flag) says nothing the flag does not.
     */
    static List<String> guidanceNotInFlags(Assessment a) {
        var said = new ArrayList<String>();
        a.redFlags().forEach(flag -> said.add(words(flag.text())));
        a.gates().forEach(gate -> said.add(words(gate.flag().text())));
        return a.guidance().stream()
                .filter(line -> said.stream().noneMatch(flag -> (" " + flag + " ").contains(" " + words(line) + " ")))
                .toList();
    }

    /** Lower-case words separated by single spaces, without punctuation. */
    private static String words(String sentence) {
        return sentence.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}']+", " ")
                .strip();
    }
}
