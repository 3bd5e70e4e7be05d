package dev.mlidea.storage.testing;

import dev.mlidea.storage.EmbeddedDatabase;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One throwaway embedded PostgreSQL per test JVM, and a fresh, empty database for each caller (a test
 * class), so tests never see each other's rows and the server starts once.
 */
public final class TestDatabase {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedDatabase server;

    private TestDatabase() {}

    /** A JDBC URL of a new empty database. */
    public static synchronized String freshDatabaseUrl() {
        if (server == null) {
            server = EmbeddedDatabase.throwaway();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (var connection = server.postgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return server.jdbcUrl(name);
    }
}
