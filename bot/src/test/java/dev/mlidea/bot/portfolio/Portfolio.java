package dev.mlidea.bot.portfolio;

import dev.mlidea.conversations.assessment.Archetype;
import dev.mlidea.conversations.assessment.Quadrant;
import dev.mlidea.conversations.portfolio.IsoWeek;
import dev.mlidea.conversations.portfolio.PortfolioProject;
import dev.mlidea.conversations.portfolio.PortfolioProject.Placement;
import dev.mlidea.conversations.rituals.CheckIn;
import dev.mlidea.conversations.rituals.ChecklistStep;
import dev.mlidea.conversations.rituals.MetricValue;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageMove;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Portfolios for the summary tests: fixed ids, times in 2026-W49 (Berlin), permalinks for most. */
final class Portfolio {
    static final IsoWeek WEEK = new IsoWeek(LocalDate.of(2026, 11, 30), ZoneId.of("Europe/Berlin"));
    static final String GENERAL = "C0GENERAL1";
    static final Instant LONG_AGO = Instant.parse("2026-10-01T08:00:00Z");

    final List<PortfolioProject> projects = new ArrayList<>();
    final Map<UUID, String> links = new LinkedHashMap<>();

    /** Project number {@code n}: a fixed id whose short id shows the number. */
    static UUID id(int n) {
        return UUID.fromString(String.format("%06x00-0000-4000-8000-000000000000", 0x3f9a00 + n));
    }

    /** Monday of the week plus {@code days}, at 10:00 in Berlin. */
    static Instant day(int days) {
        return WEEK.monday().plusDays(days).atTime(10, 0).atZone(WEEK.zone()).toInstant();
    }

    Project add(int n, String title) {
        return new Project(n, title);
    }

    /** A project under construction: public, assessed as Do it now, in planning since long ago. */
    final class Project {
        final UUID id;
        String title;
        String channel = GENERAL;
        boolean privateChannel;
        Instant createdAt = LONG_AGO;
        boolean intakeComplete = true;
        Optional<Placement> placement = Optional.of(new Placement(4, 4, Quadrant.DO_IT_NOW, Archetype.SOFTWARE_2_0));
        Stage stage = Stage.PLANNING;
        Instant since = LONG_AGO;
        int iteration = 1;
        final List<StageMove> moves = new ArrayList<>();
        boolean stalled;
        boolean overdue;
        Optional<String> killedReason = Optional.empty();
        final List<CheckIn> checkIns = new ArrayList<>();
        Optional<ChecklistStep> nextStep = Optional.of(ChecklistStep.LABEL_BENCHMARK);

        Project(int n, String title) {
            this.id = id(n);
            this.title = title;
            links.put(
                    id,
                    "https://acme.slack.com/archives/" + GENERAL + "/p17000000000001" + String.format("%02d", n % 100));
        }

        Project placed(double impact, double feasibility, Archetype archetype) {
            placement = Optional.of(new Placement(impact, feasibility, Quadrant.of(impact, feasibility), archetype));
            return this;
        }

        Project inIntake() {
            intakeComplete = false;
            placement = Optional.empty();
            return this;
        }

        Project createdOn(int days) {
            createdAt = day(days);
            return this;
        }

        Project privately(String channelId) {
            channel = channelId;
            privateChannel = true;
            links.put(id, "https://acme.slack.com/archives/" + channelId + "/p1700000000000999");
            return this;
        }

        Project noLink() {
            links.remove(id);
            return this;
        }

        Project move(Stage to, Instant at, int iteration) {
            moves.add(new StageMove(stage, to, at, "U0OWNER001", iteration));
            stage = to;
            since = at;
            this.iteration = iteration;
            return this;
        }

        Project stalled() {
            stalled = true;
            return this;
        }

        Project overdue() {
            overdue = true;
            return this;
        }

        Project killed(Instant at, String reason) {
            move(Stage.KILLED, at, iteration);
            killedReason = Optional.of(reason);
            return this;
        }

        /** A check-in {@code days} after the week's Monday (negative: before it), as typed. */
        Project checkIn(int days, String typed) {
            LocalDate date = WEEK.monday().plusDays(days);
            checkIns.add(new CheckIn(date, typed, MetricValue.parse(typed)));
            return this;
        }

        Project nextStep(ChecklistStep step) {
            nextStep = Optional.of(step);
            return this;
        }

        Portfolio done() {
            projects.add(new PortfolioProject(
                    id,
                    id.toString().substring(0, 6),
                    title,
                    channel,
                    privateChannel,
                    createdAt,
                    intakeComplete,
                    placement,
                    stage,
                    since,
                    iteration,
                    moves,
                    stalled,
                    overdue,
                    killedReason,
                    checkIns,
                    nextStep,
                    List.of("U0OWNER001")));
            return Portfolio.this;
        }
    }
}
