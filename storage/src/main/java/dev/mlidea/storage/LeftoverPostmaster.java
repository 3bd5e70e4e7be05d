package dev.mlidea.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL that a previous mlidea left running on the data directory. The embedded server is a
 * child process that outlives a JVM killed with {@code kill -9} (or by the OOM killer); it keeps
 * {@code postmaster.pid}, so a new server cannot start on the folder until it is stopped.
 */
final class LeftoverPostmaster {
    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    /** A fast shutdown writes a checkpoint; on a slow disk that takes a while. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private LeftoverPostmaster() {}

    /**
     * Stops the server named by {@code dataDir/postmaster.pid} if it is alive and really is a postgres
     * serving this folder. A pid file naming a dead process is left to PostgreSQL, which removes it
     * itself; one naming an unrelated program (its pid was reused) is removed here, because PostgreSQL
     * would refuse to start next to it.
     */
    static void stopIfRunning(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        Optional<Long> pid = pidIn(pidFile);
        if (pid.isEmpty()) return;
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) return;
        switch (identify(process.get(), dataDir)) {
            case SERVING_THIS_FOLDER -> stop(process.get(), pidFile, dataDir);
            case SOMETHING_ELSE -> {
                deleteStale(pidFile);
                log.info("{} named pid {}, which is now another program; removed the stale file", pidFile, pid.get());
            }
            case UNKNOWN ->
                throw new EmbeddedDatabaseException(pidFile + " names pid " + pid.get()
                        + ", which is running but could not be identified. Stop it if it is a PostgreSQL on this"
                        + " folder; otherwise delete " + pidFile);
        }
    }

    private enum Identity {
        SERVING_THIS_FOLDER,
        SOMETHING_ELSE,
        UNKNOWN
    }

    /**
     * pg_ctl starts the server as {@code postgres -D <folder> ...}, and the postmaster keeps that
     * command line (only its children retitle themselves), so both the program and the folder can be
     * checked. Without them (another user's process) we cannot tell, and touch nothing.
     */
    private static Identity identify(ProcessHandle process, Path dataDir) {
        ProcessHandle.Info info = process.info();
        Optional<String> command = info.command();
        if (command.isEmpty()) return Identity.UNKNOWN;
        String program = Path.of(command.get()).getFileName().toString();
        if (!program.equals("postgres") && !program.equals("postgres.exe")) return Identity.SOMETHING_ELSE;
        Optional<String[]> arguments = info.arguments();
        if (arguments.isEmpty()) return Identity.UNKNOWN;
        List<String> args = List.of(arguments.get());
        int d = args.indexOf("-D");
        if (d < 0 || d + 1 >= args.size()) return Identity.UNKNOWN;
        return sameFolder(Path.of(args.get(d + 1)), dataDir) ? Identity.SERVING_THIS_FOLDER : Identity.SOMETHING_ELSE;
    }

    /**
     * SIGINT is PostgreSQL's "fast" shutdown: it ends the sessions, checkpoints and exits. The JDK can
     * only send SIGTERM ("smart", which waits for every client to leave), hence the {@code kill}
     * program; SIGTERM is the fallback where there is none.
     */
    private static void stop(ProcessHandle process, Path pidFile, Path dataDir) {
        if (!sendInterrupt(process.pid())) process.destroy();
        try {
            awaitExit(process, pidFile);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException("interrupted while stopping the PostgreSQL left on " + dataDir, e);
        }
        if (Files.exists(pidFile)) {
            throw new EmbeddedDatabaseException("a PostgreSQL (pid " + process.pid() + ") left running on " + dataDir
                    + " by a previous run did not stop within " + PATIENCE.toSeconds() + " s; stop it (kill "
                    + process.pid() + ") and start mlidea again");
        }
        log.info(
                "found a PostgreSQL (pid {}) left running on {} by a previous run; stopped it", process.pid(), dataDir);
    }

    /**
     * The postmaster removes its pid file last, after its shared memory, so the file's absence is the
     * signal that a new server may start. The process is waited for too; as an orphan nobody may reap
     * it, and a zombie counts as alive for the JDK, so a zombie counts as gone here.
     */
    private static void awaitExit(ProcessHandle process, Path pidFile) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            boolean exited = !process.isAlive() || isZombie(process.pid());
            if (exited && !Files.exists(pidFile)) return;
            Thread.sleep(50);
        }
    }

    /** Linux only: the state field of /proc/PID/stat, which follows the parenthesised program name. */
    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 1).trim().startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean sendInterrupt(long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Optional<Long> pidIn(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            // Unreadable or half-written: PostgreSQL's own check says more about it than we could.
            return Optional.empty();
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static void deleteStale(Path pidFile) {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("could not remove the stale " + pidFile + ": " + e, e);
        }
    }
}
