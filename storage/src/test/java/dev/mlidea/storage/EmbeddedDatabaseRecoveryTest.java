package dev.mlidea.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.storage.testing.KilledServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The durable server starts again on its folder whatever the previous run left behind. */
class EmbeddedDatabaseRecoveryTest {
    @TempDir
    Path dataDir;

    @AfterEach
    void stopAnythingLeft() {
        KilledServer.stopAnythingOn(dataDir);
    }

    @Test
    void a_server_left_running_by_a_killed_process_is_stopped_and_the_data_opened_again() throws Exception {
        long orphan = KilledServer.leaveOrphanOn(dataDir);
        assertThat(KilledServer.isRunning(orphan))
                .as("kill -9 of the JVM leaves its PostgreSQL running")
                .isTrue();

        try (var server = EmbeddedDatabase.durable(dataDir)) {
            assertThat(KilledServer.isRunning(orphan))
                    .as("the orphan is stopped")
                    .isFalse();
            assertThat(KilledServer.postmasterPid(dataDir)).isNotEqualTo(orphan);
            List<String> kept = Jdbi.create(server.postgresDatabase())
                    .withHandle(h -> h.createQuery("SELECT answer FROM kept")
                            .mapTo(String.class)
                            .list());
            assertThat(kept).containsExactly("written before kill -9");
        }
    }

    @Test
    void a_stale_pid_file_naming_a_process_that_is_gone_does_not_block_the_start() throws Exception {
        EmbeddedDatabase.durable(dataDir).close();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        writePidFile(gone.pid());

        try (var server = EmbeddedDatabase.durable(dataDir)) {
            assertThat(KilledServer.postmasterPid(dataDir)).isNotEqualTo(gone.pid());
            assertThat(server.postgresDatabase().getConnection().isValid(5)).isTrue();
        }
    }

    @Test
    void a_stale_pid_file_naming_an_unrelated_live_program_does_not_block_the_start() throws Exception {
        EmbeddedDatabase.durable(dataDir).close();
        Process unrelated = new ProcessBuilder("sleep", "120").start();
        try {
            writePidFile(unrelated.pid());

            try (var server = EmbeddedDatabase.durable(dataDir)) {
                assertThat(unrelated.isAlive())
                        .as("the unrelated program is left alone")
                        .isTrue();
                assertThat(server.postgresDatabase().getConnection().isValid(5)).isTrue();
            }
        } finally {
            unrelated.destroyForcibly();
        }
    }

    /** The layout PostgreSQL writes: pid, data directory, start time, port, socket dir, host, key, status. */
    private void writePidFile(long pid) throws Exception {
        Files.writeString(
                dataDir.resolve("postmaster.pid"),
                pid + "\n" + dataDir.toAbsolutePath() + "\n1700000000\n5432\n\n127.0.0.1\n  1234567     0\nready   \n");
    }
}
