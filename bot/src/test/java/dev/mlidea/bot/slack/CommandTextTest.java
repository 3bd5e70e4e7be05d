package dev.mlidea.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.bot.portfolio.ProjectListMessages;
import dev.mlidea.conversations.rituals.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandTextTest {

    @Test
    void no_text_starts_an_untitled_project() {
        assertThat(CommandText.parse("")).isEqualTo(new CommandText.NewProject(""));
        assertThat(CommandText.parse("   ")).isEqualTo(new CommandText.NewProject(""));
        assertThat(CommandText.parse(null)).isEqualTo(new CommandText.NewProject(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "HELP", "Help", "--help", "-h", "?", "  help  ", "help me"})
    void every_usual_way_of_asking_for_help_gets_the_usage(String text) {
        assertThat(CommandText.parse(text)).isEqualTo(new CommandText.Help(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hlep", "halp", "hepl", "portfolo", "lsit", "stgae", "setings"})
    void a_lone_word_within_two_typos_of_a_command_is_taken_as_a_mistyped_command(String text) {
        assertThat(CommandText.parse(text)).isEqualTo(new CommandText.Help(text));
    }

    @Test
    void a_mistyped_command_is_echoed_as_typed_not_lower_cased() {
        assertThat(CommandText.parse("  Hlep ")).isEqualTo(new CommandText.Help("Hlep"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-x"})
    void a_lone_word_that_looks_like_an_option_is_not_a_title(String text) {
        assertThat(CommandText.parse(text)).isEqualTo(new CommandText.Help(text));
    }

    @Test
    void list_and_portfolio_are_commands_and_titles_that_start_with_them_stay_titles() {
        assertThat(CommandText.parse("list")).isEqualTo(new CommandText.ListProjects(ProjectListMessages.Scope.ALL));
        assertThat(CommandText.parse(" LIST  all "))
                .isEqualTo(new CommandText.ListProjects(ProjectListMessages.Scope.ALL));
        assertThat(CommandText.parse("list Mine"))
                .isEqualTo(new CommandText.ListProjects(ProjectListMessages.Scope.MINE));
        assertThat(CommandText.parse("portfolio")).isEqualTo(new CommandText.Portfolio());
        assertThat(CommandText.parse("Portfolio")).isEqualTo(new CommandText.Portfolio());
        assertThat(CommandText.parse("Portfolio optimisation with RL"))
                .isEqualTo(new CommandText.NewProject("Portfolio optimisation with RL"));
        assertThat(CommandText.parse("list of churn ideas"))
                .isEqualTo(new CommandText.NewProject("list of churn ideas"));
    }

    @Test
    void settings_alone_opens_the_settings_and_a_title_that_starts_with_it_stays_a_title() {
        assertThat(CommandText.parse("settings")).isEqualTo(new CommandText.Settings());
        assertThat(CommandText.parse("  Settings ")).isEqualTo(new CommandText.Settings());
        assertThat(CommandText.parse("settings recommender for thermostats"))
                .isEqualTo(new CommandText.NewProject("settings recommender for thermostats"));
        assertThat(CommandText.parse("setings")).isEqualTo(new CommandText.Help("setings"));
    }

    @Test
    void owners_names_the_project_and_the_people_mentioned_at_the_end() {
        assertThat(CommandText.parse("owners Churn model <@U0SAM00001|sam> <@U0ALEX0001>"))
                .isEqualTo(new CommandText.Owners("Churn model", List.of("U0SAM00001", "U0ALEX0001")));
        assertThat(CommandText.parse("OWNERS #3f9a2c <@W0SAM00001>"))
                .isEqualTo(new CommandText.Owners("#3f9a2c", List.of("W0SAM00001")));
    }

    @Test
    void owners_without_a_real_mention_is_help_unless_it_reads_as_a_title() {
        // "@sam" that Slack did not turn into a mention: the app is missing "escape users", or a typo.
        assertThat(CommandText.parse("owners churn @sam")).isEqualTo(new CommandText.Help("owners"));
        assertThat(CommandText.parse("owners")).isEqualTo(new CommandText.Help("owners"));
        assertThat(CommandText.parse("Owners of the churn data"))
                .isEqualTo(new CommandText.NewProject("Owners of the churn data"));
    }

    @Test
    void more_keeps_the_whole_text_so_that_a_title_starting_with_more_is_not_lost() {
        assertThat(CommandText.parse("more")).isEqualTo(new CommandText.More("", "more"));
        assertThat(CommandText.parse("More accurate churn model"))
                .isEqualTo(new CommandText.More("accurate churn model", "More accurate churn model"));
    }

    @Test
    void a_sentence_is_the_title_of_a_new_project() {
        assertThat(CommandText.parse("Churn prediction for B2B"))
                .isEqualTo(new CommandText.NewProject("Churn prediction for B2B"));
    }

    @Test
    void a_title_is_trimmed_but_keeps_its_case_and_inner_spacing() {
        assertThat(CommandText.parse("  Churn  prediction \n"))
                .isEqualTo(new CommandText.NewProject("Churn  prediction"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Recommendations", "Churn", "Forecasting", "OCR", "Fraud"})
    void a_one_word_real_title_stays_a_new_project(String title) {
        assertThat(CommandText.parse(title)).isEqualTo(new CommandText.NewProject(title));
    }

    @Test
    void a_mistyped_command_followed_by_more_words_is_a_title() {
        assertThat(CommandText.parse("hlep desk ticket routing"))
                .isEqualTo(new CommandText.NewProject("hlep desk ticket routing"));
    }

    @Test
    void a_title_that_contains_a_command_word_later_on_is_a_title() {
        assertThat(CommandText.parse("Predict which stage a deal is in"))
                .isEqualTo(new CommandText.NewProject("Predict which stage a deal is in"));
    }

    @Test
    void a_title_as_long_as_slack_allows_is_read_at_once() {
        String title = "x".repeat(40_000);
        assertThat(CommandText.parse(title)).isEqualTo(new CommandText.NewProject(title));
        assertThat(CommandText.parse("a " + "b ".repeat(19_999))).isInstanceOf(CommandText.NewProject.class);
    }

    @Test
    void stage_names_the_project_and_the_stage_its_last_word() {
        assertThat(CommandText.parse("stage Churn model data"))
                .isEqualTo(new CommandText.MoveStage("Churn model", Stage.DATA));
        assertThat(CommandText.parse("STAGE #3f9a2c Production"))
                .isEqualTo(new CommandText.MoveStage("#3f9a2c", Stage.PRODUCTION));
        assertThat(CommandText.parse("  stage   “Churn  v2”   paused "))
                .isEqualTo(new CommandText.MoveStage("“Churn  v2”", Stage.PAUSED));
        assertThat(CommandText.parse("stage churn in production"))
                .isEqualTo(new CommandText.MoveStage("churn in", Stage.PRODUCTION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"planning", "data", "training", "deploying", "production", "paused", "killed"})
    void every_stage_id_is_a_stage_word(String id) {
        assertThat(CommandText.parse("stage churn " + id))
                .isEqualTo(new CommandText.MoveStage("churn", Stage.parse(id).orElseThrow()));
    }

    @Test
    void reopen_after_the_project_undoes_a_kill() {
        assertThat(CommandText.parse("stage #3f9a2c reopen")).isEqualTo(new CommandText.Reopen("#3f9a2c"));
        assertThat(CommandText.parse("stage Churn model Reopen")).isEqualTo(new CommandText.Reopen("Churn model"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "stage",
                "stage data",
                "stage reopen",
                "stage churn",
                "stage churn prod",
                "stage churn model prodution",
                "stage churn model v2 train",
                "stage churn model v2 dta"
            })
    void a_stage_command_without_a_project_or_with_a_word_that_is_no_stage_gets_the_stages(String text) {
        assertThat(CommandText.parse(text)).isEqualTo(new CommandText.Help("stage"));
    }

    @Test
    void a_title_that_merely_starts_with_stage_stays_a_title() {
        assertThat(CommandText.parse("Stage lighting control with RL"))
                .isEqualTo(new CommandText.NewProject("Stage lighting control with RL"));
    }
}
