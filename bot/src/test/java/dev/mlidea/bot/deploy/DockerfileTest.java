package dev.mlidea.bot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import dev.mlidea.bot.testing.JarCommand;
import dev.mlidea.bot.testing.RepoFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile's rules, read from the file (there is no Docker engine in the build): a Maven stage,
 * then a JRE 21+ runtime as a non-root user, a health check on /healthz, and the same java line, with
 * the same JVM flags, that the tests running the real jar use.
 */
class DockerfileTest {
    private static final Pattern RUNTIME = Pattern.compile("eclipse-temurin:(\\d+)[.\\d]*-jre(-\\w+)?");

    private final List<Instruction> all = Dockerfile.parse(RepoFiles.read("Dockerfile"));
    private final List<Instruction> runtime = Dockerfile.finalStage(all);

    @Test
    void a_maven_stage_builds_the_jar_and_a_jre_21_or_later_runs_it() {
        List<Instruction> froms = all.stream().filter(i -> i.is("FROM")).toList();
        assertThat(froms).as("multi-stage: build, then runtime").hasSizeGreaterThanOrEqualTo(2);
        assertThat(froms.get(0).args()).startsWith("maven:3").endsWith(" AS build");
        assertThat(all)
                .as("the build stage packages the jar")
                .anySatisfy(i -> assertThat(i.is("RUN") && i.args().contains("mvn -B -DskipTests package"))
                        .isTrue());
        Matcher jre = RUNTIME.matcher(froms.get(froms.size() - 1).args());
        assertThat(jre.matches())
                .as("the runtime is a Temurin JRE: %s", froms.get(froms.size() - 1))
                .isTrue();
        assertThat(Integer.parseInt(jre.group(1))).as("JRE major version").isGreaterThanOrEqualTo(21);
        assertThat(runtime)
                .anySatisfy(
                        i -> assertThat(i.args()).isEqualTo("--from=build /src/bot/target/mlidea.jar /app/mlidea.jar"));
    }

    @Test
    void it_runs_as_a_numeric_non_root_user() {
        List<Instruction> users = runtime.stream().filter(i -> i.is("USER")).toList();
        assertThat(users).as("a USER in the runtime stage").isNotEmpty();
        String user = users.get(users.size() - 1).args();
        assertThat(user).as("numeric, so that runAsNonRoot can check it").matches("\\d+(:\\d+)?");
        assertThat(Integer.parseInt(user.split(":")[0])).isPositive();
        assertThat(runtimeUid()).isEqualTo(Integer.parseInt(user.split(":")[0]));
    }

    @Test
    void the_health_check_asks_healthz_with_a_tool_the_image_installs() {
        Instruction check =
                runtime.stream().filter(i -> i.is("HEALTHCHECK")).findFirst().orElseThrow();
        assertThat(check.args()).contains("/healthz").contains("CMD curl");
        assertThat(runtime)
                .as("curl is installed in the runtime stage")
                .anySatisfy(i -> assertThat(i.is("RUN") && i.args().matches("(?s).*apt-get install .*\\bcurl\\b.*"))
                        .isTrue());
    }

    @Test
    void the_chart_has_fonts_and_the_port_is_the_bots() {
        assertThat(runtime)
                .anySatisfy(i -> assertThat(i.is("RUN") && i.args().contains("fonts-dejavu-core"))
                        .isTrue());
        String expose = runtime.stream()
                .filter(i -> i.is("EXPOSE"))
                .findFirst()
                .orElseThrow()
                .args();
        assertThat(expose).isEqualTo("3000");
        assertThat(runtime)
                .anySatisfy(i -> assertThat(i.is("ENV") && i.args().contains("PORT=3000"))
                        .isTrue());
    }

    @Test
    void the_entrypoint_is_the_java_line_the_jar_tests_run() {
        String entrypoint = runtime.stream()
                .filter(i -> i.is("ENTRYPOINT"))
                .reduce((a, b) -> b)
                .orElseThrow()
                .args();
        List<String> words = new Gson().fromJson(entrypoint, new TypeToken<List<String>>() {}.getType());
        assertThat(words).as("exec form, so SIGTERM reaches the JVM").isEqualTo(JarCommand.IMAGE);
        assertThat(runtime)
                .as("the flags file is in the image where the java line reads it")
                .anySatisfy(i -> assertThat(i.is("COPY") && i.args().equals(JarCommand.OPTIONS + " /app/jvm.options"))
                        .isTrue());
        assertThat(RepoFiles.read(".dockerignore")).contains("!" + JarCommand.OPTIONS);
    }

    @Test
    void the_jvm_flags_keep_the_heap_at_half_of_a_512_mb_container() throws Exception {
        String options = RepoFiles.read(JarCommand.OPTIONS);
        assertThat(options)
                .contains("-XX:MaxRAMPercentage=")
                .contains("-Xss")
                .contains("-XX:MaxMetaspaceSize=")
                .contains("-XX:+ExitOnOutOfMemoryError");

        // This JVM, told it has 512 MB as a container limit would tell it, with the image's flags.
        var command = new ArrayList<>(
                JarCommand.local(java.nio.file.Path.of("unused.jar")).subList(0, 2));
        command.add(1, "-XX:MaxRAM=512m");
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        String flags = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jvm.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(jvm.exitValue()).as("the JVM accepts every flag:\n%s", flags).isZero();
        assertThat(flag(flags, "MaxHeapSize")).isEqualTo(256L * 1024 * 1024);
        assertThat(flag(flags, "MaxMetaspaceSize")).isLessThanOrEqualTo(128L * 1024 * 1024);
    }

    /** The uid the Kubernetes Deployment runs the container as. */
    private static int runtimeUid() {
        var deployment = RepoFiles.yaml("deploy/kubernetes/deployment.yaml");
        Integer uid = RepoFiles.at(deployment, "spec.template.spec.securityContext.runAsUser");
        return uid;
    }

    private static long flag(String printed, String name) throws IOException {
        Matcher m = Pattern.compile("\\b" + name + "\\s+=\\s+(\\d+)").matcher(printed);
        assertThat(m.find()).as("%s in -XX:+PrintFlagsFinal", name).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** One instruction: its keyword and its arguments, continuation lines joined. */
    record Instruction(String keyword, String args) {
        boolean is(String name) {
            return keyword.equals(name);
        }
    }

    /** Just enough of the Dockerfile syntax for these rules: comments, continuations, keywords. */
    static final class Dockerfile {
        private Dockerfile() {}

        static List<Instruction> parse(String text) {
            var instructions = new ArrayList<Instruction>();
            var current = new StringBuilder();
            for (String line : text.split("\n", -1)) {
                String trimmed = line.strip();
                if (trimmed.startsWith("#")) continue;
                if (trimmed.endsWith("\\")) {
                    current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                    continue;
                }
                current.append(trimmed);
                String whole = current.toString().strip().replaceAll("\\s+", " ");
                current.setLength(0);
                if (whole.isEmpty()) continue;
                int space = whole.indexOf(' ');
                instructions.add(new Instruction(
                        whole.substring(0, space).toUpperCase(java.util.Locale.ROOT), whole.substring(space + 1)));
            }
            return instructions;
        }

        static List<Instruction> finalStage(List<Instruction> all) {
            int last = 0;
            for (int i = 0; i < all.size(); i++) if (all.get(i).is("FROM")) last = i;
            return all.subList(last, all.size());
        }
    }
}
