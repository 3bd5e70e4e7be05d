package dev.mlidea.bot.deploy;

import static dev.mlidea.bot.testing.RepoFiles.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.bot.MlideaServer;
import dev.mlidea.bot.testing.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/kubernetes against the code and against each other: the probes ask the bot's endpoints, the
 * grace period covers the drain, the PodDisruptionBudget and the Service select the Deployment's pods,
 * the Secret has exactly the keys the pods read, and the image is the one docker-compose builds.
 */
class KubernetesManifestsTest {
    private static final String DIR = "deploy/kubernetes/";
    /** The loops MlideaServer.close() drains one after the other: housekeeping, worker, dispatcher. */
    private static final int DRAINED_LOOPS = 3;
    /**
     * db-scheduler waits for an execution in flight twice its shutdown wait (before and after interrupting
     * it), then up to 6 s for its own threads; HTTP and the pool close quickly.
     */
    private static final Duration MARGIN = Duration.ofSeconds(10);

    private final Map<String, Object> deployment = RepoFiles.yaml(DIR + "deployment.yaml");
    private final Map<String, Object> pod = at(deployment, "spec.template.spec");
    private final Map<String, Object> container = single(at(deployment, "spec.template.spec.containers"));

    @Test
    void two_replicas_roll_one_at_a_time_without_losing_one() {
        assertThat((Object) at(deployment, "kind")).isEqualTo("Deployment");
        assertThat((Object) at(deployment, "spec.replicas")).isEqualTo(2);
        assertThat((Object) at(deployment, "spec.strategy.rollingUpdate.maxUnavailable"))
                .isEqualTo(0);
        Map<String, Object> labels = at(deployment, "spec.template.metadata.labels");
        assertThat(labels).containsAllEntriesOf(at(deployment, "spec.selector.matchLabels"));
    }

    @Test
    void liveness_asks_healthz_and_readiness_asks_readyz_on_the_bots_port() {
        assertThat((Object) at(container, "livenessProbe.httpGet.path")).isEqualTo("/healthz");
        assertThat((Object) at(container, "readinessProbe.httpGet.path")).isEqualTo("/readyz");
        assertThat((Object) at(container, "startupProbe.httpGet.path")).isEqualTo("/healthz");
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            assertThat((Object) at(container, probe + ".httpGet.port"))
                    .as(probe)
                    .isEqualTo("http");
        }
        Map<String, Object> port = single(at(container, "ports"));
        assertThat(port).containsEntry("name", "http").containsEntry("containerPort", 3000);
        assertThat(env()).containsEntry("PORT", "3000");
    }

    @Test
    void the_grace_period_covers_the_pre_stop_pause_and_the_drain() {
        List<String> preStop = at(container, "lifecycle.preStop.exec.command");
        assertThat(preStop).hasSize(2).first().isEqualTo("sleep");
        Duration pause = Duration.ofSeconds(Long.parseLong(preStop.get(1)));
        Duration needed =
                pause.plus(MlideaServer.DRAIN.multipliedBy(DRAINED_LOOPS)).plus(MARGIN);
        int grace = (Integer) pod.get("terminationGracePeriodSeconds");
        assertThat(Duration.ofSeconds(grace))
                .as(
                        "terminationGracePeriodSeconds against preStop %s + %d x MlideaServer.DRAIN + %s",
                        pause, DRAINED_LOOPS, MARGIN)
                .isGreaterThanOrEqualTo(needed);
    }

    @Test
    void memory_is_the_512_mb_the_jvm_flags_are_sized_for() {
        assertThat((Object) at(container, "resources.limits.memory")).isEqualTo("512Mi");
        assertThat((Object) at(container, "resources.requests.memory"))
                .as("requested as much as the limit: the heap grows to half of it")
                .isEqualTo("512Mi");
    }

    @Test
    void pods_run_non_root_on_a_read_only_filesystem_with_a_writable_tmp() {
        assertThat((Object) at(pod, "securityContext.runAsNonRoot")).isEqualTo(true);
        assertThat((Object) at(container, "securityContext.readOnlyRootFilesystem"))
                .isEqualTo(true);
        assertThat((Object) at(container, "securityContext.allowPrivilegeEscalation"))
                .isEqualTo(false);
        List<Map<String, Object>> mounts = at(container, "volumeMounts");
        assertThat(mounts).anySatisfy(m -> assertThat(m.get("mountPath")).isEqualTo("/tmp"));
    }

    @Test
    void the_disruption_budget_keeps_one_pod_of_this_deployment() {
        var pdb = RepoFiles.yaml(DIR + "poddisruptionbudget.yaml");
        assertThat((Object) at(pdb, "kind")).isEqualTo("PodDisruptionBudget");
        assertThat((Object) at(pdb, "spec.minAvailable")).isEqualTo(1);
        assertThat((Map<String, Object>) at(pdb, "spec.selector.matchLabels"))
                .isEqualTo(at(deployment, "spec.selector.matchLabels"));
    }

    @Test
    void the_service_sends_to_the_pods_http_port() {
        var service = RepoFiles.yaml(DIR + "service.yaml");
        Map<String, Object> labels = at(deployment, "spec.template.metadata.labels");
        assertThat(labels).containsAllEntriesOf(at(service, "spec.selector"));
        Map<String, Object> port = single(at(service, "spec.ports"));
        Map<String, Object> containerPort = single(at(container, "ports"));
        assertThat(port.get("targetPort")).isIn(containerPort.get("name"), containerPort.get("containerPort"));
    }

    @Test
    void the_secret_template_has_the_keys_the_pods_read_and_no_values() {
        var secret = RepoFiles.yaml(DIR + "secret.yaml");
        Map<String, String> data = at(secret, "stringData");
        List<Map<String, Object>> refs = envList().stream()
                .map(e -> RepoFiles.<Map<String, Object>>at(e, "valueFrom.secretKeyRef"))
                .filter(r -> r != null)
                .toList();
        assertThat(refs).allSatisfy(r -> assertThat(r.get("name")).isEqualTo(at(secret, "metadata.name")));
        assertThat(data.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        refs.stream().map(r -> (String) r.get("key")).collect(Collectors.toSet()));
        assertThat(data.keySet()).contains("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "DATABASE_URL");
        assertThat(data.values()).allSatisfy(v -> assertThat(v).contains("REPLACE-ME"));
    }

    @Test
    void kustomize_applies_everything_but_the_secret_template_and_names_the_composed_image() throws IOException {
        var kustomization = RepoFiles.yaml(DIR + "kustomization.yaml");
        Set<String> files;
        try (Stream<Path> listed = Files.list(RepoFiles.root().resolve(DIR))) {
            files = listed.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        files.removeAll(Set.of("kustomization.yaml", "secret.yaml"));
        assertThat((List<String>) at(kustomization, "resources")).containsExactlyInAnyOrderElementsOf(files);

        String image = (String) container.get("image");
        assertThat(image)
                .as("the image docker-compose builds")
                .isEqualTo(at(RepoFiles.yaml("deploy/docker-compose.yml"), "services.bot.image"));
        List<Map<String, Object>> images = at(kustomization, "images");
        assertThat(single(images)).containsEntry("name", image.split(":")[0]);
    }

    private List<Map<String, Object>> envList() {
        return at(container, "env");
    }

    private Map<String, String> env() {
        return envList().stream()
                .filter(e -> e.get("value") != null)
                .collect(Collectors.toMap(e -> (String) e.get("name"), e -> (String) e.get("value")));
    }

    private static Map<String, Object> single(List<Map<String, Object>> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }
}
