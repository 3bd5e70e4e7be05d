package dev.mlidea.bot.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything the bot reads from its environment, read once at start and validated with every
 * problem named at once. {@code databaseUrl} empty means: run the embedded PostgreSQL in {@code dataDir}.
 * {@code sandboxDir} present means the local sandbox (no Slack credentials were given): the token and
 * the signing secret are then made up for this run, and the sandbox's own fake Slack answers the bot.
 */
public record Config(
        int port,
        Optional<String> databaseUrl,
        Path dataDir,
        String botToken,
        String signingSecret,
        String slackApiUrl,
        ZoneId defaultZone,
        // Observability (docs/decisions/0020): empty means /metrics answers only this machine.
        Optional<String> metricsToken,
        Optional<Path> sandboxDir) {

    public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";
    private static final Pattern BOT_TOKEN = Pattern.compile("xoxb-[A-Za-z0-9-]{10,}");
    private static final Pattern SIGNING_SECRET = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern METRICS_TOKEN = Pattern.compile("[A-Za-z0-9._~+/=-]{16,}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Whether this run is the local sandbox rather than a Slack workspace. */
    public boolean sandbox() {
        return sandboxDir.isPresent();
    }

    /** The same settings with the Web API at {@code url} and HTTP on {@code httpPort}: how the sandbox runs the bot. */
    public Config forSandboxBot(String url, int httpPort) {
        return new Config(
                httpPort, databaseUrl, dataDir, botToken, signingSecret, url, defaultZone, metricsToken, sandboxDir);
    }

    /** Reads and validates; throws {@link InvalidConfig} listing every problem with how to fix it. */
    public static Config fromEnv(Map<String, String> env) {
        var problems = new ArrayList<String>();

        int port = 3000;
        String rawPort = value(env, "PORT");
        if (rawPort != null) {
            try {
                port = Integer.parseInt(rawPort);
                if (port < 0 || port > 65535) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                problems.add("PORT must be a port number between 1 and 65535 (0 picks a free one), not \"" + rawPort
                        + "\". Leave it unset for 3000.");
            }
        }

        Optional<String> databaseUrl = Optional.empty();
        String rawDb = value(env, "DATABASE_URL");
        if (rawDb != null) {
            try {
                databaseUrl = Optional.of(jdbcUrl(rawDb));
            } catch (IllegalArgumentException e) {
                problems.add("DATABASE_URL must be a PostgreSQL JDBC URL like jdbc:postgresql://host:5432/mlidea"
                        + "?user=mlidea&password=… (or postgres://user:password@host:5432/mlidea). "
                        + "Leave it unset to run the embedded PostgreSQL.");
            }
        }

        Path dataDir =
                Path.of(Optional.ofNullable(value(env, "MLIDEA_DATA_DIR")).orElse("./data"));

        // Checked in both modes: logback.xml reads LOG_FORMAT itself, and a wrong value leaves it no appender.
        String logFormat = value(env, "LOG_FORMAT");
        if (logFormat != null && !logFormat.equals("text") && !logFormat.equals("json")) {
            problems.add("LOG_FORMAT must be text or json, not \"" + logFormat + "\". Leave it unset for text.");
        }

        String token = value(env, "SLACK_BOT_TOKEN");
        String sandboxFlag = value(env, "MLIDEA_SANDBOX");
        if (sandboxFlag != null && !sandboxFlag.equalsIgnoreCase("false") && !sandboxFlag.equalsIgnoreCase("true")) {
            problems.add("MLIDEA_SANDBOX must be true or false, not \"" + sandboxFlag + "\". Leave it unset: the"
                    + " sandbox starts only when no Slack credentials are set.");
        }
        // Credentials always win: a half-configured production bot must fail loudly, never become a sandbox.
        boolean sandbox =
                token == null && value(env, "SLACK_APP_TOKEN") == null && !"false".equalsIgnoreCase(sandboxFlag);
        if (sandbox) {
            return sandboxConfig(env, port, problems);
        }
        if (token == null) {
            problems.add("SLACK_BOT_TOKEN is not set. In your Slack app's settings (api.slack.com/apps > your app),"
                    + " open OAuth & Permissions and copy the Bot User OAuth Token; it starts with xoxb-.");
        } else if (!BOT_TOKEN.matcher(token).matches()) {
            problems.add("SLACK_BOT_TOKEN does not look like a bot token: it must start with xoxb- (a user token"
                    + " xoxp- or an app-level token xapp- will not work). Copy the Bot User OAuth Token from"
                    + " OAuth & Permissions in your Slack app's settings.");
        }

        String secret = value(env, "SLACK_SIGNING_SECRET");
        if (secret == null) {
            problems.add("SLACK_SIGNING_SECRET is not set. In your Slack app's settings open Basic Information →"
                    + " App Credentials and copy the Signing Secret (32 hexadecimal characters).");
        } else if (!SIGNING_SECRET.matcher(secret).matches()) {
            problems.add("SLACK_SIGNING_SECRET must be the 32 hexadecimal characters shown under Basic Information →"
                    + " App Credentials > Signing Secret (not the Client Secret or a token).");
        }

        String apiUrl = Optional.ofNullable(value(env, "SLACK_API_URL")).orElse(DEFAULT_SLACK_API_URL);
        if (!isHttpUrl(apiUrl)) {
            problems.add("SLACK_API_URL must be an http(s) URL such as https://slack.com/api/, not \"" + apiUrl
                    + "\". Leave it unset to talk to Slack.");
        } else if (!apiUrl.endsWith("/")) {
            apiUrl = apiUrl + "/";
        }

        // Working hours of an owner whose time zone Slack does not tell (until workspace settings exist).
        ZoneId defaultZone = ZoneOffset.UTC;
        String rawZone = value(env, "MLIDEA_DEFAULT_TIMEZONE");
        if (rawZone != null) {
            try {
                defaultZone = ZoneId.of(rawZone);
            } catch (DateTimeException e) {
                problems.add("MLIDEA_DEFAULT_TIMEZONE must be an IANA time zone such as Europe/Berlin or"
                        + " America/Los_Angeles, not \"" + rawZone + "\". Leave it unset for UTC.");
            }
        }

        // Observability: /metrics protection.
        Optional<String> metricsToken = Optional.ofNullable(value(env, "METRICS_TOKEN"));
        if (metricsToken.isPresent()
                && !METRICS_TOKEN.matcher(metricsToken.get()).matches()) {
            problems.add(
                    "METRICS_TOKEN must be at least 16 characters of letters, digits and . _ ~ + / = -"
                            + " (e.g. the output of openssl rand -hex 24). Leave it unset to serve /metrics to this machine only.");
        }

        if (!problems.isEmpty()) throw new InvalidConfig(problems);
        return new Config(
                port, databaseUrl, dataDir, token, secret, apiUrl, defaultZone, metricsToken, Optional.empty());
    }

    /**
     * The sandbox: its own folder (never the production data directory, and never DATABASE_URL, since
     * its Reset drops databases), a token and a signing secret made up for this run.
     */
    private static Config sandboxConfig(Map<String, String> env, int port, List<String> problems) {
        Path dir = Path.of(Optional.ofNullable(value(env, "MLIDEA_SANDBOX_DIR")).orElse("./data-sandbox"));
        ZoneId zone = ZoneOffset.UTC;
        String rawZone = value(env, "MLIDEA_DEFAULT_TIMEZONE");
        if (rawZone != null) {
            try {
                zone = ZoneId.of(rawZone);
            } catch (DateTimeException e) {
                problems.add("MLIDEA_DEFAULT_TIMEZONE must be an IANA time zone such as Europe/Berlin or"
                        + " America/Los_Angeles, not \"" + rawZone + "\". Leave it unset for UTC.");
            }
        }
        if (!problems.isEmpty()) throw new InvalidConfig(problems);
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        byte[] token = new byte[12];
        RANDOM.nextBytes(token);
        return new Config(
                port,
                Optional.empty(),
                dir.resolve("postgres"),
                "xoxb-sandbox-" + HexFormat.of().formatHex(token),
                HexFormat.of().formatHex(secret),
                DEFAULT_SLACK_API_URL,
                zone,
                Optional.empty(),
                Optional.of(dir));
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Accepts a JDBC URL, or the postgres://user:password@host:port/db form most hosts hand out. */
    static String jdbcUrl(String raw) {
        if (raw.startsWith("jdbc:postgresql://")) return raw;
        if (raw.startsWith("postgres://") || raw.startsWith("postgresql://")) {
            try {
                URI uri = new URI(raw);
                if (uri.getHost() == null
                        || uri.getPath() == null
                        || uri.getPath().length() < 2) {
                    throw new IllegalArgumentException("no host or database");
                }
                var url = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
                if (uri.getPort() > 0) url.append(':').append(uri.getPort());
                url.append(uri.getPath());
                var params = new ArrayList<String>();
                if (uri.getRawUserInfo() != null) {
                    String[] parts = uri.getUserInfo().split(":", 2);
                    params.add("user=" + URLEncoder.encode(parts[0], StandardCharsets.UTF_8));
                    if (parts.length == 2)
                        params.add("password=" + URLEncoder.encode(parts[1], StandardCharsets.UTF_8));
                }
                if (uri.getRawQuery() != null) params.add(uri.getRawQuery());
                if (!params.isEmpty()) url.append('?').append(String.join("&", params));
                return url.toString();
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(e);
            }
        }
        throw new IllegalArgumentException("not a PostgreSQL URL");
    }

    /** Every configuration problem found, each with how to fix it. */
    public static final class InvalidConfig extends RuntimeException {
        private final List<String> problems;

        InvalidConfig(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    @Override
    public String toString() {
        // Never print the token or the secret, even in a debug line.
        if (sandboxDir.isPresent()) return "Config[sandbox in " + sandboxDir.get() + ", port=" + port + "]";
        return "Config[port=" + port + ", database=" + (databaseUrl.isPresent() ? "external" : "embedded in " + dataDir)
                + ", slackApiUrl=" + slackApiUrl + ", defaultZone=" + defaultZone
                + ", metrics=" + (metricsToken.isPresent() ? "token" : "localhost only") + "]";
    }
}
