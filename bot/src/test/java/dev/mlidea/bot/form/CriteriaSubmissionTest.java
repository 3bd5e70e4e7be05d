package dev.mlidea.bot.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.view.ViewState;
import dev.mlidea.bot.criteria.CriteriaViews;
import dev.mlidea.bot.criteria.SignOffToken;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a re-check modal refuses inside Slack, and what it stores. */
class CriteriaSubmissionTest {
    private static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-000000000007");

    private static ViewState state(Map<String, String> typed) {
        var values = new HashMap<String, Map<String, ViewState.Value>>();
        typed.forEach((block, text) -> {
            var v = new ViewState.Value();
            v.setValue(text);
            values.put(block, Map.of(CriteriaViews.VALUE, v));
        });
        return new ViewState(values);
    }

    private static CriteriaSubmission check(String callback, Map<String, String> typed) {
        return CriteriaSubmission.check(callback, state(typed), Optional.empty());
    }

    @Test
    void blank_or_control_only_criteria_are_refused_under_their_field() {
        for (String blank : List.of("", "   ", "\n\t \n", "\u0000\u0007 ")) {
            var checked = check(CriteriaViews.UPDATE, Map.of(CriteriaViews.CRITERIA, blank));
            assertThat(checked.errors()).containsOnlyKeys(CriteriaViews.CRITERIA);
            assertThat(checked.values()).isEmpty();
        }
        assertThat(check(CriteriaViews.UPDATE, Map.of()).errors()).containsOnlyKeys(CriteriaViews.CRITERIA);
    }

    @Test
    void a_kill_needs_a_reason() {
        assertThat(check(CriteriaViews.KILL, Map.of(CriteriaViews.REASON, " ")).errors())
                .containsOnlyKeys(CriteriaViews.REASON);
        assertThat(check(CriteriaViews.KILL, Map.of(CriteriaViews.REASON, "Rules do it"))
                        .values())
                .containsEntry(CriteriaViews.REASON, List.of("Rules do it"));
    }

    @Test
    void the_metric_is_optional_a_bare_number_is_its_own_text_and_a_text_that_is_a_number_gives_it() {
        assertThat(check(CriteriaViews.STILL_VALID, Map.of()).values()).isEmpty();
        assertThat(check(CriteriaViews.STILL_VALID, Map.of(CriteriaViews.METRIC_NUMBER, "23%"))
                        .values())
                .containsEntry(CriteriaViews.METRIC_TEXT, List.of("23%"))
                .containsEntry(CriteriaViews.METRIC_NUMBER, List.of("23"));
        assertThat(check(CriteriaViews.STILL_VALID, Map.of(CriteriaViews.METRIC_TEXT, " 0,82 "))
                        .values())
                .containsEntry(CriteriaViews.METRIC_NUMBER, List.of("0.82"));
        assertThat(check(CriteriaViews.STILL_VALID, Map.of(CriteriaViews.METRIC_TEXT, "v2: 81% on March"))
                        .values())
                .containsEntry(CriteriaViews.METRIC_TEXT, List.of("v2: 81% on March"))
                .doesNotContainKey(CriteriaViews.METRIC_NUMBER);
    }

    @Test
    void a_number_that_cannot_be_read_is_refused_not_dropped() {
        var checked = check(
                CriteriaViews.UPDATE,
                Map.of(CriteriaViews.CRITERIA, "Better", CriteriaViews.METRIC_NUMBER, "about 12"));
        assertThat(checked.errors()).containsOnlyKeys(CriteriaViews.METRIC_NUMBER);
    }

    @Test
    void a_suggestion_that_repeats_the_wording_asked_about_is_refused() {
        var token = Optional.of(SignOffToken.of(PROJECT, "30% accepted"));
        var same = CriteriaSubmission.check(
                CriteriaViews.SUGGEST, state(Map.of(CriteriaViews.CRITERIA, "30% accepted")), token);
        assertThat(same.errors()).containsOnlyKeys(CriteriaViews.CRITERIA);
        var other = CriteriaSubmission.check(
                CriteriaViews.SUGGEST, state(Map.of(CriteriaViews.CRITERIA, "40% accepted")), token);
        assertThat(other.errors()).isEmpty();
        assertThat(other.values()).containsEntry(CriteriaViews.CRITERIA, List.of("40% accepted"));
    }

    @Test
    void tokens_survive_their_round_trip_and_forged_values_are_ignored() {
        var token = SignOffToken.of(PROJECT, "30% accepted");
        assertThat(SignOffToken.parse(token.value())).contains(token);
        assertThat(token.isFor("30% accepted")).isTrue();
        assertThat(token.isFor("30% accepted ")).isFalse();
        assertThat(SignOffToken.parse("not-a-uuid:abc")).isEmpty();
        assertThat(SignOffToken.parse(null)).isEmpty();
        assertThat(SignOffToken.parse(PROJECT.toString())).isEmpty();
    }

    @Test
    void text_longer_than_the_form_takes_is_refused_even_from_a_forged_request() {
        String huge = "ü".repeat(CriteriaViews.TEXT_MAX + 1);
        assertThat(check(CriteriaViews.UPDATE, Map.of(CriteriaViews.CRITERIA, huge))
                        .errors())
                .containsOnlyKeys(CriteriaViews.CRITERIA);
        assertThat(check(CriteriaViews.KILL, Map.of(CriteriaViews.REASON, huge)).errors())
                .containsOnlyKeys(CriteriaViews.REASON);
        assertThat(check(
                                CriteriaViews.STILL_VALID,
                                Map.of(CriteriaViews.METRIC_TEXT, "9".repeat(CriteriaViews.METRIC_TEXT_MAX + 1)))
                        .errors())
                .containsOnlyKeys(CriteriaViews.METRIC_TEXT);
        String emoji = "🎯".repeat(CriteriaViews.TEXT_MAX);
        assertThat(check(CriteriaViews.UPDATE, Map.of(CriteriaViews.CRITERIA, emoji))
                        .errors())
                .as("counted in characters, not UTF-16 units")
                .isEmpty();
    }
}
