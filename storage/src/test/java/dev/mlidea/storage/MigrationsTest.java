package dev.mlidea.storage;

import static dev.mlidea.storage.testing.Projects.TEAM;
import static dev.mlidea.storage.testing.Projects.aProject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.storage.testing.MutableClock;
import dev.mlidea.storage.testing.RitualRecords;
import dev.mlidea.storage.testing.TestDatabase;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Flyway migrations: an empty database becomes the bot's, and a restart keeps everything. */
class MigrationsTest {
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    private final MutableClock clock = MutableClock.at("2024-05-06T10:00:00Z");

    @Test
    void migrations_apply_on_an_empty_database() {
        try (var storage = Storage.open(TestDatabase.freshDatabaseUrl(), clock)) {
            assertThat(tables(storage)).contains("projects", "answers", "inbox", "outbox");
            assertThat(appliedMigrations(storage))
                    .isEqualTo(migrationsOnClasspath().size());
        }
    }

    @Test
    void a_migrated_database_is_ready() {
        try (var storage = Storage.open(TestDatabase.freshDatabaseUrl(), clock)) {
            assertThat(storage.isReady()).isTrue();
        }
    }

    @Test
    void a_closed_storage_is_not_ready() {
        var storage = Storage.open(TestDatabase.freshDatabaseUrl(), clock);
        storage.close();

        assertThat(storage.isReady()).isFalse();
    }

    @Test
    void the_schema_version_is_the_latest_migration_this_build_knows() {
        try (var storage = Storage.open(TestDatabase.freshDatabaseUrl(), clock)) {
            assertThat(storage.schemaVersion()).isEqualTo(latestMigrationOnClasspath());
        }
    }

