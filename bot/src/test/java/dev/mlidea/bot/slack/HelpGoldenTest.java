package dev.mlidea.bot.slack;

import dev.mlidea.bot.testing.Golden;
import org.junit.jupiter.api.Test;

/** The usage, and the private answer to a stage command that names no stage. */
class HelpGoldenTest {

    @Test
    void the_usage_names_every_command() {
        Golden.assertMatches("help-usage", HelpMessages.usage(""));
    }

    @Test
    void a_stage_command_without_a_stage_gets_the_stages() {
        Golden.assertMatches("help-stage", HelpMessages.usage("stage"));
    }
}
