package dev.mlidea.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.bot.testing.RunningBot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** With Slack credentials the bot is the production bot: the sandbox's page, clock and Reset do not exist. */
class SandboxRoutesIT {
    @Test
    void the_production_bot_answers_404_for_every_sandbox_route() throws Exception {
        try (var bot = new RunningBot()) {
            var http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + bot.port();
            for (String path : new String[] {"/sandbox", "/sandbox/api/state", "/sandbox/app.js"}) {
                var get = HttpRequest.newBuilder(URI.create(base + path)).build();
                assertThat(http.send(get, HttpResponse.BodyHandlers.ofString()).statusCode())
                        .as(path)
                        .isEqualTo(404);
            }
            for (String path : new String[] {
                "/sandbox/api/fast-forward?by=week", "/sandbox/api/reset", "/sandbox/api/act", "/api/auth.test"
            }) {
                var post = HttpRequest.newBuilder(URI.create(base + path))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build();
                assertThat(http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode())
                        .as(path)
                        .isEqualTo(404);
            }
        }
    }
}
