package dev.mlidea.bot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.bot.metrics.SlackRequests.Outcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The labels a call or a request gets are few and fixed: no URL, id or text can become a label value. */
class SlackApiCallsTest {
    private final SlackApiCalls calls = new SlackApiCalls(new SimpleMeterRegistry(), "https://slack.com/api/");

    @Test
    void a_web_api_call_is_labelled_with_its_method_and_anything_else_with_what_it_is() {
        assertThat(calls.method(HttpUrl.get("https://slack.com/api/chat.postMessage")))
                .isEqualTo("chat.postMessage");
        assertThat(calls.method(HttpUrl.get("https://slack.com/api/files.getUploadURLExternal")))
                .isEqualTo("files.getUploadURLExternal");
        assertThat(calls.method(HttpUrl.get("https://hooks.slack.com/commands/T0/123/abc")))
                .isEqualTo("response_url");
        assertThat(calls.method(HttpUrl.get("https://hooks.slack.com/actions/T0/123/abc")))
                .isEqualTo("response_url");
        assertThat(calls.method(HttpUrl.get("https://files.slack.com/upload/v1/CwABAAAAXgoAAZ")))
                .isEqualTo("file_upload");
        assertThat(calls.method(HttpUrl.get("https://slack.com/api/chat.postMessage/../../secret?token=x")))
                .isEqualTo("other");
        assertThat(calls.method(HttpUrl.get("https://evil.example/api/chat.postMessage")))
                .isEqualTo("other");
    }

    @Test
    void an_http_status_stands_for_one_outcome() {
        assertThat(Outcome.of(200)).isEqualTo(Outcome.ACKED);
        assertThat(Outcome.of(401)).isEqualTo(Outcome.REJECTED_SIGNATURE);
        assertThat(Outcome.of(400)).isEqualTo(Outcome.BAD_REQUEST);
        assertThat(Outcome.of(404)).isEqualTo(Outcome.UNHANDLED);
        assertThat(Outcome.of(413)).isEqualTo(Outcome.TOO_LARGE);
        assertThat(Outcome.of(503)).isEqualTo(Outcome.UNAVAILABLE_503);
        assertThat(Outcome.of(500)).isEqualTo(Outcome.ERROR_500);
        assertThat(Outcome.UNAVAILABLE_503.label()).isEqualTo("unavailable_503");
    }
}
