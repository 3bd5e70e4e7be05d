package dev.mlidea.bot.portfolio;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import dev.mlidea.bot.blocks.BlockLimits;
import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.conversations.assessment.Archetype;
import dev.mlidea.conversations.assessment.Quadrant;
import dev.mlidea.conversations.portfolio.PortfolioProject.Placement;
import dev.mlidea.conversations.portfolio.WeeklySummary;
import dev.mlidea.conversations.portfolio.WeeklySummary.Entry;
import dev.mlidea.conversations.portfolio.WeeklySummary.KillEntry;
import dev.mlidea.conversations.portfolio.WeeklySummary.MoveEntry;
import dev.mlidea.conversations.portfolio.WeeklySummary.TrendEntry;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageMove;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The weekly portfolio summary: counts first, then what happened in the week, each list in its own
 * section (block ids {@code summary.new}, {@code summary.moves}, …) and left out when empty. Projects
 * the summary may not name are in {@link WeeklySummary} only as numbers, so this class cannot name
 * them.
 */
public final class SummaryMessages {
    /** A kill reason is quoted, not retold: one short line. */
    static final int REASON_MAX = 160;

    /** A trend line is at most five values of forty characters; escaping can make it longer. */
    static final int TREND_MAX = 240;

    private static final DateTimeFormatter FALLBACK_DATE =
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private SummaryMessages() {}

    /**
     * The summary as posted (or shown privately by {@code /mlidea portfolio}).
     *
     * @param links thread permalinks by project id; a project without one is named without a link
     * @param headline the header, "Week 49 · 2026" say
     */
    public static SlackMessage summary(WeeklySummary s, Map<UUID, String> links, String headline) {
        var names = new ProjectNames(links);
        var lists = new ListSection();
        var blocks = new ArrayList<LayoutBlock>();
        String title = Mrkdwn.fitPlain(ProjectNames.oneLine(headline), BlockLimits.HEADER_TEXT);
        blocks.add(header(
                h -> h.blockId("summary.header").text(plainText(title.isEmpty() ? "Weekly ML portfolio" : title))));
        add(blocks, "summary.counts", counts(s));
        s.bestDoItNow().ifPresent(best -> add(blocks, "summary.best", best(names, best)));
        if (s.quiet() && s.total() > 0)
            add(blocks, "summary.quiet", "A quiet week: nothing new, no stage moves, no kills, no metric moved.");
        add(blocks, "summary.new", lists.render("New this week", "project", s.newThisWeek(), e -> fresh(names, e)));
        add(blocks, "summary.moves", lists.render("Stage moves", "move", s.moves(), m -> move(names, m)));
        add(
                blocks,
                "summary.overdue",
                lists.render(
                        "Success criteria overdue for a re-check",
                        "project",
                        s.overdue(),
                        e -> names.name(e) + " — " + e.stage().label()));
        add(blocks, "summary.stalled", lists.render("Stalled", "project", s.stalled(), e -> stalled(names, e)));
        add(blocks, "summary.killed", lists.render("Killed", "project", s.killed(), k -> killed(names, k)));
        add(
                blocks,
                "summary.trends",
                lists.render("Metric trends that moved", "project", s.trends(), t -> trend(names, t)));
        blocks.add(context(c -> c.blockId("summary.context").elements(List.of(markdownText(footnote(s))))));
        return new SlackMessage(fallback(s, title), blocks);
    }

    /** "12 projects · 2 in intake", then one line each for quadrant, archetype and stage; zeros left out. */
    static String counts(WeeklySummary s) {
        if (s.total() == 0) return "*No projects yet.* Start one with `/mlidea &lt;title&gt;`.";
        var text = new StringBuilder("*")
                .append(s.total())
                .append(' ')
                .append(ListSection.plural(s.total(), "project"))
                .append('*');
        if (s.inIntake() > 0) text.append(" · ").append(s.inIntake()).append(" in intake");
        int unassessed = s.total() - s.assessed();
        if (unassessed > 0 && s.assessed() > 0)
            text.append(" · ").append(unassessed).append(" not assessed yet");
        text.append(line("Quadrant", s.byQuadrant(), Quadrant::label));
        text.append(line("Archetype", s.byArchetype(), Archetype::label));
        text.append(line("Stage", s.byStage(), Stage::label));
        return text.toString();
    }

