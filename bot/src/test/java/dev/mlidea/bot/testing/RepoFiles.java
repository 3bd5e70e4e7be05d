package dev.mlidea.bot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Files of the repository outside the bot module (the deploy/ folder, the Dockerfile), for the tests that check them. */
public final class RepoFiles {
    private RepoFiles() {}

    /** The repository's root: the nearest folder up from the working directory with a deploy/ folder. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy")) && Files.exists(dir.resolve("pom.xml"))) return dir;
        }
        throw new IllegalStateException(
                "no repository root with a deploy/ folder above " + Path.of("").toAbsolutePath());
    }

    public static String read(String relative) {
        try {
            return Files.readString(root().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a YAML file, each a map (Kubernetes files hold several). */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> yamlDocuments(String relative) {
        var documents = new ArrayList<Map<String, Object>>();
        for (Object document : new Yaml(new LoaderOptions()).loadAll(read(relative))) {
            if (document != null) documents.add((Map<String, Object>) document);
        }
        return documents;
    }

    public static Map<String, Object> yaml(String relative) {
        List<Map<String, Object>> documents = yamlDocuments(relative);
        if (documents.size() != 1)
            throw new IllegalStateException(relative + " holds " + documents.size() + " documents");
        return documents.get(0);
    }

    /** The value at a dotted path of nested maps ({@code settings.interactivity.request_url}), or null. */
    @SuppressWarnings("unchecked")
    public static <T> T at(Map<String, Object> yaml, String dottedPath) {
        Object here = yaml;
        for (String key : dottedPath.split("\\.")) {
            if (!(here instanceof Map)) return null;
            here = ((Map<String, Object>) here).get(key);
        }
        return (T) here;
    }
}
