package dev.mlidea.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mlidea.bot.blocks.SlackMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden JSON files for what people see, so a change to a message is a visible diff in review. After
 * an intended change, run the golden tests with {@code -Dgolden.update=true} and read the diff.
 */
public final class Golden {
    private static final Path DIRECTORY = Path.of("src/test/resources/golden");

    private Golden() {}

    /** A message: its fallback text and its blocks. */
    public static void assertMatches(String name, SlackMessage message) {
        var json = new JsonObject();
        json.addProperty("text", message.text());
        json.add("blocks", JsonParser.parseString(message.blocksJson()));
        assertMatches(name, json);
    }

    /** Any JSON the bot sends, a modal's view say. */
    public static void assertMatches(String name, JsonElement json) {
        String rendered = new GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(json) + "\n";
        Path file = DIRECTORY.resolve(name + ".json");
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIRECTORY);
                Files.writeString(file, rendered, StandardCharsets.UTF_8);
            }
            assertThat(file)
                    .as("golden file %s (create it with -Dgolden.update=true)", file)
                    .exists();
            assertThat(rendered).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
