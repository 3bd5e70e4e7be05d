package dev.mlidea.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.storage.EmbeddedDatabaseException;
import dev.mlidea.storage.StorageException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class StartupProblemsTest {

    @Test
    void a_failure_of_the_embedded_database_is_explained_without_blaming_database_url() {
        var e = new EmbeddedDatabaseException(
                "./data holds a PostgreSQL 14 database; this mlidea runs PostgreSQL 17",
                new IOException("Gave up waiting for server to start after 10000ms"));

        String described = StartupProblems.describe(new RuntimeException("wrapped", e));

        assertThat(described)
                .startsWith("./data holds a PostgreSQL 14 database")
                .doesNotContain("DATABASE_URL")
                .doesNotContain("\n");
    }

    @Test
    void a_database_at_database_url_that_fails_points_at_database_url() {
        var e = new StorageException("could not connect to the database", new IOException("refused"));

        assertThat(StartupProblems.describe(e)).contains("Check DATABASE_URL");
    }
}
