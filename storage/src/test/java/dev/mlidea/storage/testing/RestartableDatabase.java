package dev.mlidea.storage.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * A PostgreSQL of one test's own, on a data folder and a port that stay the same, so it can be
 * stopped for real ({@code pg_ctl stop -m fast}: every session is cut, the port refuses connections)
 * and started again where the bot's JDBC URL still points. The shared {@link TestDatabase} server
 * cannot be stopped under the other tests.
 */
public final class RestartableDatabase implements AutoCloseable {
    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres postgres;

    private RestartableDatabase(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Creates and starts a server on {@code dataDir} (a new folder) and a free port. */
    public static RestartableDatabase startOn(Path dataDir) {
        var database = new RestartableDatabase(dataDir, freePort());
        database.start();
        return database;
    }

    /** The bot's database: the server's own {@code postgres} database, trust authentication. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    /** Starts the server on the same folder and port (no initdb: the folder has its data). */
    public synchronized void start() {
        if (postgres != null) return;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL on " + dataDir, e);
        }
    }

    /** A fast shutdown: sessions are terminated, and new connections are refused until {@link #start}. */
    public synchronized void stop() {
        if (postgres == null) return;
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop PostgreSQL on " + dataDir, e);
        } finally {
            postgres = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