    @Test
    void a_restart_keeps_projects_answers_and_owed_work_and_applies_nothing_twice() {
        var url = TestDatabase.freshDatabaseUrl();
        var project = aProject()
                .answered("problem", new Answer.Text("Churn, quietly"))
                .answered("signals", new Answer.Picks(Set.of("clicks", "tickets")))
                .answered("stakeholders", new Answer.People(List.of("U0BOB")))
                .asking("confidence")
                .build();
        try (var before = Storage.open(url, clock)) {
            before.useTransaction(uow -> {
                uow.projects().insert(project);
                uow.inbox().enqueue(new InboxItem(TEAM, "Ev01", "C0PLANNING:1", "message", "{}"));
                uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.POST_CARD, "card", "[]"));
            });
        }

        try (var after = Storage.open(url, clock)) {
            assertThat(after.isReady()).isTrue();
            assertThat(after.schemaVersion()).isEqualTo(latestMigrationOnClasspath());
            assertThat(appliedMigrations(after))
                    .isEqualTo(migrationsOnClasspath().size());
            Optional<ProjectRecord> found =
                    after.inTransaction(uow -> uow.projects().find(TEAM, project.id()));
            var answers = new StorageProbes(after).storedAnswers(TEAM, project.id());
            assertThat(found).contains(project);
            assertThat(answers).hasSize(3);
            assertThat(after.<Optional<InboxQueue.Claimed>>inTransaction(
                            uow -> uow.inbox().claimNext()))
                    .map(c -> c.row().payload())
                    .contains("{}");
            assertThat(after.<Optional<OutboxRow>>inTransaction(
                            uow -> uow.outbox().claimNext()))
                    .map(OutboxRow::text)
                    .contains("card");
        }
    }

    @Test
    void two_instances_on_one_database_migrate_it_once_and_see_the_same_rows() {
        var url = TestDatabase.freshDatabaseUrl();
        var project = aProject().answered("problem", new Answer.Text("Churn")).build();

        try (var one = Storage.open(url, clock);
                var two = Storage.open(url, clock)) {
            one.useTransaction(uow -> uow.projects().insert(project));

            Optional<ProjectRecord> seenByTwo =
                    two.inTransaction(uow -> uow.projects().find(TEAM, project.id()));
            assertThat(seenByTwo).contains(project);
            assertThat(appliedMigrations(two)).isEqualTo(migrationsOnClasspath().size());
            assertThat(two.schemaVersion()).isEqualTo(one.schemaVersion());
        }
    }

    @Test
    void every_table_with_workspace_data_has_a_team_id() {
        try (var storage = Storage.open(TestDatabase.freshDatabaseUrl(), clock)) {
            var withoutTeam = jdbi(storage)
                    .withHandle(h -> h.createQuery("""
                            SELECT t.table_name FROM information_schema.tables t
                            WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                              AND t.table_name NOT IN ('flyway_schema_history', 'scheduled_tasks')
                              AND NOT EXISTS (SELECT 1 FROM information_schema.columns c
                                              WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                                                AND c.column_name = 'team_id' AND c.is_nullable = 'NO')
                            """).mapTo(String.class).list());
            assertThat(withoutTeam).isEmpty();
        }
    }

    @Test
    void v5_applies_on_a_database_with_v1_to_v4_data_and_starts_no_rituals_by_itself() {
        var url = TestDatabase.freshDatabaseUrl();
        Flyway.configure().dataSource(url, null, null).target("4").load().migrate();
        var before = aProject()
                .answered("problem", new Answer.Text("Churn, quietly"))
                .answered("success_criteria", new Answer.Text("Flag 80% of leavers a week early"))
                .completed()
                .posted("1715000000.000100")
                .build();
        Jdbi.create(url).useHandle(h -> {
            h.createUpdate("""
                            INSERT INTO projects (id, team_id, channel_id, proposer_id, owners, title, titled,
                                                  intake_status, intake_mode, delivery, card_ts, created_at,
                                                  last_activity_at)
                            VALUES (:id, :team, :channel, :proposer, ARRAY[:proposer], :title, true,
                                    'completed', 'full', 'posted', '1715000000.000100', :created, :created)
                            """)
                    .bind("id", before.id())
                    .bind("team", TEAM)
                    .bind("channel", before.channelId())
                    .bind("proposer", before.proposerId())
                    .bind("title", before.title())
                    .bind("created", before.createdAt().atOffset(ZoneOffset.UTC))
                    .execute();
            h.execute(
                    "INSERT INTO answers VALUES (?, ?, 'problem', 'text', 'Churn, quietly', ?, ?)",
                    TEAM,
                    before.id(),
                    before.proposerId(),
                    before.createdAt().atOffset(ZoneOffset.UTC));
            h.execute(
                    "INSERT INTO answers VALUES (?, ?, 'success_criteria', 'text', 'Flag 80% of leavers a week early', ?, ?)",
                    TEAM, before.id(), before.proposerId(), before.createdAt().atOffset(ZoneOffset.UTC));
        });

        try (var storage = Storage.open(url, clock)) {
            List<String> applied = jdbi(storage)
                    .withHandle(h -> h.createQuery(
                                    "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                            .mapTo(String.class)
                            .list());
            assertThat(applied).containsSubsequence("4", "5");
            assertThat(storage.isReady()).isTrue();
            assertThat(storage.<Optional<ProjectRecord>>inTransaction(
                            uow -> uow.projects().find(TEAM, before.id())))
                    .contains(before);
            assertThat(storage.<Optional<RitualRecord>>inTransaction(
                            uow -> uow.rituals().find(TEAM, before.id())))
                    .isEmpty();
            int rituals = jdbi(storage)
                    .withHandle(h -> h.createQuery("SELECT count(*) FROM project_rituals")
                            .mapTo(Integer.class)
                            .one());
            assertThat(rituals).isZero();

            var started = RitualRecords.startedFor(before);
            assertThat(storage.<Boolean>inTransaction(uow -> uow.rituals().start(TEAM, before.id(), started)))
                    .isTrue();
            assertThat(storage.<Optional<RitualRecord>>inTransaction(
                            uow -> uow.rituals().find(TEAM, before.id())))
                    .contains(started);
        }
    }

    @Test
    void scheduled_tasks_has_every_column_db_scheduler_reads_and_writes_with_its_types_and_indexes() {
        try (var storage = Storage.open(TestDatabase.freshDatabaseUrl(), clock)) {
            var jdbi = jdbi(storage);
            // What JdbcTaskRepository selects and updates (16.7.1), on an empty table.
            List<Map<String, Object>> rows =
                    jdbi.withHandle(h -> h.createQuery("""
                            SELECT task_name, task_instance, task_data, execution_time, picked, picked_by,
                                   last_success, last_failure, consecutive_failures, last_heartbeat, version,
                                   priority
                            FROM scheduled_tasks
                            """).mapToMap().list());
            assertThat(rows).isEmpty();
            var columns =
                    jdbi.withHandle(h -> h.createQuery("""
                            SELECT column_name || ' ' || data_type || ' ' || is_nullable FROM information_schema.columns
                            WHERE table_schema = 'public' AND table_name = 'scheduled_tasks' ORDER BY ordinal_position
                            """).mapTo(String.class).list());
            assertThat(columns)
                    .containsExactly(
                            "task_name text NO",
                            "task_instance text NO",
                            "task_data bytea YES",
                            "execution_time timestamp with time zone NO",
                            "picked boolean NO",
                            "picked_by text YES",
                            "last_success timestamp with time zone YES",
                            "last_failure timestamp with time zone YES",
                            "consecutive_failures integer YES",
                            "last_heartbeat timestamp with time zone YES",
                            "version bigint NO",
                            "priority smallint YES");
            var indexes =
                    jdbi.withHandle(h -> h.createQuery("""
                            SELECT indexdef FROM pg_indexes WHERE tablename = 'scheduled_tasks' ORDER BY indexname
                            """).mapTo(String.class).list());
            assertThat(indexes)
                    .anySatisfy(i -> assertThat(i).contains("UNIQUE").contains("(task_name, task_instance)"))
                    .anySatisfy(
                            i -> assertThat(i).contains("execution_time_idx").endsWith("(execution_time)"))
                    .anySatisfy(
                            i -> assertThat(i).contains("last_heartbeat_idx").endsWith("(last_heartbeat)"))
                    .anySatisfy(i -> assertThat(i)
                            .contains("priority_execution_time_idx")
                            .endsWith("(priority DESC, execution_time)"))
                    .hasSize(4);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static Jdbi jdbi(Storage storage) {
        return Jdbi.create(storage.dataSource());
    }

    private static List<String> tables(Storage storage) {
        return jdbi(storage)
                .withHandle(h -> h.createQuery(
                                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                        .mapTo(String.class)
                        .list());
    }

    private static int appliedMigrations(Storage storage) {
        return jdbi(storage)
                .withHandle(h -> h.createQuery(
                                "SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL")
                        .mapTo(Integer.class)
                        .one());
    }

    /** The versions of the {@code V<n>__<what>.sql} files this build carries, as Flyway spells them. */
    private static List<String> migrationsOnClasspath() {
        var folder = Storage.class.getClassLoader().getResource("db/migration");
        assertThat(folder).as("db/migration on the classpath").isNotNull();
        try (var files = Files.list(Path.of(folder.toURI()))) {
            return files.map(file -> MIGRATION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1).replace('_', '.'))
                    .collect(Collectors.toList());
        } catch (java.io.IOException | URISyntaxException e) {
            throw new IllegalStateException("could not list db/migration", e);
        }
    }

    private static String latestMigrationOnClasspath() {
        Comparator<String> byVersion = (a, b) -> {
            var x = Arrays.stream(a.split("\\.")).map(BigInteger::new).toList();
            var y = Arrays.stream(b.split("\\.")).map(BigInteger::new).toList();
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int c = x.get(i).compareTo(y.get(i));
                if (c != 0) return c;
            }
            return Integer.compare(x.size(), y.size());
        };
        Optional<String> latest = migrationsOnClasspath().stream().max(byVersion);
        assertThat(latest).as("a migration on the classpath").isPresent();
        return latest.get();
    }
}
