package dev.mlidea.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mlidea.storage.testing.KilledServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command ({@code java -jar target/mlidea.jar} from the bot module) on a machine with
 * no Slack credentials and a fresh data folder: it serves the sandbox page within 20 seconds and says
 * it is the sandbox.
 */
class SandboxStartIT {
    private static final Duration PAGE_WITHIN = Duration.ofSeconds(20);
    private static final Duration BOT_PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path work;

    private Process process;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void with_no_credentials_the_run_command_serves_the_sandbox_page_within_20_seconds() throws Exception {
        Path jar = Path.of("target", "mlidea.jar");
        assertThat(jar).as("mvn package builds the jar before failsafe runs").exists();
        int port = freePort();
        Path log = work.resolve("out.log");
        var builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        var env = builder.environment();
        // A clean environment, as on a fresh machine: no SLACK_* variables, nothing else of ours.
        String path = env.get("PATH");
        env.clear();
        if (path != null) env.put("PATH", path);
        env.put("HOME", work.toString());
        env.put("PORT", Integer.toString(port));
        env.put("MLIDEA_SANDBOX_DIR", work.resolve("sandbox").toString());
        process = builder.start();

        var page = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sandbox"))
                .timeout(Duration.ofSeconds(5))
                .build();
        String html = await().atMost(PAGE_WITHIN)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            assertThat(process.isAlive())
                                    .as("the run command exited; its output:\n%s", Files.readString(log))
                                    .isTrue();
                            try {
                                var response = http.send(page, HttpResponse.BodyHandlers.ofString());
                                return response.statusCode() == 200 ? response.body() : null;
                            } catch (IOException e) {
                                return null;
                            }
                        },
                        body -> body != null);
        assertThat(html).contains("<title>mlidea sandbox</title>").contains("/sandbox/app.js");

        String out = await().atMost(BOT_PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> Files.readString(log), text -> text.contains("SANDBOX") || !process.isAlive());
        assertThat(out)
                .contains("mlidea SANDBOX")
                .contains("http://localhost:" + port + "/sandbox")
                .contains("SLACK_BOT_TOKEN")
                .contains("SLACK_SIGNING_SECRET");
        assertThat(work.resolve("sandbox").resolve("postgres")).isDirectory();
    }

    @AfterEach
    void stop() throws Exception {
        if (process != null) {
            process.destroy(); // SIGTERM: the shutdown hook stops the bot and its PostgreSQL
            if (!process.waitFor(60, TimeUnit.SECONDS))
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        KilledServer.stopAnythingOn(work.resolve("sandbox").resolve("postgres"));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
