package dev.mlidea.storage;

import static dev.mlidea.storage.testing.Projects.TEAM;
import static dev.mlidea.storage.testing.Projects.aProject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.storage.testing.MutableClock;
import java.nio.file.Path;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot's default database: an embedded server whose folder survives restarts, durably. */
class EmbeddedDatabaseTest {
    private final MutableClock clock = MutableClock.at("2024-05-06T10:00:00Z");

    @Test
    void answers_survive_a_restart_of_the_durable_server(@TempDir Path dataDir) {
        var project = aProject()
                .answered("problem", new Answer.Text("Churn, quietly"))
                .build();
        try (var server = EmbeddedDatabase.durable(dataDir);
                var storage = Storage.open(server.jdbcUrl("postgres"), clock)) {
            storage.useTransaction(uow -> uow.projects().insert(project));
        }

        try (var server = EmbeddedDatabase.durable(dataDir);
                var storage = Storage.open(server.jdbcUrl("postgres"), clock)) {
            Optional<ProjectRecord> found =
                    storage.inTransaction(uow -> uow.projects().find(TEAM, project.id()));
            assertThat(found).contains(project);
            assertThat(storage.isReady()).isTrue();
        }
    }

    @Test
    void the_durable_server_flushes_every_commit_to_disk(@TempDir Path dataDir) {
        try (var server = EmbeddedDatabase.durable(dataDir)) {
            var jdbi = Jdbi.create(server.postgresDatabase());

            assertThat(setting(jdbi, "fsync")).isEqualTo("on");
            assertThat(setting(jdbi, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(jdbi, "full_page_writes")).isEqualTo("on");
        }
    }

    private static String setting(Jdbi jdbi, String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT current_setting(:name)")
                .bind("name", name)
                .mapTo(String.class)
                .one());
    }
}
