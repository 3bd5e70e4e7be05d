package dev.mlidea.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * A PostgreSQL server started from the zonky binaries. For the bot's default its data lives in a
 * folder that survives restarts and every commit is durable; tests use a throwaway one.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts (or restarts) the server whose data is in {@code dataDir}. zonky turns fsync and
     * synchronous_commit off for speed; real users' answers need both on.
     */
    public static EmbeddedDatabase durable(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.toAbsolutePath())
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start());
        } catch (IOException e) {
            throw new StorageException("could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** A fresh server in a temporary folder, deleted on close: for tests. */
    public static EmbeddedDatabase throwaway() {
        try {
            return new EmbeddedDatabase(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new StorageException("could not start a throwaway embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    public DataSource postgresDatabase() {
        return postgres.getPostgresDatabase();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new StorageException("could not stop the embedded PostgreSQL", e);
        }
    }
}
