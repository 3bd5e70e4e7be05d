package dev.mlidea.storage;

import static dev.mlidea.storage.testing.Projects.TEAM;
import static dev.mlidea.storage.testing.Projects.aProject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.storage.testing.MutableClock;
import dev.mlidea.storage.testing.TestDatabase;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
                              AND t.table_name <> 'flyway_schema_history'
                              AND NOT EXISTS (SELECT 1 FROM information_schema.columns c
                                              WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                                                AND c.column_name = 'team_id' AND c.is_nullable = 'NO')
                            """).mapTo(String.class).list());
            assertThat(withoutTeam).isEmpty();
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
