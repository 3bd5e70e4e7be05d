package dev.mlidea.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever follows {@code /mlidea}, up to Slack's 40,000 characters, is a title, a command its first
 * word names, or a request for help: never a crash.
 */
class CommandTextProperties {

    @Property(tries = 200)
    void any_text_is_a_title_a_command_or_help_never_a_crash(@ForAll("commandTexts") String text) {
        CommandText command = CommandText.parse(text);

        if (command instanceof CommandText.NewProject project) {
            assertThat(project.title()).isEqualTo(text.strip());
        } else if (command instanceof CommandText.MoveStage || command instanceof CommandText.Reopen) {
            assertThat(text.strip().toLowerCase(java.util.Locale.ROOT)).startsWith("stage");
        } else if (command instanceof CommandText.ListProjects) {
            assertThat(text.strip().toLowerCase(java.util.Locale.ROOT)).startsWith("list");
        } else if (command instanceof CommandText.Portfolio) {
            assertThat(text.strip().toLowerCase(java.util.Locale.ROOT)).isEqualTo("portfolio");
        } else if (command instanceof CommandText.Settings) {
            assertThat(text.strip().toLowerCase(java.util.Locale.ROOT)).isEqualTo("settings");
        } else if (command instanceof CommandText.More || command instanceof CommandText.Owners) {
            assertThat(text.strip().toLowerCase(java.util.Locale.ROOT))
                    .startsWith(command instanceof CommandText.More ? "more" : "owners");
        } else {
            String unknown = ((CommandText.Help) command).unknown();
            assertThat(text.strip().toLowerCase(java.util.Locale.ROOT))
                    .contains(unknown.toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Property(tries = 100)
    void a_text_of_several_words_that_is_no_command_shape_is_the_title(@ForAll("longTitles") String title) {
        assertThat(CommandText.parse(title)).isEqualTo(new CommandText.NewProject(title.strip()));
    }

    @Provide
    Arbitrary<String> commandTexts() {
        Arbitrary<String> units = Arbitraries.of(
                "help ", "hlep", "-", "--", " ", "\n", "\u0000", "stage ", "list ", "x", "\uD83D\uDE80", "\uD83D");
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40_000),
                Arbitraries.strings().withChars("help -?\t\nstagelist").ofMaxLength(40_000),
                units.flatMap(unit -> Arbitraries.integers()
                        .between(0, 40_000 / unit.length())
                        .map(unit::repeat)));
    }

    @Provide
    Arbitrary<String> longTitles() {
        return Arbitraries.strings()
                .alpha()
                .ofMinLength(1)
                .ofMaxLength(20)
                .list()
                .ofMinSize(4)
                .ofMaxSize(4_000)
                .map(words -> "Predict " + String.join(" ", words));
    }
}
