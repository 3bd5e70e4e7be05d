package dev.mlidea.conversations.rituals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.rituals.ProjectReference.Ambiguous;
import dev.mlidea.conversations.rituals.ProjectReference.Found;
import dev.mlidea.conversations.rituals.ProjectReference.ProjectAndPeople;
import dev.mlidea.conversations.rituals.ProjectReference.ProjectAndWord;
import dev.mlidea.conversations.rituals.ProjectReference.Unknown;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProjectReferenceTest {
    private static final ProjectCandidate CHURN =
            new ProjectCandidate(UUID.fromString("3f9a2c10-0000-4000-8000-000000000001"), "Churn prediction");
    private static final ProjectCandidate CHURN_V2 =
            new ProjectCandidate(UUID.fromString("a01b2c30-0000-4000-8000-000000000002"), "Churn  prediction v2");
    private static final ProjectCandidate TICKETS =
            new ProjectCandidate(UUID.fromString("7e7e7e00-0000-4000-8000-000000000003"), "Ticket triage for support");
    private static final ProjectCandidate CHURN_SHORT =
            new ProjectCandidate(UUID.fromString("c0ffee00-0000-4000-8000-000000000004"), "Churn");
    private static final List<ProjectCandidate> ALL = List.of(CHURN, CHURN_V2, TICKETS);

    @Test
    void the_short_id_is_the_first_six_hex_digits_in_lower_case() {
        var upper = new ProjectCandidate(UUID.fromString("ABCDEF12-0000-4000-8000-000000000000"), "x");
        assertThat(upper.shortId()).isEqualTo("abcdef");
        assertThat(CHURN.shortId()).isEqualTo("3f9a2c");
    }

    @Test
    void a_short_id_names_its_project_with_or_without_hash_in_any_case() {
        for (String typed : List.of("3f9a2c", "#3f9a2c", "3F9A2C", "  #3F9a2C  ")) {
            assertThat(ProjectReference.resolve(typed, ALL)).as(typed).isEqualTo(new Found(CHURN));
        }
    }

    @Test
    void a_short_id_wins_over_a_title_that_starts_with_the_same_text() {
        var titledLikeAnId =
                new ProjectCandidate(UUID.fromString("00000000-0000-4000-8000-000000000009"), "7e7e7e experiment");

        assertThat(ProjectReference.resolve("7e7e7e", List.of(titledLikeAnId, TICKETS)))
                .isEqualTo(new Found(TICKETS));
    }

    @Test
    void two_projects_sharing_a_short_id_are_ambiguous() {
        var twin = new ProjectCandidate(UUID.fromString("3f9a2cff-0000-4000-8000-000000000005"), "Other");

        assertThat(ProjectReference.resolve("#3f9a2c", List.of(CHURN, TICKETS, twin)))
                .isEqualTo(new Ambiguous(List.of(CHURN, twin)));
    }

    @Test
    void a_title_prefix_names_the_one_project_it_starts() {
        assertThat(ProjectReference.resolve("ticket", ALL)).isEqualTo(new Found(TICKETS));
        assertThat(ProjectReference.resolve("  TICKET   triage\tfor ", ALL)).isEqualTo(new Found(TICKETS));
    }

    @Test
    void a_prefix_of_several_titles_is_ambiguous_in_the_candidates_order() {
        assertThat(ProjectReference.resolve("churn", ALL)).isEqualTo(new Ambiguous(List.of(CHURN, CHURN_V2)));
    }

    @Test
    void whitespace_inside_titles_is_collapsed_on_both_sides() {
        assertThat(ProjectReference.resolve("churn prediction v", ALL)).isEqualTo(new Found(CHURN_V2));
    }

    @Test
    void the_whole_title_wins_over_longer_titles_it_starts_and_may_be_quoted() {
        assertThat(ProjectReference.resolve("Churn prediction", ALL)).isEqualTo(new Found(CHURN));
        assertThat(ProjectReference.resolve("\"churn prediction\"", ALL)).isEqualTo(new Found(CHURN));
        assertThat(ProjectReference.resolve("“Churn prediction”", ALL)).isEqualTo(new Found(CHURN));
        assertThat(ProjectReference.resolve("'Churn'", List.of(CHURN, CHURN_SHORT)))
                .isEqualTo(new Found(CHURN_SHORT));
    }

    @Test
    void nothing_typed_or_nothing_matching_lists_every_candidate() {
        assertThat(ProjectReference.resolve("fraud", ALL)).isEqualTo(new Unknown(ALL));
        assertThat(ProjectReference.resolve("", ALL)).isEqualTo(new Unknown(ALL));
        assertThat(ProjectReference.resolve("   ", ALL)).isEqualTo(new Unknown(ALL));
        assertThat(ProjectReference.resolve("\"\"", ALL)).isEqualTo(new Unknown(ALL));
        assertThat(ProjectReference.resolve(null, ALL)).isEqualTo(new Unknown(ALL));
        assertThat(ProjectReference.resolve("churn", List.of())).isEqualTo(new Unknown(List.of()));
    }

    @Test
    void a_hash_alone_or_a_title_with_the_hash_is_not_a_short_id() {
        assertThat(ProjectReference.resolve("#", ALL)).isEqualTo(new Unknown(ALL));
        assertThat(ProjectReference.resolve("#ticket", ALL)).isEqualTo(new Unknown(ALL));
    }

    @Test
    void split_mentions_takes_the_run_of_mentions_at_the_end() {
        assertThat(ProjectReference.splitMentions("Churn prediction <@U01AB> <@W02CD|dana smith>"))
                .isEqualTo(new ProjectAndPeople("Churn prediction", List.of("U01AB", "W02CD")));
        assertThat(ProjectReference.splitMentions("#3f9a2c <@U01AB>, <@U03EF> and <@U04GH> & <@U05IJ>"))
                .isEqualTo(new ProjectAndPeople("#3f9a2c", List.of("U01AB", "U03EF", "U04GH", "U05IJ")));
        assertThat(ProjectReference.splitMentions("churn <@U01AB> &amp; <@U03EF>  "))
                .isEqualTo(new ProjectAndPeople("churn", List.of("U01AB", "U03EF")));
    }

    @Test
    void split_mentions_keeps_earlier_mentions_and_dangling_separators_in_the_project_part() {
        assertThat(ProjectReference.splitMentions("<@U01AB>'s churn model <@U03EF>"))
                .isEqualTo(new ProjectAndPeople("<@U01AB>'s churn model", List.of("U03EF")));
        assertThat(ProjectReference.splitMentions("Search and <@U01AB>"))
                .isEqualTo(new ProjectAndPeople("Search and", List.of("U01AB")));
    }

    @Test
    void split_mentions_drops_repeats_and_reads_no_mention_as_none() {
        assertThat(ProjectReference.splitMentions("churn <@U01AB> <@U01AB|dana>"))
                .isEqualTo(new ProjectAndPeople("churn", List.of("U01AB")));
        assertThat(ProjectReference.splitMentions("churn prediction"))
                .isEqualTo(new ProjectAndPeople("churn prediction", List.of()));
        assertThat(ProjectReference.splitMentions("churn @dana"))
                .isEqualTo(new ProjectAndPeople("churn @dana", List.of()));
        assertThat(ProjectReference.splitMentions("<@U01AB>")).isEqualTo(new ProjectAndPeople("", List.of("U01AB")));
        assertThat(ProjectReference.splitMentions("")).isEqualTo(new ProjectAndPeople("", List.of()));
        assertThat(ProjectReference.splitMentions(null)).isEqualTo(new ProjectAndPeople("", List.of()));
    }

    @Test
    void split_mentions_refuses_what_only_looks_like_a_mention() {
        for (String notAMention : List.of("<@u01ab>", "<@X01AB>", "<@U>", "<@U01AB", "<@U01AB|a<b>", "<#C01AB>")) {
            assertThat(ProjectReference.splitMentions("churn " + notAMention))
                    .as(notAMention)
                    .isEqualTo(new ProjectAndPeople("churn " + notAMention, List.of()));
        }
    }

    @Test
    void split_last_word_takes_the_word_after_the_last_whitespace() {
        assertThat(ProjectReference.splitLastWord("Churn prediction  data "))
                .isEqualTo(new ProjectAndWord("Churn prediction", "data"));
        assertThat(ProjectReference.splitLastWord("#3f9a2c\ttraining"))
                .isEqualTo(new ProjectAndWord("#3f9a2c", "training"));
        assertThat(ProjectReference.splitLastWord("data")).isEqualTo(new ProjectAndWord("", "data"));
        assertThat(ProjectReference.splitLastWord("  ")).isEqualTo(new ProjectAndWord("", ""));
        assertThat(ProjectReference.splitLastWord(null)).isEqualTo(new ProjectAndWord("", ""));
    }

    @Test
    void a_command_split_then_resolved_finds_its_project() {
        ProjectAndWord split = ProjectReference.splitLastWord("ticket triage production");

        assertThat(ProjectReference.resolve(split.project(), ALL)).isEqualTo(new Found(TICKETS));
        assertThat(split.word()).isEqualTo("production");
    }
}
