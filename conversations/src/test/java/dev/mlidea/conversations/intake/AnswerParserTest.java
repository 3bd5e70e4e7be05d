package dev.mlidea.conversations.intake;

import static dev.mlidea.conversations.intake.Questionnaire.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerParserTest {

    private static Question q(String key) {
        return Questionnaire.byKey(key).orElseThrow();
    }

    private static Answer accepted(String key, String typed) {
        ParsedAnswer parsed = AnswerParser.parse(q(key), typed);
        assertThat(parsed).as("parse %s: %s", key, typed).isInstanceOf(ParsedAnswer.Accepted.class);
        return ((ParsedAnswer.Accepted) parsed).answer();
    }

    private static String invalid(String key, String typed) {
        ParsedAnswer parsed = AnswerParser.parse(q(key), typed);
        assertThat(parsed).as("parse %s: %s", key, typed).isInstanceOf(ParsedAnswer.Invalid.class);
        return ((ParsedAnswer.Invalid) parsed).reason();
    }

    private static Answer clicked(String key, String value) {
        ParsedAnswer parsed = AnswerParser.parseClick(q(key), value);
        assertThat(parsed).as("click %s: %s", key, value).isInstanceOf(ParsedAnswer.Accepted.class);
        return ((ParsedAnswer.Accepted) parsed).answer();
    }

    private static String invalidClick(String key, String value) {
        ParsedAnswer parsed = AnswerParser.parseClick(q(key), value);
        assertThat(parsed).as("click %s: %s", key, value).isInstanceOf(ParsedAnswer.Invalid.class);
        return ((ParsedAnswer.Invalid) parsed).reason();
    }

    @Nested
    class TextQuestions {
        @Test
        void any_text_is_accepted_trimmed_with_its_case_kept() {
            assertThat(accepted(PROBLEM, "  Support agents Triage 500 tickets a day.  "))
                    .isEqualTo(new Answer.Text("Support agents Triage 500 tickets a day."));
        }

        @Test
        void a_single_dash_is_still_a_text_answer() {
            assertThat(accepted(SUCCESS_CRITERIA, "-")).isEqualTo(new Answer.Text("-"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\n\t"})
        void blank_text_is_invalid(String typed) {
            assertThat(invalid(PROBLEM, typed)).contains("reply").contains("skip");
        }

        @Test
        void null_text_is_invalid_not_a_crash() {
            assertThat(AnswerParser.parse(q(PROBLEM), null)).isInstanceOf(ParsedAnswer.Invalid.class);
        }

        @Test
        void a_click_on_a_text_question_is_invalid() {
            assertThat(invalidClick(PROBLEM, "yes")).contains("reply");
        }
    }

    @Nested
    class ChoiceQuestions {
        @Test
        void typed_yes_picks_the_yes_choice() {
            assertThat(accepted(READY_PRODUCT, "yes")).isEqualTo(new Answer.Picked(YES));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {"Yes", "YES!", " yes. ", "\"yes\"", "`yes`", "*yes*", "y", "Yep", "yeah", "\u201Cyes\u201D"})
        void tolerant_forms_of_yes_pick_yes(String typed) {
            assertThat(accepted(READY_PRODUCT, typed)).isEqualTo(new Answer.Picked(YES));
        }

        @Test
        void the_label_picks_its_choice() {
            assertThat(accepted(NEED_BASELINE, "Tried, fell short")).isEqualTo(new Answer.Picked(BASELINE_FELL_SHORT));
        }

        @Test
        void the_id_picks_its_choice() {
            assertThat(accepted(NEED_BASELINE, "good_enough")).isEqualTo(new Answer.Picked(BASELINE_GOOD_ENOUGH));
        }

        @Test
        void an_alias_with_several_words_and_extra_spaces_picks_its_choice() {
            assertThat(accepted(NEED_SOLVE_AT_ALL, "  Not    SURE ")).isEqualTo(new Answer.Picked(UNSURE));
        }

        @Test
        void a_curly_apostrophe_matches_a_straight_one() {
            assertThat(accepted(NEED_SOLVE_AT_ALL, "don\u2019t know")).isEqualTo(new Answer.Picked(UNSURE));
        }

        @Test
        void a_lone_question_mark_means_not_sure() {
            assertThat(accepted(NEED_STILL_SURE, "?")).isEqualTo(new Answer.Picked(UNSURE));
        }

        @Test
        void trailing_question_marks_are_ignored() {
            assertThat(accepted(NEED_STILL_SURE, "maybe?")).isEqualTo(new Answer.Picked(UNSURE));
        }

        @Test
        void the_one_based_number_picks_that_choice() {
            assertThat(accepted(READY_DATA, "2")).isEqualTo(new Answer.Picked(PARTLY));
            assertThat(accepted(READY_DATA, "3.")).isEqualTo(new Answer.Picked(NO));
        }

        @Test
        void an_alias_wins_over_a_number() {
            // "4" is an alias of "Every 4 weeks", though it is the fourth choice's number too.
            assertThat(accepted(REVALIDATE_EVERY, "4")).isEqualTo(new Answer.Picked(WEEKS_4));
            assertThat(accepted(REVALIDATE_EVERY, "3")).isEqualTo(new Answer.Picked(WEEKS_4));
            assertThat(accepted(REVALIDATE_EVERY, "8")).isEqualTo(new Answer.Picked(WEEKS_8));
        }

        @Test
        void a_label_without_its_parenthesis_picks_its_choice() {
            assertThat(accepted(REVALIDATE_EVERY, "every 2 weeks")).isEqualTo(new Answer.Picked(WEEKS_2));
        }

        @Test
        void the_same_word_means_what_it_means_in_that_question() {
            assertThat(accepted(ETHICS, "no real concern")).isEqualTo(new Answer.Picked(ETHICS_FINE));
            assertThat(accepted(ETHICS, "serious")).isEqualTo(new Answer.Picked(ETHICS_CONCERN));
            assertThat(accepted(CHECK_LITERATURE, "yes")).isEqualTo(new Answer.Picked(CHECK_DONE));
            assertThat(accepted(CHECK_LITERATURE, "partly")).isEqualTo(new Answer.Picked(CHECK_IN_PROGRESS));
            assertThat(accepted(ARCH_HUMAN_REVIEW, "partly")).isEqualTo(new Answer.Picked(REVIEW_SOMETIMES));
        }

        @Test
        void a_bare_yes_or_no_to_the_two_sided_ethics_question_is_asked_again_rather_than_guessed() {
            // "Is it ethical?" yes = fine, "who is harmed?" yes = concern: guessing would flip the red flag.
            assertThat(invalid(ETHICS, "yes")).contains("No real concern").contains("Real concern");
            assertThat(invalid(ETHICS, "no")).contains("No real concern").contains("Real concern");
        }

        @Test
        void an_unknown_answer_is_invalid_and_names_the_options_with_numbers() {
            assertThat(invalid(READY_PRODUCT, "maybe later"))
                    .isEqualTo("I couldn't match \u201Cmaybe later\u201D to Yes (1), Partly (2) or No (3)."
                            + " Type one of them or its number, or use the buttons.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "4", "-1", "yes no", "99999999999999", ""})
        void out_of_range_numbers_and_nonsense_are_invalid(String typed) {
            assertThat(invalid(READY_PRODUCT, typed)).contains("Yes (1)", "Partly (2)", "No (3)");
        }

        @Test
        void a_long_unknown_answer_is_quoted_short() {
            String reason = invalid(READY_PRODUCT, "x".repeat(500));
            assertThat(reason).contains("\u2026").hasSizeLessThan(200);
        }

        @Test
        void a_click_on_a_choice_id_picks_it() {
            assertThat(clicked(ARCH_HUMAN_REVIEW, REVIEW_SOMETIMES)).isEqualTo(new Answer.Picked(REVIEW_SOMETIMES));
        }

        @Test
        void a_click_must_be_an_id_not_an_alias_or_number() {
            assertThat(invalidClick(ARCH_HUMAN_REVIEW, "yes")).contains("Yes, a person approves every output (1)");
            assertThat(invalidClick(ARCH_HUMAN_REVIEW, "1")).contains("pick");
            assertThat(invalidClick(ARCH_HUMAN_REVIEW, null)).contains("pick");
        }
    }

    @Nested
    class ScaleQuestions {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "4",
                    "4/5",
                    "4 / 5",
                    "4 of 5",
                    "4 out of 5",
                    "four",
                    "Four!",
                    "4.",
                    "\"4\"",
                    "four out of five"
                })
        void tolerant_forms_of_four_rate_four(String typed) {
            assertThat(accepted(IMPACT_RATING, typed)).isEqualTo(new Answer.Scale(4));
        }

        @Test
        void every_value_from_one_to_five_is_accepted() {
            for (int i = 1; i <= 5; i++) {
                assertThat(accepted(COST_DATA, String.valueOf(i))).isEqualTo(new Answer.Scale(i));
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "6", "10", "4/10", "3.5", "high", "", "-2", "999999999999"})
        void anything_else_is_invalid_and_names_both_ends(String typed) {
            assertThat(invalid(IMPACT_RATING, typed)).contains("between 1 (nice to have) and 5 (game-changer)");
        }

        @Test
        void a_click_on_one_to_five_rates_it() {
            assertThat(clicked(COST_ACCURACY, "1")).isEqualTo(new Answer.Scale(1));
            assertThat(clicked(COST_ACCURACY, "5")).isEqualTo(new Answer.Scale(5));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "6", "four", "4/5", "", "55"})
        void a_click_outside_one_to_five_is_invalid(String value) {
            assertThat(invalidClick(COST_ACCURACY, value)).contains("between 1 (often wrong is still useful) and 5");
        }
    }

    @Nested
    class MultiSelectQuestions {
        @ParameterizedTest
        @ValueSource(strings = {"none", "None.", "nothing", "neither", "-", "n/a", "N/A", "none of these"})
        void none_words_pick_nothing(String typed) {
            assertThat(accepted(HARD_TRAITS, typed)).isEqualTo(new Answer.Picks(Set.of()));
        }

        @Test
        void a_single_alias_picks_one() {
            assertThat(accepted(IMPACT_SIGNALS, "friction")).isEqualTo(new Answer.Picks(Set.of(SIGNAL_FRICTION)));
        }

        @Test
        void a_whole_label_with_a_slash_in_it_picks_one() {
            assertThat(accepted(IMPACT_SIGNALS, "Cheap prediction makes it valuable / newly feasible"))
                    .isEqualTo(new Answer.Picks(Set.of(SIGNAL_CHEAP_PREDICTION)));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "friction, industry",
                    "friction; industry",
                    "friction & industry",
                    "friction &amp; industry",
                    "friction / industry",
                    "friction + industry",
                    "friction\nindustry",
                    "friction and industry",
                    "Friction AND Industry.",
                    "1, 4",
                    "1 4",
                    "1 and others",
                    "friction, industry, friction",
                    "friction,, industry,"
                })
        void typed_lists_pick_each_item(String typed) {
            assertThat(accepted(IMPACT_SIGNALS, typed))
                    .isEqualTo(new Answer.Picks(Set.of(SIGNAL_FRICTION, SIGNAL_INDUSTRY)));
        }

        @Test
        void ids_labels_aliases_and_numbers_mix_in_one_list() {
            assertThat(accepted(HARD_TRAITS, "complex_output, High reliability required and 3"))
                    .isEqualTo(new Answer.Picks(Set.of(TRAIT_COMPLEX_OUTPUT, TRAIT_RELIABILITY, TRAIT_GENERALIZATION)));
        }

        @Test
        void all_picks_every_choice() {
            assertThat(accepted(HARD_TRAITS, "all of them"))
                    .isEqualTo(new Answer.Picks(Set.of(TRAIT_COMPLEX_OUTPUT, TRAIT_RELIABILITY, TRAIT_GENERALIZATION)));
        }

        @Test
        void an_unknown_item_is_invalid_and_named() {
            String reason = invalid(IMPACT_SIGNALS, "friction, blockchain");
            assertThat(reason).contains("\u201Cblockchain\u201D").contains("Others in the industry do it (4)");
        }

        @Test
        void a_number_out_of_range_is_an_unknown_item() {
            assertThat(invalid(HARD_TRAITS, "1 5")).contains("\u201C5\u201D");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " , ; ", "and"})
        void nothing_but_separators_is_invalid(String typed) {
            assertThat(invalid(HARD_TRAITS, typed)).contains("none").contains("Complex or ambiguous output (1)");
        }

        @Test
        void a_long_list_of_numbers_is_answered_not_a_stack_overflow() {
            // The old regex "\\d{1,3}(?: \\d{1,3})+" recursed once per number: 6,000 of them overflowed the stack.
            assertThat(invalid(IMPACT_SIGNALS, "1" + " 2".repeat(6000))).isEqualTo(AnswerParser.TOO_LONG);
        }

        @Test
        void a_list_of_numbers_as_long_as_the_limit_allows_is_read() {
            String typed = "1" + " 2".repeat((AnswerParser.MAX_ANSWER_LENGTH - 1) / 2);
            assertThat(typed).hasSize(AnswerParser.MAX_ANSWER_LENGTH - 1);
            assertThat(accepted(IMPACT_SIGNALS, typed))
                    .isEqualTo(new Answer.Picks(Set.of(SIGNAL_FRICTION, SIGNAL_SOFTWARE_2)));
        }

        @Test
        void and_inside_a_word_does_not_split_the_list() {
            assertThat(invalid(IMPACT_SIGNALS, "friction, android")).contains("\u201Candroid\u201D");
        }

        @Test
        void a_click_on_a_multi_question_is_left_to_the_flow() {
            assertThat(invalidClick(HARD_TRAITS, TRAIT_RELIABILITY)).contains("Done");
        }
    }

    @Nested
    class PeopleQuestions {
        @Test
        void mentions_are_read_in_order_without_repeats() {
            assertThat(accepted(SUCCESS_STAKEHOLDERS, "<@U123ABC> and <@W9Z|lee>, also <@U123ABC|dana> please"))
                    .isEqualTo(new Answer.People(List.of("U123ABC", "W9Z")));
        }

        @Test
        void a_mention_ends_at_the_first_closing_bracket() {
            assertThat(accepted(SUCCESS_STAKEHOLDERS, "<@U1|dana <@W2> and <@U3>"))
                    .isEqualTo(new Answer.People(List.of("U1", "U3")));
        }

        @Test
        void a_mention_that_never_closes_is_not_a_mention() {
            assertThat(invalid(SUCCESS_STAKEHOLDERS, "<@U1|dana".repeat(300))).contains("@");
        }

        @Test
        void a_name_without_a_mention_is_invalid() {
            assertThat(invalid(SUCCESS_STAKEHOLDERS, "dana and lee"))
                    .contains("@")
                    .contains("skip");
        }

        @ParameterizedTest
        @ValueSource(strings = {"none", "<@u123>", "<#C123|general>", "<@X123>", "@dana", ""})
        void none_and_things_that_are_not_user_mentions_are_invalid(String typed) {
            assertThat(invalid(SUCCESS_STAKEHOLDERS, typed)).contains("none").contains("skip");
        }

        @Test
        void a_click_on_a_people_question_is_invalid() {
            assertThat(invalidClick(SUCCESS_STAKEHOLDERS, "U123")).contains("@");
        }
    }

    @Nested
    class LongAnswers {
        @Test
        void an_answer_as_long_as_the_limit_is_read() {
            String typed = "x".repeat(AnswerParser.MAX_ANSWER_LENGTH);
            assertThat(accepted(PROBLEM, typed)).isEqualTo(new Answer.Text(typed));
        }

        @Test
        void the_limit_counts_characters_not_utf16_units() {
            String emoji = "\uD83D\uDE80".repeat(AnswerParser.MAX_ANSWER_LENGTH);
            assertThat(accepted(PROBLEM, emoji)).isEqualTo(new Answer.Text(emoji));
        }

        @Test
        void the_limit_message_names_the_limit() {
            assertThat(AnswerParser.TOO_LONG)
                    .isEqualTo("Answers are limited to 3,000 characters \u2014 please shorten it and send again.");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {PROBLEM, READY_PRODUCT, IMPACT_RATING, IMPACT_SIGNALS, SUCCESS_STAKEHOLDERS, HARD_TRAITS})
        void one_character_over_the_limit_is_refused_unread_whatever_the_question(String key) {
            String typed = "1 " + "x".repeat(AnswerParser.MAX_ANSWER_LENGTH - 1);
            assertThat(invalid(key, typed)).isEqualTo(AnswerParser.TOO_LONG);
        }
    }
}
