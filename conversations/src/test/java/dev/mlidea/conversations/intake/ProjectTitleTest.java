package dev.mlidea.conversations.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectTitleTest {
    private static final Answers PROBLEM_ANSWERED =
            new Answers(Map.of(Questionnaire.PROBLEM, new Answer.Text("Invoices are matched by hand\nall day")));

    @Test
    void a_title_typed_after_mlidea_is_kept_without_its_surrounding_spaces() {
        assertThat(ProjectTitle.given("  Churn prediction ")).contains("Churn prediction");
    }

    @Test
    void nothing_typed_after_mlidea_means_no_title_yet() {
        assertThat(ProjectTitle.given(null)).isEmpty();
        assertThat(ProjectTitle.given(" \t ")).isEmpty();
    }

    @Test
    void an_untitled_project_takes_the_first_line_of_its_problem_once_it_is_answered() {
        assertThat(ProjectTitle.taken(false, Answers.none())).isEmpty();
        assertThat(ProjectTitle.taken(false, PROBLEM_ANSWERED)).contains("Invoices are matched by hand");
    }

    @Test
    void a_project_with_a_title_keeps_it_whatever_the_problem_says() {
        assertThat(ProjectTitle.taken(true, PROBLEM_ANSWERED)).isEmpty();
    }

    @Test
    void a_skipped_problem_gives_no_title() {
        var skipped = new Answers(Map.of(Questionnaire.PROBLEM, new Answer.Skipped()));

        assertThat(ProjectTitle.taken(false, skipped)).isEmpty();
    }

    @Test
    void a_first_line_that_fits_is_the_title_as_written() {
        String eighty = "x".repeat(ProjectTitle.FROM_PROBLEM_MAX);

        assertThat(ProjectTitle.fromProblem("\n\n  Forecast demand per store  \nmore"))
                .isEqualTo("Forecast demand per store");
        assertThat(ProjectTitle.fromProblem(eighty)).isEqualTo(eighty);
    }

    @Test
    void a_long_first_line_is_cut_at_a_word_and_ends_in_an_ellipsis() {
        String words = "Support agents read every ticket twice before they route it to the right queue by hand";

        String title = ProjectTitle.fromProblem(words);

        assertThat(title)
                .isEqualTo("Support agents read every ticket twice before they route it to the right queue…")
                .hasSizeLessThanOrEqualTo(ProjectTitle.FROM_PROBLEM_MAX);
    }

    @Test
    void a_long_word_is_cut_inside_the_word_but_never_inside_an_emoji() {
        String emoji = "😀".repeat(60); // 120 chars, no space to cut at

        String title = ProjectTitle.fromProblem(emoji);

        assertThat(title).isEqualTo("😀".repeat(39) + "…");
        assertThat(ProjectTitle.fromProblem("a" + emoji)).isEqualTo("a" + "😀".repeat(39) + "…");
    }

    @Test
    void a_blank_first_line_or_control_characters_alone_give_the_placeholder() {
        assertThat(ProjectTitle.fromProblem("   ")).isEqualTo(ProjectTitle.UNTITLED);
        assertThat(ProjectTitle.fromProblem("\u0000\u0007")).isEqualTo(ProjectTitle.UNTITLED);
    }

    @Test
    void control_characters_become_spaces_and_any_line_break_ends_the_line() {
        assertThat(ProjectTitle.fromProblem("Match\u0000invoices\u2028second line"))
                .isEqualTo("Match invoices");
        assertThat(ProjectTitle.fromProblem("Match invoices\r\nsecond line")).isEqualTo("Match invoices");
    }
}
