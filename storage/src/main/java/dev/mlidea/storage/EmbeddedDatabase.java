package dev.mlidea.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server started from the zonky binaries. For the bot's default its data lives in a
 * folder that survives restarts, every commit is durable, it listens on 127.0.0.1 only and asks for
 * a password; tests use a throwaway one with zonky's defaults. See docs/decisions/0006.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    /** The major version of the zonky binaries in the POM ({@code postgres-binaries.version}). */
    public static final int POSTGRES_MAJOR_VERSION = 17;

    static final String HOST = "127.0.0.1";
    static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Optional<String> password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Optional<String> password) {
        this.postgres = postgres;
        this.password = password;
    }

    /**
     * Starts (or restarts) the server whose data is in {@code dataDir}. zonky turns fsync and
     * synchronous_commit off for speed; real users' answers need both on. A folder made by another
     * PostgreSQL major version is refused untouched, and a server a killed mlidea left running on the
     * folder is stopped first.
     */
    public static EmbeddedDatabase durable(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("could not create the data directory " + dir + ": " + e, e);
        }
        DataDirectoryVersion.requireMajor(dir, POSTGRES_MAJOR_VERSION);
        LeftoverPostmaster.stopIfRunning(dir);
        boolean created = !Files.exists(dir.resolve("postgresql.conf"));
        String password = created ? EmbeddedPassword.generate() : EmbeddedPassword.read(dir);
        Path initdbPassword = null;
        try {
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // Only this machine can connect, only over TCP, only with the password: no Unix
                    // socket, which other local users could reach.
                    .setServerConfig("listen_addresses", HOST)
                    .setServerConfig("unix_socket_directories", "")
                    // The server's own log must not hold what people typed either: no statement text and
                    // no "Failing row contains (...)" details with errors.
                    .setServerConfig("log_min_error_statement", "panic")
                    .setServerConfig("log_error_verbosity", "terse")
                    .setConnectConfig("password", password)
                    // Recovery after a crash replays the WAL before the server answers; zonky's 10 s
                    // default is too short for that on a busy machine.
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // The bot stops it in its one ordered shutdown, after the work in flight has drained;
                    // zonky's own hook would race that and stop the database under the draining worker.
                    .setRegisterShutdownHook(false);
            if (created) {
                initdbPassword = EmbeddedPassword.forInitdb(password);
                // zonky runs `initdb -A trust ... --<key>=<value>` with these "locale" entries last, and
                // offers no other way to pass initdb options: these later options override its trust,
                // so the database never exists without a password, not even for a moment.
                builder.setLocaleConfig("auth-host", "scram-sha-256")
                        .setLocaleConfig("auth-local", "scram-sha-256")
                        .setLocaleConfig("pwfile", initdbPassword.toString())
                        // Runs right after initdb, before the server starts.
                        .setDataDirectoryCustomizer(folder -> EmbeddedPassword.save(folder.toPath(), password));
            }
            return new EmbeddedDatabase(builder.start(), Optional.of(password));
        } catch (IOException | RuntimeException e) {
            if (e instanceof EmbeddedDatabaseException known) throw known;
            throw new EmbeddedDatabaseException(
                    "the embedded PostgreSQL did not start in " + dir + " (" + e.getMessage() + "). Check that"
                            + " the folder is writable and not used by another running mlidea",
                    e);
        } finally {
            deleteQuietly(initdbPassword);
        }
    }

    /** A fresh server in a temporary folder, deleted on close: for tests. */
    public static EmbeddedDatabase throwaway() {
        try {
            return new EmbeddedDatabase(EmbeddedPostgres.builder().start(), Optional.empty());
        } catch (IOException e) {
            throw new StorageException("could not start a throwaway embedded PostgreSQL", e);
        }
    }

    /** The URL the app connects with; for the durable server it carries the password. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + port() + "/" + database + "?user=" + SUPERUSER
                + password.map(p -> "&password=" + URLEncoder.encode(p, StandardCharsets.UTF_8))
                        .orElse("");
    }

    public int port() {
        return postgres.getPort();
    }

    public DataSource postgresDatabase() {
        var dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {HOST});
        dataSource.setPortNumbers(new int[] {port()});
        dataSource.setDatabaseName("postgres");
        dataSource.setUser(SUPERUSER);
        password.ifPresent(dataSource::setPassword);
        return dataSource;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new StorageException("could not stop the embedded PostgreSQL", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Readable by its owner only and in the temporary folder: not worth failing the start for.
        }
    }
}
