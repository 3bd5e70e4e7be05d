package dev.mlidea.bot.testing;

import java.nio.file.Path;
import java.util.List;

/**
 * The {@code java -jar} line of the container image, and the same line on this machine for the tests
 * that run the real jar: the JVM flags come from one file, deploy/jvm.options, in both.
 */
public final class JarCommand {
    /** The JVM flags, relative to the repository's root; the image copies them to /app/jvm.options. */
    public static final String OPTIONS = "deploy/jvm.options";
    /** The Dockerfile's ENTRYPOINT, word for word (DockerfileTest checks it). */
    public static final List<String> IMAGE = List.of("java", "@/app/jvm.options", "-jar", "/app/mlidea.jar");

    private JarCommand() {}

    /** {@link #IMAGE} with this JVM, this checkout's flags file and {@code jar}. */
    public static List<String> local(Path jar) {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + RepoFiles.root().resolve(OPTIONS),
                IMAGE.get(2),
                jar.toAbsolutePath().toString());
    }
}
