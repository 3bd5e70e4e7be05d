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

    @Test
    void slack_refusing_or_unreachable_at_start_names_the_token_and_the_reason() {
        // What Bolt throws when auth.test fails: a refused token, or no way to reach Slack at all.
        var e = new IllegalArgumentException("The token is invalid (error: slack.com: Name or service not known)");

        assertThat(StartupProblems.describe(e))
                .startsWith("Slack did not accept SLACK_BOT_TOKEN, or could not be reached")
                .contains("slack.com: Name or service not known")
                .doesNotContain("unexpected");
    }
}
