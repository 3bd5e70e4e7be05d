package dev.mlidea.bot.portfolio;

import dev.mlidea.conversations.portfolio.IsoWeek;
import dev.mlidea.storage.Storage;
import dev.mlidea.storage.testing.MutableClock;
import dev.mlidea.storage.testing.TestDatabase;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Not a test: times the weekly summaries at scale and prints the figures. Seeds 1,000 workspaces of 50
 * projects each (assessed, with rituals, stage moves and metric check-ins) and one workspace of 500
 * into the embedded PostgreSQL, then composes and queues every summary (domain, Block Kit, picture)
 * with {@link WeeklySummarySweep}, and one 500-project summary with {@link SummaryComposer}.
 *
 * <pre>mvn -B verify -Dtest=SummaryBenchmark -Dit.test=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false</pre>
 */
class SummaryBenchmark {
    static final int WORKSPACES = 1_000;
    static final int PROJECTS = 50;
    static final int BIG = 500;
    /** Monday of ISO week 50, 09:00 in Berlin: every seeded workspace is due. */
    static final Instant SLOT = Instant.parse("2026-12-07T08:00:00Z");

    @org.junit.jupiter.api.Test
    void summaries_at_scale() {
        String url = TestDatabase.freshDatabaseUrl();
        var clock = MutableClock.at(SLOT.minusSeconds(7 * 24 * 3600).toString());
        try (Storage storage = Storage.open(url, clock)) {
            long seeding = System.nanoTime();
            Jdbi jdbi = Jdbi.create(storage.dataSource());
            jdbi.useHandle(h -> {
                h.execute(seed("T0BENCH", WORKSPACES, PROJECTS));
                h.execute(seed("T0BIG", 1, BIG));
                h.execute("ANALYZE");
            });
            System.out.printf(
                    "seeded %d workspaces x %d projects + 1 x %d in %d ms%n",
                    WORKSPACES, PROJECTS, BIG, (System.nanoTime() - seeding) / 1_000_000);

            SlackDirectory offline = new SlackDirectory() {
                @Override
                public Optional<Boolean> isPrivate(String teamId, String channelId) {
                    return Optional.of(channelId.startsWith("G"));
                }

                @Override
                public Optional<String> permalink(String teamId, String channelId, String ts) {
                    return Optional.of("https://bench.slack.com/archives/" + channelId + "/p" + ts.replace(".", ""));
                }
            };
            var composer = new SummaryComposer(storage, offline);
            clock.set(SLOT);

            // Warm up the JIT and the picture's fonts on the big workspace, then time it alone.
            for (int i = 0; i < 3; i++)
                composer.compose("T0BIG0", IsoWeek.of(SLOT, ZoneId.of("Europe/Berlin")), Optional.of("C0SUM"));
            int runs = 10;
            long big = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                composer.compose(
                        "T0BIG0", IsoWeek.of(SLOT, ZoneId.of("Europe/Berlin")).previous(), Optional.of("C0SUM"));
            }
            System.out.printf(
                    "one workspace of %d projects: %.1f ms per summary (mean of %d)%n",
                    BIG, (System.nanoTime() - big) / 1e6 / runs, runs);

            try (var sweep = new WeeklySummarySweep(storage, composer, ZoneId.of("Europe/Berlin"))) {
                // The first week also fetches and stores every thread link; later weeks find them stored.
                for (String week : new String[] {"first week", "next week"}) {
                    long all = System.nanoTime();
                    int queued = sweep.run();
                    long ms = (System.nanoTime() - all) / 1_000_000;
                    System.out.printf(
                            "%s: %d summaries composed and queued in %d ms (%d threads)%n",
                            week, queued, ms, WeeklySummarySweep.PARALLEL);
                    clock.advance(java.time.Duration.ofDays(7));
                }
                long rows =
                        jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM outbox WHERE kind = 'POST_SUMMARY'")
                                .mapTo(Long.class)
                                .one());
                System.out.printf("%d summary messages in the outbox%n", rows);
            }
        }
    }

    /** Set-based SQL: {@code workspaces} teams named {@code prefix}N, {@code projects} each, with history. */
    static String seed(String prefix, int workspaces, int projects) {
        return """
                INSERT INTO workspace_settings (team_id, summary_channel, summary_day, summary_hour, time_zone,
                                                nudge_days, default_cadence, updated_at)
                SELECT '%1$s' || w, 'C0SUM', 'MONDAY', 9, 'Europe/Berlin', 7, '2w', now()
                FROM generate_series(0, %2$d - 1) w;

                INSERT INTO projects (id, team_id, channel_id, proposer_id, owners, title, titled, intake_status,
                                      delivery, card_ts, created_at, last_activity_at, intake_mode)
                SELECT md5('%1$s' || w || ':' || p)::uuid, '%1$s' || w,
                       CASE WHEN p %% 10 = 0 THEN 'G0PRIV' || (p %% 3) ELSE 'C0CHAN' || (p %% 5) END,
                       'U0OWN' || (p %% 7), ARRAY['U0OWN' || (p %% 7)], 'Idea ' || p || ' of ' || w, true, 'completed',
                       'posted', '1700000000.' || lpad(p::text, 6, '0'),
                       timestamptz '2026-11-01 09:00+00' + (p || ' hours')::interval,
                       timestamptz '2026-12-01 09:00+00', 'quick'
                FROM generate_series(0, %2$d - 1) w, generate_series(0, %3$d - 1) p;

                INSERT INTO assessments (team_id, project_id, version, model_version, trigger, suggested_archetype,
                                         suggestion_confident, archetype, impact, feasibility, quadrant, red_flags,
                                         next_steps, dont_build, inputs, created_by, created_at)
                SELECT team_id, id, 1, '2', 'intake_completed', 'software_2_0', true,
                       (ARRAY['software_2_0', 'human_in_the_loop', 'autonomous'])[1 + (abs(hashtext(id::text)) %% 3)],
                       1 + (abs(hashtext(id::text || 'i')) %% 41) / 10.0, 1 + (abs(hashtext(id::text || 'f')) %% 41) / 10.0,
                       'do_it_now', '{}', '{}', false, '{}'::jsonb, proposer_id, created_at
                FROM projects WHERE team_id LIKE '%1$s%%';

                INSERT INTO project_rituals (team_id, project_id, stage, stage_since, iteration, last_progress_at,
                                             criteria, last_validation_at, cadence, next_due_at)
                SELECT team_id, id, (ARRAY['planning', 'data', 'training', 'killed'])[1 + (abs(hashtext(id::text || 's')) %% 4)],
                       timestamptz '2026-12-02 10:00+00', 1, timestamptz '2026-12-02 10:00+00',
                       'Half of the drafts sent with light edits', timestamptz '2026-11-20 10:00+00', '2w', NULL
                FROM projects WHERE team_id LIKE '%1$s%%';

                INSERT INTO stage_moves (team_id, project_id, from_stage, to_stage, iteration, moved_by, moved_at)
                SELECT team_id, project_id, 'planning', stage, 1, 'U0OWN1', stage_since
                FROM project_rituals WHERE team_id LIKE '%1$s%%' AND stage <> 'planning';

                INSERT INTO validations (team_id, project_id, validated_by, validated_at, outcome, old_criteria,
                                         metric_text, metric_number, reason)
                SELECT r.team_id, r.project_id, 'U0OWN1', timestamptz '2026-11-25 10:00+00' + (k || ' days')::interval,
                       'still_valid', r.criteria, (10 + k * 3) || '%%', 10 + k * 3, NULL
                FROM project_rituals r, generate_series(0, 2) k WHERE r.team_id LIKE '%1$s%%';
                """.formatted(prefix, workspaces, projects);
    }
}
