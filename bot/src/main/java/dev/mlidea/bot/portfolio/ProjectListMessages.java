package dev.mlidea.bot.portfolio;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.conversations.portfolio.PortfolioProject;
import dev.mlidea.conversations.rituals.Stage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /mlidea list}: one project per section (stage, quadrant, next step, criteria re-check, thread
 * link), {@link #PAGE_SIZE} a page, with buttons to page through (a page stays well inside Block Kit's
 * 50 blocks and 3,000 characters a section, whatever the titles).
 */
public final class ProjectListMessages {
    public static final int PAGE_SIZE = 15;
    public static final String PAGE_ACTION = "list_page";
    static final int TITLE_SHOWN = 150;

    private static final DateTimeFormatter FALLBACK_DATE =
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** Whose projects: the asker's own, or every project they may see. */
    public enum Scope {
        MINE,
        ALL;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Scope> parse(String word) {
            for (Scope s : values()) if (s.id().equals(word)) return Optional.of(s);
            return Optional.empty();
        }
    }

    /** A project as listed: the portfolio's view and when its criteria are next due for a re-check. */
    public record Listed(PortfolioProject project, Optional<Instant> recheckDue) {}

    private ProjectListMessages() {}

    /** Page {@code page} (from 1) of {@code all}; the page is clamped to the pages there are. */
    public static SlackMessage page(List<Listed> all, Scope scope, int page, Map<UUID, String> links) {
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        var blocks = new ArrayList<LayoutBlock>();
        String head = all.isEmpty()
                ? (scope == Scope.MINE
                        ? "You own no projects yet. `/mlidea <short title>` starts one."
                        : "No projects you can see yet. `/mlidea <short title>` starts one.")
                : "*" + (scope == Scope.MINE ? "Your projects" : "Projects") + "* — " + all.size() + " in all"
                        + (pages > 1 ? ", page " + shown + " of " + pages : "");
        blocks.add(section(s -> s.blockId("list.head").text(markdownText(head))));
        int from = (shown - 1) * PAGE_SIZE;
        for (Listed l : all.subList(from, Math.min(all.size(), from + PAGE_SIZE))) {
            String line = line(l, Optional.ofNullable(links.get(l.project().id())));
            blocks.add(section(s -> s.blockId("list." + l.project().shortId()).text(markdownText(line))));
        }
        var nav = new ArrayList<BlockElement>();
        if (shown > 1) nav.add(pageButton("← Previous", scope, shown - 1));
        if (shown < pages) nav.add(pageButton("Next page →", scope, shown + 1));
        if (!nav.isEmpty()) blocks.add(actions(a -> a.blockId("list.pages").elements(nav)));
        blocks.add(context(c -> c.blockId("list.hint")
                .elements(List.of(markdownText(
                        scope == Scope.MINE
                                ? "`/mlidea list all` shows every project you can see."
                                : "Projects in private channels show only there and to their owners.")))));
        return new SlackMessage(head.replace("*", ""), blocks);
    }

    static String line(Listed l, Optional<String> link) {
        PortfolioProject p = l.project();
        String title = Mrkdwn.escapeAndFit(p.title(), TITLE_SHOWN).replace("|", "¦");
        var text = new StringBuilder("*")
                .append(link.map(u -> "<" + u + "|" + title + ">").orElse(title))
                .append("* `#")
                .append(p.shortId())
                .append("`\n")
                .append(p.intakeComplete() ? p.stage().label() : "In intake");
        if (p.iteration() > 1) text.append(" (iteration ").append(p.iteration()).append(')');
        p.placement().ifPresent(pl -> text.append(" · ").append(pl.quadrant().label()));
        if (p.stage() == Stage.PLANNING)
            p.nextStep().ifPresent(s -> text.append(" · next: ").append(s.label()));
        if (p.stalled()) text.append(" · :zzz: stalled");
        if (p.criteriaOverdue()) {
            text.append(" · :warning: criteria overdue");
        } else {
            l.recheckDue().ifPresent(due -> text.append(" · criteria re-check ").append(date(due)));
        }
        return text.toString();
    }

    private static BlockElement pageButton(String label, Scope scope, int page) {
        return button(b -> b.actionId(PAGE_ACTION + "." + page)
                .value(scope.id() + ":" + page)
                .text(plainText(label)));
    }

    private static String date(Instant at) {
        return "<!date^" + at.getEpochSecond() + "^{date_short}|" + FALLBACK_DATE.format(at) + ">";
    }
}
