package dev.mlidea.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.mlidea.bot.testing.RepoFiles;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The start-up check of the token's scopes, against a fake auth.test that lists them as Slack does. */
class ScopeCheckTest {
    private final WireMockServer slack =
            new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());

    @AfterEach
    void stop() {
        slack.stop();
    }

    @Test
    void the_scopes_the_manifest_grants_are_the_ones_the_check_needs() {
        List<String> manifest =
                RepoFiles.at(RepoFiles.yaml("deploy/slack-app-manifest.yml"), "oauth_config.scopes.bot");
        assertThat(ScopeCheck.needed()).containsExactlyElementsOf(new TreeSet<>(manifest));
    }

    @Test
    void a_token_missing_scopes_is_told_which() {
        authTestGranting("commands,chat:write,channels:history");

        Set<String> missing = ScopeCheck.warnAboutMissing(client(), "xoxb-scope-check");

        assertThat(missing).contains("files:write", "im:write", "users:read").doesNotContain("commands", "chat:write");
    }

    @Test
    void a_token_with_every_scope_misses_none() {
        authTestGranting(String.join(", ", ScopeCheck.needed()) + ",team:read");

        assertThat(ScopeCheck.warnAboutMissing(client(), "xoxb-scope-check")).isEmpty();
    }

    @Test
    void no_header_no_verdict() {
        slack.start();
        slack.stubFor(post(urlEqualTo("/api/auth.test"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":true}")));

        assertThat(ScopeCheck.warnAboutMissing(client(), "xoxb-scope-check")).isEmpty();
    }

    private void authTestGranting(String scopes) {
        slack.start();
        slack.stubFor(post(urlEqualTo("/api/auth.test"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withHeader("x-oauth-scopes", scopes)
                        .withBody("{\"ok\":true,\"user_id\":\"U0BOT\",\"team_id\":\"T0TEAM\"}")));
    }

    private Slack client() {
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix("http://127.0.0.1:" + slack.port() + "/api/");
        config.setStatsEnabled(false);
        return Slack.getInstance(config);
    }
}