    private static <K> String line(String what, Map<K, Integer> counts, Function<K, String> label) {
        String parts = counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> label.apply(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(" · "));
        return parts.isEmpty() ? "" : "\n*" + what + ":* " + parts;
    }

    private static String best(ProjectNames names, Entry best) {
        var text = new StringBuilder("*Best _Do it now_ not yet started:* ").append(names.name(best));
        best.placement().ifPresent(p -> text.append(" — ").append(scores(p)));
        best.nextStep().ifPresent(step -> text.append("\nNext step: ").append(step.label()));
        return text.toString();
    }

    private static String scores(Placement p) {
        return "impact " + number(p.impact()) + ", feasibility " + number(p.feasibility());
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String fresh(ProjectNames names, Entry e) {
        return names.name(e) + " — "
                + e.placement().map(p -> p.quadrant().label()).orElse("not assessed yet");
    }

    /** "*Churn* Training → Data (iteration 2)": a move back starts an iteration, and says so. */
    private static String move(ProjectNames names, MoveEntry m) {
        StageMove move = m.move();
        String text = names.name(m.project()) + " " + move.from().label() + " → "
                + move.to().label();
        return switch (move.kind()) {
            case BACK -> text + " (iteration " + move.iteration() + ")";
            case REOPEN -> text + " (reopened)";
            default -> text;
        };
    }

    private static String stalled(ProjectNames names, Entry e) {
        return names.name(e) + " — no progress in " + e.stage().label() + " since " + date(e.stageSince());
    }

    private static String killed(ProjectNames names, KillEntry k) {
        String reason = k.reason()
                .map(ProjectNames::oneLine)
                .filter(r -> !r.isEmpty())
                .map(r -> "“" + Mrkdwn.escapeAndFit(r, REASON_MAX) + "”")
                .orElse("no reason given");
        return names.name(k.project()) + " — " + reason;
    }

    private static String trend(ProjectNames names, TrendEntry t) {
        return names.name(t.project()) + " — " + Mrkdwn.escapeAndFit(ProjectNames.oneLine(t.line()), TREND_MAX);
    }

    private static String footnote(WeeklySummary s) {
        var text = new StringBuilder(s.week().key())
                .append(": Monday to Sunday, ")
                .append(s.week().zone().getId())
                .append(" time.");
        if (s.privateProjects() > 0)
            text.append(' ')
                    .append(s.privateProjects())
                    .append(' ')
                    .append(ListSection.plural(s.privateProjects(), "project"))
                    .append(" in private channels ")
                    .append(s.privateProjects() == 1 ? "is" : "are")
                    .append(" counted but not named here.");
        return text.append(" `/mlidea portfolio` shows this summary any time.").toString();
    }

    /** For notifications: counts only, so it reads on a lock screen and names nobody. */
    static String fallback(WeeklySummary s, String headline) {
        var parts = new ArrayList<String>();
        parts.add(s.total() + " " + ListSection.plural(s.total(), "project"));
        count(parts, s.newThisWeek().count(), "new", "new");
        count(parts, s.moves().count(), "stage move", "stage moves");
        count(parts, s.overdue().count(), "overdue", "overdue");
        count(parts, s.stalled().count(), "stalled", "stalled");
        count(parts, s.killed().count(), "killed", "killed");
        count(parts, s.trends().count(), "metric moved", "metrics moved");
        if (s.quiet() && s.total() > 0) parts.add("a quiet week");
        String week = headline.isEmpty() ? "" : " (" + Mrkdwn.escape(headline) + ")";
        return "Weekly ML portfolio" + week + ": " + String.join(", ", parts);
    }

    private static void count(List<String> parts, int n, String one, String many) {
        if (n > 0) parts.add(n + " " + (n == 1 ? one : many));
    }

    private static void add(List<LayoutBlock> blocks, String blockId, String mrkdwn) {
        if (!mrkdwn.isEmpty()) blocks.add(section(s -> s.blockId(blockId).text(markdownText(mrkdwn))));
    }

    /** Slack's date token: rendered in the reader's time zone, the UTC date where it cannot be. */
    private static String date(Instant at) {
        return "<!date^" + at.getEpochSecond() + "^{date_short}|" + FALLBACK_DATE.format(at) + ">";
    }
}
