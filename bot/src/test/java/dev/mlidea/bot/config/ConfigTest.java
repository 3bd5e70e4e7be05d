package dev.mlidea.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigTest {
    private static final String TOKEN = "xoxb-test-not-a-real-token-AbCdEfGhIjKlMnOpQr";
    private static final String SECRET = "8f742231b10e8888abcd99aaabbb85a5";

    /** The two settings the bot cannot start without, plus whatever a test adds or blanks. */
    private static Map<String, String> env(String... extra) {
        var env = new HashMap<String, String>(Map.of("SLACK_BOT_TOKEN", TOKEN, "SLACK_SIGNING_SECRET", SECRET));
        for (int i = 0; i < extra.length; i += 2) env.put(extra[i], extra[i + 1]);
        return env;
    }

    private static Config.InvalidConfig invalid(Map<String, String> env) {
        return catchThrowableOfType(Config.InvalidConfig.class, () -> Config.fromEnv(env));
    }

    @Test
    void needs_only_the_token_and_the_secret_and_defaults_the_rest() {
        Config config = Config.fromEnv(env());

        assertThat(config.port()).isEqualTo(3000);
        assertThat(config.databaseUrl()).isEmpty();
        assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(config.slackApiUrl()).isEqualTo("https://slack.com/api/").isEqualTo(Config.DEFAULT_SLACK_API_URL);
        assertThat(config.botToken()).isEqualTo(TOKEN);
        assertThat(config.signingSecret()).isEqualTo(SECRET);
    }

    @Test
    void the_default_time_zone_is_utc_an_iana_zone_when_given_and_a_wrong_one_is_named() {
        assertThat(Config.fromEnv(env()).defaultZone()).isEqualTo(java.time.ZoneOffset.UTC);
        assertThat(Config.fromEnv(env("MLIDEA_DEFAULT_TIMEZONE", " Europe/Berlin "))
                        .defaultZone())
                .isEqualTo(java.time.ZoneId.of("Europe/Berlin"));
        assertThat(invalid(env("MLIDEA_DEFAULT_TIMEZONE", "Mars/Olympus")).problems())
                .singleElement()
                .asString()
                .contains("MLIDEA_DEFAULT_TIMEZONE", "Mars/Olympus", "Europe/Berlin");
    }

    // ---- observability (docs/decisions/0020) ----------------------------------------------------

    @Test
    void metrics_need_no_token_by_default_and_take_a_long_enough_one_and_never_print_it() {
        assertThat(Config.fromEnv(env()).metricsToken()).isEmpty();
        String token = "0123456789abcdef0123456789abcdef";
        Config config = Config.fromEnv(env("METRICS_TOKEN", " " + token + " "));

        assertThat(config.metricsToken()).contains(token);
        assertThat(config.toString()).doesNotContain(token).contains("metrics=token");
        assertThat(invalid(env("METRICS_TOKEN", "short")).problems())
                .singleElement()
                .asString()
                .startsWith("METRICS_TOKEN")
                .contains("16")
                .doesNotContain("short");
    }

    @Test
    void log_format_is_text_or_json() {
        assertThat(Config.fromEnv(env("LOG_FORMAT", "json"))).isNotNull();
        assertThat(Config.fromEnv(env("LOG_FORMAT", "text"))).isNotNull();
        assertThat(invalid(env("LOG_FORMAT", "yaml")).problems())
                .singleElement()
                .asString()
                .startsWith("LOG_FORMAT")
                .contains("text or json");
    }

    @Test
    void treats_blank_values_as_unset() {
        Config config =
                Config.fromEnv(env("PORT", "  ", "DATABASE_URL", "", "MLIDEA_DATA_DIR", " ", "SLACK_API_URL", ""));

        assertThat(config.port()).isEqualTo(3000);
        assertThat(config.databaseUrl()).isEmpty();
        assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(config.slackApiUrl()).isEqualTo(Config.DEFAULT_SLACK_API_URL);
    }

    @Test
    void reads_port_and_data_dir_and_trims_values() {
        Config config = Config.fromEnv(
                env("PORT", " 8080 ", "MLIDEA_DATA_DIR", "/var/lib/mlidea", "SLACK_BOT_TOKEN", "  " + TOKEN + "\n"));

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/mlidea"));
        assertThat(config.botToken()).isEqualTo(TOKEN);
    }

    @Test
    void accepts_port_zero_to_pick_a_free_port() {
        assertThat(Config.fromEnv(env("PORT", "0")).port()).isZero();
    }

    @Test
    void lists_every_problem_at_once_naming_each_variable_and_where_to_find_it() {
        var problems = invalid(Map.of("PORT", "abc", "MLIDEA_SANDBOX", "false")).problems();

        assertThat(problems).hasSize(3);
        assertThat(problems)
                .filteredOn(p -> p.startsWith("PORT"))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("\"abc\"").contains("3000"));
        assertThat(problems)
                .filteredOn(p -> p.startsWith("SLACK_BOT_TOKEN"))
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .contains("OAuth & Permissions")
                        .contains("Bot User OAuth Token")
                        .contains("xoxb-"));
        assertThat(problems)
                .filteredOn(p -> p.startsWith("SLACK_SIGNING_SECRET"))
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .contains("Basic Information")
                        .contains("App Credentials")
                        .contains("Signing Secret"));
    }

    @Test
    void puts_every_problem_in_the_exception_message_one_per_line() {
        var e = invalid(Map.of("PORT", "abc", "MLIDEA_SANDBOX", "false"));

        assertThat(e.getMessage().split("\n")).containsExactlyElementsOf(e.problems());
    }

    @Test
    void rejects_a_port_out_of_range() {
        assertThat(invalid(env("PORT", "65536")).problems())
                .singleElement()
                .asString()
                .startsWith("PORT");
        assertThat(invalid(env("PORT", "-1")).problems())
                .singleElement()
                .asString()
                .startsWith("PORT");
    }

    @Test
    void rejects_a_user_token_and_says_which_token_to_copy() {
        var problems = invalid(env("SLACK_BOT_TOKEN", "xoxp-test-not-a-real-user-token-abcdef"))
                .problems();

        assertThat(problems)
                .singleElement()
                .asString()
                .startsWith("SLACK_BOT_TOKEN")
                .contains("xoxp-")
                .contains("Bot User OAuth Token");
    }

    @Test
    void rejects_an_app_level_token() {
        assertThat(invalid(env("SLACK_BOT_TOKEN", "xapp-test-not-a-real-app-token-abcdef"))
                        .problems())
                .singleElement()
                .asString()
                .startsWith("SLACK_BOT_TOKEN");
    }

    @Test
    void rejects_a_signing_secret_that_is_not_32_hex_characters() {
        for (String bad : new String[] {"8f742231b10e8888abcd99yyyzzz85a5", "8f742231b10e8888", TOKEN}) {
            assertThat(invalid(env("SLACK_SIGNING_SECRET", bad)).problems())
                    .as(bad)
                    .singleElement()
                    .asString()
                    .startsWith("SLACK_SIGNING_SECRET")
                    .contains("Basic Information");
        }
    }

    @Test
    void never_echoes_a_rejected_token_or_secret_in_a_problem() {
        String userToken = "xoxp-test-not-a-real-user-token-abcdef";
        String badSecret = "not-the-secret-but-private-anyway";

        var e = invalid(env("SLACK_BOT_TOKEN", userToken, "SLACK_SIGNING_SECRET", badSecret));

        assertThat(e.getMessage()).doesNotContain(userToken).doesNotContain(badSecret);
    }

    @Test
    void adds_the_trailing_slash_the_sdk_needs_to_slack_api_url() {
        assertThat(Config.fromEnv(env("SLACK_API_URL", "http://127.0.0.1:8089/api"))
                        .slackApiUrl())
                .isEqualTo("http://127.0.0.1:8089/api/");
        assertThat(Config.fromEnv(env("SLACK_API_URL", "http://127.0.0.1:8089/api/"))
                        .slackApiUrl())
                .isEqualTo("http://127.0.0.1:8089/api/");
    }

    @Test
    void rejects_a_slack_api_url_that_is_not_http() {
        assertThat(invalid(env("SLACK_API_URL", "slack.com/api")).problems())
                .singleElement()
                .asString()
                .startsWith("SLACK_API_URL");
        assertThat(invalid(env("SLACK_API_URL", "ftp://slack.com/api/")).problems())
                .singleElement()
                .asString()
                .startsWith("SLACK_API_URL");
    }

    @Test
    void keeps_a_jdbc_url_as_given() {
        String jdbc = "jdbc:postgresql://db.example:5432/mlidea?user=mlidea&password=secret";

        assertThat(Config.fromEnv(env("DATABASE_URL", jdbc)).databaseUrl()).contains(jdbc);
    }

    @Test
    void turns_a_heroku_style_postgres_url_into_jdbc_keeping_the_password_encoded() {
        Config config = Config.fromEnv(env("DATABASE_URL", "postgres://user:pa%40ss@db.example:5433/mlidea"));

        assertThat(config.databaseUrl())
                .contains("jdbc:postgresql://db.example:5433/mlidea?user=user&password=pa%40ss");
    }

    @Test
    void round_trips_a_password_with_reserved_characters_through_url_decoding() {
        String password = "p@ss:w/rd?&=+ %é";
        String encoded = "p%40ss%3Aw%2Frd%3F%26%3D%2B%20%25%C3%A9";

        String jdbc = Config.jdbcUrl("postgresql://mlidea:" + encoded + "@db.example/mlidea?sslmode=require");

        assertThat(jdbc).startsWith("jdbc:postgresql://db.example/mlidea?");
        Map<String, String> params = queryParams(jdbc);
        assertThat(params)
                .containsEntry("user", "mlidea")
                .containsEntry("password", password)
                .containsEntry("sslmode", "require");
    }

    @Test
    void rejects_a_database_url_that_is_not_postgresql_or_names_no_database() {
        for (String bad :
                new String[] {"mysql://u:p@db/x", "postgres://u:p@db.example", "postgres://u:p@db.example/"}) {
            assertThat(invalid(env("DATABASE_URL", bad)).problems())
                    .as(bad)
                    .singleElement()
                    .asString()
                    .startsWith("DATABASE_URL");
        }
    }

    @Test
    void never_shows_the_token_or_the_secret_in_to_string() {
        Config embedded = Config.fromEnv(env());
        Config external = Config.fromEnv(env("DATABASE_URL", "postgres://user:hunter2@db.example:5433/mlidea"));

        for (Config config : new Config[] {embedded, external}) {
            assertThat(config.toString())
                    .doesNotContain(TOKEN)
                    .doesNotContain(SECRET)
                    .doesNotContain("xoxb-")
                    .doesNotContain("hunter2");
        }
        assertThat(embedded.toString()).contains("port=3000").contains("embedded");
        assertThat(external.toString()).contains("external");
    }

    @Test
    void an_unset_database_url_means_the_embedded_database() {
        assertThat(Config.fromEnv(env()).databaseUrl()).isEqualTo(Optional.empty());
    }

    @Test
    void throws_invalid_config_rather_than_returning_a_half_valid_config() {
        assertThatThrownBy(() -> Config.fromEnv(env("PORT", "abc"))).isInstanceOf(Config.InvalidConfig.class);
    }

    @Test
    void without_any_slack_credentials_it_is_the_sandbox_with_its_own_folder_and_made_up_secrets() {
        Config config = Config.fromEnv(Map.of());

        assertThat(config.sandbox()).isTrue();
        assertThat(config.sandboxDir()).contains(Path.of("./data-sandbox"));
        assertThat(config.dataDir())
                .as("never the production data directory")
                .isEqualTo(Path.of("./data-sandbox", "postgres"))
                .isNotEqualTo(Path.of("./data"));
        assertThat(config.databaseUrl()).isEmpty();
        assertThat(config.botToken()).startsWith("xoxb-sandbox-");
        assertThat(config.signingSecret()).matches("[0-9a-f]{32}");
        assertThat(Config.fromEnv(Map.of()).signingSecret())
                .as("made up for each run")
                .isNotEqualTo(config.signingSecret());
        assertThat(config.toString()).contains("sandbox").doesNotContain(config.signingSecret());
    }

    @Test
    void the_sandbox_folder_is_mlidea_sandbox_dir_and_database_url_never_reaches_it() {
        Config config = Config.fromEnv(Map.of(
                "MLIDEA_SANDBOX_DIR", " /tmp/try-it ", "DATABASE_URL", "jdbc:postgresql://db:5432/prod", "PORT", "0"));

        assertThat(config.sandboxDir()).contains(Path.of("/tmp/try-it"));
        assertThat(config.databaseUrl())
                .as("Reset drops databases: never a real one")
                .isEmpty();
        assertThat(config.port()).isZero();
    }

    @Test
    void mlidea_sandbox_false_keeps_the_clear_credentials_missing_exit() {
        var problems = invalid(Map.of("MLIDEA_SANDBOX", "false")).problems();

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("SLACK_BOT_TOKEN is not set");
        assertThat(problems.get(1)).startsWith("SLACK_SIGNING_SECRET is not set");
        assertThat(invalid(Map.of("MLIDEA_SANDBOX", "FALSE")).problems()).hasSize(2);
    }

    @Test
    void with_credentials_the_sandbox_never_starts_even_when_asked_for() {
        assertThat(Config.fromEnv(env()).sandbox()).isFalse();
        assertThat(Config.fromEnv(env("MLIDEA_SANDBOX", "true")).sandbox()).isFalse();
        assertThat(Config.fromEnv(env("MLIDEA_SANDBOX", "true")).sandboxDir()).isEmpty();
    }

    @Test
    void an_app_level_token_alone_means_a_real_workspace_half_configured_not_the_sandbox() {
        var problems = invalid(Map.of("SLACK_APP_TOKEN", "xapp-1-A0-123-abc")).problems();

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("SLACK_BOT_TOKEN is not set"));
    }

    @Test
    void mlidea_sandbox_must_be_true_or_false() {
        assertThat(invalid(Map.of("MLIDEA_SANDBOX", "maybe")).problems())
                .singleElement()
                .asString()
                .contains("MLIDEA_SANDBOX", "\"maybe\"", "true or false");
    }

    /** The query of a JDBC URL as PgJDBC reads it: split on {@code &} and {@code =}, then URL-decoded. */
    private static Map<String, String> queryParams(String jdbc) {
        var params = new LinkedHashMap<String, String>();
        for (String pair : jdbc.substring(jdbc.indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }
}
