package dev.mlidea.bot.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelTextTest {
    @Test
    void a_short_title_is_kept() {
        assertThat(LabelText.of("Churn model")).isEqualTo("Churn model");
    }

    @Test
    void a_long_title_is_cut_at_28_code_points_with_an_ellipsis() {
        String label = LabelText.of("Automated invoice line-item extraction for suppliers");

        assertThat(label).isEqualTo("Automated invoice line-item…");
        assertThat(label.codePointCount(0, label.length())).isLessThanOrEqualTo(LabelText.MAX_CODE_POINTS + 1);
    }

    @Test
    void the_cut_never_splits_an_emoji() {
        String label = LabelText.of("🚀".repeat(40));

        assertThat(label).isEqualTo("🚀".repeat(28) + "…");
    }

    @Test
    void line_breaks_tabs_and_control_characters_become_single_spaces() {
        assertThat(LabelText.of("  Fraud\n\tdetector\u0007 v2\r\n")).isEqualTo("Fraud detector v2");
    }

    @Test
    void bidi_overrides_and_lone_surrogates_are_dropped() {
        assertThat(LabelText.of("Fraud\u202Erotceted\u202C \uD800model")).isEqualTo("Fraudrotceted model");
    }

    @Test
    void an_empty_blank_or_missing_title_reads_untitled() {
        assertThat(LabelText.of("")).isEqualTo(LabelText.UNTITLED);
        assertThat(LabelText.of(" \n\u202E ")).isEqualTo(LabelText.UNTITLED);
        assertThat(LabelText.of(null)).isEqualTo(LabelText.UNTITLED);
    }

    @Test
    void a_title_of_five_thousand_characters_comes_out_short() {
        assertThat(LabelText.of("x".repeat(5000))).isEqualTo("x".repeat(28) + "…");
    }
}
