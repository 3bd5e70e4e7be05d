package dev.mlidea.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The durable server lets in only this machine, only with the password kept in its data directory. */
class EmbeddedDatabaseAccessTest {
    @TempDir
    static Path dataDir;

    private static EmbeddedDatabase server;

    @BeforeAll
    static void start() {
        server = EmbeddedDatabase.durable(dataDir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_server_listens_on_127_0_0_1_only_and_has_no_unix_socket() {
        var jdbi = Jdbi.create(server.postgresDatabase());

        assertThat(setting(jdbi, "listen_addresses")).isEqualTo("127.0.0.1");
        assertThat(setting(jdbi, "unix_socket_directories")).isEmpty();
    }

    @Test
    void the_servers_own_log_keeps_no_statement_text_or_row_details() {
        var jdbi = Jdbi.create(server.postgresDatabase());

        assertThat(setting(jdbi, "log_min_error_statement")).isEqualTo("panic");
        assertThat(setting(jdbi, "log_error_verbosity")).isEqualTo("terse");
    }

    @Test
    void a_connection_without_the_password_is_refused() {
        String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres?user=postgres";

        assertThatThrownBy(() -> DriverManager.getConnection(url).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
    }

    @Test
    void a_connection_with_a_wrong_password_is_refused() {
        String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres?user=postgres&password=guess";

        assertThatThrownBy(() -> DriverManager.getConnection(url).close())
                .isInstanceOfSatisfying(
                        SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
    }

    @Test
    void the_app_connects_with_the_password_in_its_url() throws SQLException {
        try (var connection = DriverManager.getConnection(server.jdbcUrl("postgres"))) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    @Test
    void the_password_is_in_the_data_directory_readable_by_its_owner_only() throws Exception {
        Path file = dataDir.resolve("mlidea-password");

        assertThat(Files.readString(file).trim()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(server.jdbcUrl("postgres"))
                .contains("password=" + Files.readString(file).trim());
    }

    @Test
    void no_connection_is_trusted_without_a_password() throws Exception {
        var rules = Files.readAllLines(dataDir.resolve("pg_hba.conf")).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();

        assertThat(rules).isNotEmpty().allSatisfy(rule -> assertThat(rule).endsWith("scram-sha-256"));
    }

    @Test
    void the_server_runs_the_postgresql_major_version_it_promises() {
        var jdbi = Jdbi.create(server.postgresDatabase());

        int versionNum = Integer.parseInt(setting(jdbi, "server_version_num"));
        assertThat(versionNum / 10_000).isEqualTo(EmbeddedDatabase.POSTGRES_MAJOR_VERSION);
        assertThat(EmbeddedDatabase.POSTGRES_MAJOR_VERSION).isGreaterThanOrEqualTo(17);
    }

    private static String setting(Jdbi jdbi, String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT current_setting(:name)")
                .bind("name", name)
                .mapTo(String.class)
                .one());
    }
}
