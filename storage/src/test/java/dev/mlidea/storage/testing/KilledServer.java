package dev.mlidea.storage.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.storage.EmbeddedDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * Reproduces what {@code kill -9} of the bot leaves behind: a JVM that started the durable server
 * and wrote a row dies without any shutdown hook, and its PostgreSQL keeps running on the folder.
 */
public final class KilledServer {
    private KilledServer() {}

    /** Starts a JVM running {@link #main} on {@code dataDir}, kills it with SIGKILL, returns the orphan's pid. */
    public static long leaveOrphanOn(Path dataDir) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process jvm = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledServer.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try (var out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("ready")) {
                // zonky's and PostgreSQL's start-up chatter
            }
            assertThat(line).as("the child JVM started the server").isEqualTo("ready");
            jvm.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(jvm.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return postmasterPid(dataDir);
    }

    public static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
    }

    /**
     * Alive and not a zombie: a stopped orphan may wait a while to be reaped by init (forever in a
     * container without one), and the JDK counts a zombie as alive.
     */
    public static boolean isRunning(long pid) {
        if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) return false;
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 1).trim().startsWith("Z");
        } catch (IOException e) {
            return false; // gone between the two looks
        }
    }

    /** Best effort, for clean-up after a failed test: a fast shutdown of whatever runs on the folder. */
    public static void stopAnythingOn(Path dataDir) {
        try {
            if (!Files.exists(dataDir.resolve("postmaster.pid"))) return;
            long pid = postmasterPid(dataDir);
            ProcessHandle.of(pid).ifPresent(p -> {
                p.destroy();
                p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        } catch (IOException | RuntimeException e) {
            // nothing more to do
        }
    }

    /** The child: start the durable server, write a row, say so, and wait to be killed. */
    public static void main(String[] args) throws SQLException, InterruptedException {
        EmbeddedDatabase server = EmbeddedDatabase.durable(Path.of(args[0]));
        try (var connection = DriverManager.getConnection(server.jdbcUrl("postgres"));
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (answer text)");
            statement.execute("INSERT INTO kept VALUES ('written before kill -9')");
        }
        System.out.println("ready");
        System.out.flush();
        // Holds the server until the test kills this process with SIGKILL.
        new java.util.concurrent.CountDownLatch(1).await();
    }
}
