package dev.mlidea.bot.deploy;

import static dev.mlidea.bot.testing.RepoFiles.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.bot.testing.RepoFiles;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** deploy/docker-compose.yml: the bot waits for a healthy PostgreSQL 17 whose data outlives the containers. */
class DockerComposeTest {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)");

    private final Map<String, Object> compose = RepoFiles.yaml("deploy/docker-compose.yml");

    @Test
    void postgres_17_keeps_its_data_in_a_named_volume_and_says_when_it_is_healthy() {
        assertThat((String) at(compose, "services.postgres.image")).startsWith("postgres:17");
        List<String> volumes = at(compose, "services.postgres.volumes");
        String volume = volumes.get(0).split(":")[0];
        assertThat(((Map<String, Object>) at(compose, "volumes"))).containsKey(volume);
        assertThat((List<String>) at(compose, "services.postgres.healthcheck.test"))
                .anySatisfy(t -> assertThat(t).contains("pg_isready"));
    }

    @Test
    void the_bot_starts_once_postgres_is_healthy_and_uses_it() {
        assertThat((Object) at(compose, "services.bot.depends_on.postgres.condition"))
                .isEqualTo("service_healthy");
        Map<String, String> env = at(compose, "services.bot.environment");
        assertThat(env.get("DATABASE_URL")).startsWith("postgres://").contains("@postgres:5432/");
        assertThat(env).containsKeys("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET");
        assertThat((List<String>) at(compose, "services.bot.healthcheck.test"))
                .anySatisfy(t -> assertThat(t).contains("/healthz"));
        assertThat((Object) at(compose, "services.bot.mem_limit")).isEqualTo("512m");
        assertThat((Object) at(compose, "services.bot.build.context")).isEqualTo("..");
        assertThat((Object) at(compose, "services.bot.stop_grace_period"))
                .as("the Kubernetes grace period, checked against the drain in KubernetesManifestsTest")
                .isEqualTo(RepoFiles.<Integer>at(
                                RepoFiles.yaml("deploy/kubernetes/deployment.yaml"),
                                "spec.template.spec.terminationGracePeriodSeconds")
                        + "s");
    }

    @Test
    void every_variable_the_file_reads_is_in_the_env_example() {
        Set<String> used = new TreeSet<>();
        Matcher m = VARIABLE.matcher(RepoFiles.read("deploy/docker-compose.yml"));
        while (m.find()) used.add(m.group(1));
        Set<String> example = RepoFiles.read("deploy/.env.example")
                .lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.substring(0, l.indexOf('=')))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(example).containsExactlyInAnyOrderElementsOf(used);
    }
}
