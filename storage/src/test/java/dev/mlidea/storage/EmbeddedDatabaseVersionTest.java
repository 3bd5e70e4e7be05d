package dev.mlidea.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data directory of another PostgreSQL major version is refused with directions, and never touched. */
class EmbeddedDatabaseVersionTest {

    @Test
    void a_postgresql_14_data_directory_is_refused_with_directions_and_left_as_it_was(@TempDir Path dataDir)
            throws IOException {
        fakeDataDirectory(dataDir, "14");
        var before = contents(dataDir);

        assertThatThrownBy(() -> EmbeddedDatabase.durable(dataDir))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining(dataDir.toString())
                .hasMessageContaining("holds a PostgreSQL 14 database")
                .hasMessageContaining("runs PostgreSQL " + EmbeddedDatabase.POSTGRES_MAJOR_VERSION)
                .hasMessageContaining("pg_dump")
                .hasMessageContaining("'Upgrading the embedded database'")
                .hasMessageNotContaining("\n");

        assertThat(contents(dataDir)).isEqualTo(before);
    }

    @Test
    void a_data_directory_of_a_newer_postgresql_is_refused_too(@TempDir Path dataDir) throws IOException {
        fakeDataDirectory(dataDir, "99");
        var before = contents(dataDir);

        assertThatThrownBy(() -> EmbeddedDatabase.durable(dataDir))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("holds a PostgreSQL 99 database, newer than");

        assertThat(contents(dataDir)).isEqualTo(before);
    }

    @Test
    void an_old_nine_point_x_data_directory_is_recognised_as_older(@TempDir Path dataDir) throws IOException {
        fakeDataDirectory(dataDir, "9.6");

        assertThatThrownBy(() -> EmbeddedDatabase.durable(dataDir))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("holds a PostgreSQL 9.6 database; this mlidea runs");
    }

    /** What the previous mlidea left: PG_VERSION, a config, some table files, the password-less layout. */
    private static void fakeDataDirectory(Path dataDir, String version) throws IOException {
        Files.writeString(dataDir.resolve("PG_VERSION"), version + "\n");
        Files.writeString(dataDir.resolve("postgresql.conf"), "# made by initdb\n");
        Files.createDirectories(dataDir.resolve("base/5"));
        Files.write(dataDir.resolve("base/5/16384"), new byte[] {1, 2, 3, 4});
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        var files = new TreeMap<String, String>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                String key = dir.relativize(p).toString();
                files.put(key, Files.isDirectory(p) ? "<dir>" : java.util.Arrays.toString(Files.readAllBytes(p)));
            }
        }
        return files;
    }
}
