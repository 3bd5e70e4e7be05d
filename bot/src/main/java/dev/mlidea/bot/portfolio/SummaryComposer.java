package dev.mlidea.bot.portfolio;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.conversations.portfolio.IsoWeek;
import dev.mlidea.conversations.portfolio.PortfolioProject;
import dev.mlidea.conversations.portfolio.WeeklySummary;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.Storage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Composes a workspace's summary: its projects read in one short transaction, the summary model built
 * in the domain, thread links and the matrix picture added. The Web API is asked (which channels are
 * private, links not yet known) outside any transaction, and a channel Slack would not describe counts
 * as private: a project is never named where it might not be seen.
 */
public final class SummaryComposer {
    /** Thread links fetched per summary at most; the rest come in later summaries (a title shows meanwhile). */
    static final int LINKS_PER_SUMMARY = 100;

    /** How long a channel's privacy is trusted: channels rarely change, but they can. */
    static final Duration PRIVACY_KEPT = Duration.ofHours(1);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    /** The summary's message and picture, and what it counted. */
    public record Composed(SlackMessage message, byte[] picture, int projects) {}

    private record Known(boolean isPrivate, Instant at) {}

    private final Storage storage;
    private final SlackDirectory slack;
    private final Clock clock;
    private final Map<String, Known> privacy = new ConcurrentHashMap<>();

    public SummaryComposer(Storage storage, SlackDirectory slack) {
        this.storage = storage;
        this.slack = slack;
        this.clock = storage.clock();
    }

    /** A workspace's projects with their channels' privacy resolved, and the thread links known. */
    public record Read(List<PortfolioProject> projects, Map<UUID, String> links, Map<UUID, String> cardTs) {}

    /** The summary of {@code week} for {@code teamId}, to be shown in {@code postedIn} (empty: privately). */
    public Composed compose(String teamId, IsoWeek week, Optional<String> postedIn) {
        Read read = read(teamId);
        WeeklySummary summary = WeeklySummary.of(read.projects(), week, postedIn);
        Map<UUID, String> links = withNewLinks(teamId, read, postedIn);
        SlackMessage message = SummaryMessages.summary(summary, links, headline(week));
        byte[] picture = MatrixChart.png(points(read.projects(), postedIn));
        return new Composed(message, picture, read.projects().size());
    }

    /**
     * The workspace's projects whose cards were posted: which channels are private is asked of Slack
     * (outside any transaction; cached), then the portfolio is read in one short transaction.
     */
    public Read read(String teamId) {
        List<ProjectRecord> posted =
                storage.<List<ProjectRecord>>inTransaction(uow -> uow.projects().listWithoutAnswers(teamId)).stream()
                        .filter(p -> p.cardTs().isPresent())
                        .toList();
        Map<String, Boolean> isPrivate = new HashMap<>();
        posted.stream().map(ProjectRecord::channelId).distinct().forEach(c -> isPrivate.put(c, isPrivate(teamId, c)));
        Map<UUID, String> cardTs = new HashMap<>();
        posted.forEach(p -> cardTs.put(p.id(), p.cardTs().orElseThrow()));
        return storage.inTransaction(uow -> new Read(
                uow.portfolio().projects(teamId, c -> isPrivate.getOrDefault(c, true)),
                new HashMap<>(uow.projects().permalinks(teamId)),
                cardTs));
    }

    /** "Week 49 · Nov 30 – Dec 6": the reader's bearings in one line. */
    static String headline(IsoWeek week) {
        var zone = week.zone();
        String from = DAY.format(week.start().atZone(zone));
        String to = DAY.format(week.end().minusSeconds(1).atZone(zone));
        return "Week " + week.week() + " · " + from + " – " + to;
    }

    private boolean isPrivate(String teamId, String channelId) {
        if (channelId.startsWith("D")) return true;
        String key = teamId + ":" + channelId;
        Known known = privacy.get(key);
        Instant now = clock.instant();
        if (known != null && known.at().plus(PRIVACY_KEPT).isAfter(now)) return known.isPrivate();
        Optional<Boolean> asked = slack.isPrivate(teamId, channelId);
        // Unknown is private: naming a project where it may not be seen is the one mistake not to make.
        asked.ifPresent(p -> privacy.put(key, new Known(p, now)));
        return asked.orElse(true);
    }

    /**
     * The known links plus those fetched now for the projects that may be named in {@code postedIn}
     * (at most {@link #LINKS_PER_SUMMARY}); fetched ones are kept for next time.
     */
    public Map<UUID, String> withNewLinks(String teamId, Read read, Optional<String> postedIn) {
        return withNewLinks(teamId, read, read.projects(), postedIn);
    }

    public Map<UUID, String> withNewLinks(
            String teamId, Read read, List<PortfolioProject> wanted, Optional<String> postedIn) {
        Map<UUID, String> known = read.links();
        Map<UUID, String> cardTs = read.cardTs();
        Map<UUID, String> fetched = new HashMap<>();
        for (PortfolioProject p : wanted) {
            if (fetched.size() >= LINKS_PER_SUMMARY) break;
            if (known.containsKey(p.id()) || !p.nameableIn(postedIn) || !cardTs.containsKey(p.id())) continue;
            slack.permalink(teamId, p.channelId(), cardTs.get(p.id())).ifPresent(link -> fetched.put(p.id(), link));
        }
        if (!fetched.isEmpty()) {
            storage.useTransaction(uow -> uow.projects().savePermalinks(teamId, fetched));
        }
        var all = new HashMap<>(known);
        all.putAll(fetched);
        return all;
    }

    /** Every placed project on the matrix; one that may not be named here is a dot without its title. */
    static List<MatrixChart.Point> points(List<PortfolioProject> projects, Optional<String> postedIn) {
        return projects.stream()
                .filter(p -> p.placement().isPresent())
                .map(p -> new MatrixChart.Point(
                        p.nameableIn(postedIn) ? p.title() : "private project",
                        p.placement().get().impact(),
                        p.placement().get().feasibility(),
                        p.placement().get().archetype().label()))
                .toList();
    }
}
