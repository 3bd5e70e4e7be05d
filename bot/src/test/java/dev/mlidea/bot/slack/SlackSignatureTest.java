package dev.mlidea.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlackSignatureTest {
    // Slack's documented example ("Verifying requests from Slack"): a /webhook-collect command, byte for byte.
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String TIMESTAMP = "1531420618";
    private static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
            + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
            + "&command=%2Fwebhook-collect&text="
            + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static final Instant SENT = Instant.ofEpochSecond(Long.parseLong(TIMESTAMP));

    private static SlackSignature checkedAt(Instant now) {
        return new SlackSignature(SECRET, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static byte[] body() {
        return BODY.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void signs_slacks_documented_example_exactly_as_slack_does() {
        assertThat(checkedAt(SENT).sign(TIMESTAMP, body())).isEqualTo(SIGNATURE);
    }

    @Test
    void accepts_slacks_documented_example_at_the_moment_it_was_sent() {
        assertThat(checkedAt(SENT).isValid(TIMESTAMP, SIGNATURE, body())).isTrue();
    }

    @Test
    void rejects_a_body_with_one_byte_changed() {
        byte[] tampered = body();
        tampered[tampered.length - 1] ^= 1;

        assertThat(checkedAt(SENT).isValid(TIMESTAMP, SIGNATURE, tampered)).isFalse();
    }

    @Test
    void rejects_a_body_with_one_byte_appended() {
        assertThat(checkedAt(SENT).isValid(TIMESTAMP, SIGNATURE, (BODY + "&").getBytes(StandardCharsets.UTF_8)))
                .isFalse();
    }

    @Test
    void rejects_a_signature_made_with_another_secret() {
        String forged =
                new SlackSignature("0123456789abcdef0123456789abcdef", Clock.systemUTC()).sign(TIMESTAMP, body());

        assertThat(checkedAt(SENT).isValid(TIMESTAMP, forged, body())).isFalse();
    }

    @Test
    void rejects_a_request_replayed_six_minutes_later() {
        assertThat(checkedAt(SENT.plus(Duration.ofMinutes(6))).isValid(TIMESTAMP, SIGNATURE, body()))
                .isFalse();
    }

    @Test
    void rejects_a_timestamp_six_minutes_in_the_future() {
        assertThat(checkedAt(SENT.minus(Duration.ofMinutes(6))).isValid(TIMESTAMP, SIGNATURE, body()))
                .isFalse();
    }

    @Test
    void accepts_a_request_that_arrives_four_minutes_late() {
        assertThat(checkedAt(SENT.plus(Duration.ofMinutes(4))).isValid(TIMESTAMP, SIGNATURE, body()))
                .isTrue();
    }

    @Test
    void accepts_a_timestamp_four_minutes_in_the_future_from_a_fast_clock() {
        assertThat(checkedAt(SENT.minus(Duration.ofMinutes(4))).isValid(TIMESTAMP, SIGNATURE, body()))
                .isTrue();
    }

    @Test
    void accepts_a_skew_of_exactly_five_minutes_and_rejects_one_second_more() {
        assertThat(checkedAt(SENT.plusSeconds(300)).isValid(TIMESTAMP, SIGNATURE, body()))
                .isTrue();
        assertThat(checkedAt(SENT.plusSeconds(301)).isValid(TIMESTAMP, SIGNATURE, body()))
                .isFalse();
        assertThat(checkedAt(SENT.minusSeconds(301)).isValid(TIMESTAMP, SIGNATURE, body()))
                .isFalse();
    }

    @Test
    void rejects_a_missing_timestamp() {
        assertThat(checkedAt(SENT).isValid(null, SIGNATURE, body())).isFalse();
        assertThat(checkedAt(SENT).isValid("", SIGNATURE, body())).isFalse();
    }

    @Test
    void rejects_a_timestamp_that_is_not_a_number() {
        assertThat(checkedAt(SENT).isValid("yesterday", SIGNATURE, body())).isFalse();
        assertThat(checkedAt(SENT).isValid("1531420618.5", SIGNATURE, body())).isFalse();
        assertThat(checkedAt(SENT).isValid("99999999999999999999999", SIGNATURE, body()))
                .isFalse();
    }

    @Test
    void rejects_a_missing_signature() {
        assertThat(checkedAt(SENT).isValid(TIMESTAMP, null, body())).isFalse();
        assertThat(checkedAt(SENT).isValid(TIMESTAMP, "", body())).isFalse();
    }

    @Test
    void rejects_a_garbage_signature() {
        assertThat(checkedAt(SENT).isValid(TIMESTAMP, "v0=not-hex-at-all", body()))
                .isFalse();
        assertThat(checkedAt(SENT).isValid(TIMESTAMP, SIGNATURE.substring(0, SIGNATURE.length() - 1), body()))
                .isFalse();
        assertThat(checkedAt(SENT).isValid(TIMESTAMP, SIGNATURE.toUpperCase(), body()))
                .isFalse();
    }

    @Test
    void rejects_the_right_digest_under_another_version_prefix() {
        String v1 = "v1=" + SIGNATURE.substring("v0=".length());

        assertThat(checkedAt(SENT).isValid(TIMESTAMP, v1, body())).isFalse();
    }

    @Test
    void rejects_the_right_digest_without_its_version_prefix() {
        assertThat(checkedAt(SENT).isValid(TIMESTAMP, SIGNATURE.substring("v0=".length()), body()))
                .isFalse();
    }
}
