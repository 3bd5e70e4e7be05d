package dev.mlidea.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SandboxTextTest {
    @Test
    void typed_text_is_escaped_as_slack_sends_it_and_names_of_sandbox_people_become_mentions() {
        assertThat(SlackBodies.typed("a <b> & @priya, @marco and @nobody", false))
                .isEqualTo("a &lt;b&gt; &amp; <@U0PRIYA001>, <@U0MARCO001> and @nobody");
        assertThat(SlackBodies.typed("owners churn @Priya", true))
                .as("a command's mentions carry the name, as with Escape channels, users, and links")
                .isEqualTo("owners churn <@U0PRIYA001|priya>");
        assertThat(SlackBodies.typed("mail me at you@priya.example", false))
                .as("an address is no mention")
                .isEqualTo("mail me at you@priya.example");
        assertThat(SlackBodies.typed("<@U0PRIYA001> typed by hand", false))
                .as("markup typed by a person stays text")
                .isEqualTo("&lt;@U0PRIYA001&gt; typed by hand");
    }

    @Test
    void the_picture_is_taken_out_of_a_multipart_upload_or_kept_when_sent_bare() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3, 'I', 'E', 'N', 'D', 9, 9, 9, 9};
        var form = new ByteArrayOutputStream();
        form.writeBytes(
                "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        form.writeBytes(png);
        form.writeBytes("\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(SandboxFiles.png(form.toByteArray())).isEqualTo(png);
        assertThat(SandboxFiles.png(png)).isEqualTo(png);
    }

    @Test
    void the_clock_is_real_time_plus_an_offset_that_only_moves_forward_until_reset() {
        Instant real = Instant.parse("2026-12-07T10:00:00Z");
        var clock = new SandboxClock(Clock.fixed(real, ZoneOffset.UTC), Duration.ofHours(2));

        clock.advance(Duration.ofDays(7));
        assertThat(clock.instant()).isEqualTo(real.plus(Duration.ofDays(7)).plus(Duration.ofHours(2)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> clock.advance(Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        clock.resetOffset();
        assertThat(clock.instant()).isEqualTo(real);
    }
}
