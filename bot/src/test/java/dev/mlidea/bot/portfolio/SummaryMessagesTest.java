package dev.mlidea.bot.portfolio;

import static dev.mlidea.bot.portfolio.Portfolio.GENERAL;
import static dev.mlidea.bot.portfolio.Portfolio.day;
import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.mlidea.bot.blocks.BlockLimits;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.conversations.assessment.Archetype;
import dev.mlidea.conversations.portfolio.WeeklySummary;
import dev.mlidea.conversations.rituals.Stage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SummaryMessagesTest {
    static final String HOSTILE =
            "<!channel> a|b > c & <https://evil.example|click> *bold* 🚀👩‍💻\u0000\u0007\n\r\t\u202e\u200b";

    @Test
    void sections_come_in_the_documented_order_and_empty_ones_are_left_out() {
        SlackMessage typical = SummaryGoldenTest.summary(SummaryGoldenTest.typicalWeek(), Optional.of(GENERAL));
        SlackMessage quiet = SummaryGoldenTest.summary(SummaryGoldenTest.quietWeek(), Optional.of(GENERAL));

        assertThat(blockIds(typical))
                .containsExactly(
                        "summary.header",
                        "summary.counts",
                        "summary.best",
                        "summary.new",
                        "summary.moves",
                        "summary.overdue",
                        "summary.stalled",
                        "summary.killed",
                        "summary.trends",
                        "summary.context");
        assertThat(blockIds(quiet))
                .containsExactly(
                        "summary.header", "summary.counts", "summary.best", "summary.quiet", "summary.context");
        assertThat(typical.text())
                .isEqualTo("Weekly ML portfolio (Week 49 · 2026): 8 projects, 2 new, 3 stage moves, 1 overdue,"
                        + " 1 stalled, 1 killed, 2 metrics moved");
        assertThat(quiet.text()).isEqualTo("Weekly ML portfolio (Week 49 · 2026): 3 projects, a quiet week");
    }

    @Test
    void a_move_back_shows_its_iteration() {
        SlackMessage typical = SummaryGoldenTest.summary(SummaryGoldenTest.typicalWeek(), Optional.of(GENERAL));

        assertThat(text(typical, "summary.moves"))
                .contains("|Support ticket routing>* `#3f9a02` Training → Data (iteration 2)");
    }

    @Test
    void private_projects_are_counted_and_never_named_outside_their_channel() {
        var portfolio = SummaryGoldenTest.withPrivateProjects();
        SlackMessage inGeneral = SummaryGoldenTest.summary(portfolio, Optional.of(GENERAL));
        SlackMessage privately = SummaryGoldenTest.summary(portfolio, Optional.empty());
        SlackMessage inItsChannel = SummaryGoldenTest.summary(portfolio, Optional.of("C0SECRET01"));

        for (SlackMessage message : List.of(inGeneral, privately)) {
            String everything = message.text() + message.blocksJson();
            assertThat(everything)
                    .doesNotContain(
                            "Secret acquisition",
                            "Layoff",
                            "Union",
                            "surveillance",
                            "C0SECRET01",
                            "3f9a14",
                            "3f9a15",
                            "3f9a16");
            assertThat(text(message, "summary.new")).contains("…and 1 more in private channels");
            assertThat(text(message, "summary.context")).contains("3 projects in private channels are counted");
        }
        assertThat(inItsChannel.blocksJson())
                .contains("Secret acquisition target model")
                .doesNotContain("Layoff");
        assertThat(text(inItsChannel, "summary.best")).contains("Secret acquisition target model");
    }

    @Test
    void a_huge_portfolio_fits_slack_and_says_how_many_more_there_are() {
        SlackMessage huge = SummaryGoldenTest.summary(SummaryGoldenTest.huge(120), Optional.of(GENERAL));

        assertThat(BlockLimits.violations(huge.blocks())).isEmpty();
        assertThat(huge.blocks()).hasSizeLessThanOrEqualTo(BlockLimits.MESSAGE_BLOCKS);
        assertThat(huge.text()).hasSizeLessThanOrEqualTo(BlockLimits.FALLBACK_TEXT);
        assertThat(text(huge, "summary.new")).contains("…and 112 more (12 in private channels)");
        int bullets = 0;
        for (String id : List.of(
                "summary.new",
                "summary.moves",
                "summary.overdue",
                "summary.stalled",
                "summary.killed",
                "summary.trends")) {
            String section = text(huge, id);
            long lines = section.lines()
                    .filter(l -> l.startsWith("• ") && !l.startsWith("• …"))
                    .count();
            assertThat(lines).as(id).isBetween((long) ListSection.LINES_AT_LEAST, (long) ListSection.LINES_PER_LIST);
            assertThat(section).as(id).contains("…and ");
            bullets += (int) lines;
        }
        assertThat(bullets).isLessThanOrEqualTo(ListSection.LINES_IN_ALL + 2 * ListSection.LINES_AT_LEAST);
    }

    @Test
    void hostile_titles_reasons_and_trends_are_escaped_cut_and_never_break_a_link() {
        String longHostile = HOSTILE + "x".repeat(5_000);
        var p = new Portfolio();
        p.add(1, longHostile).createdOn(1).done();
        p.add(2, HOSTILE)
                .placed(2, 2, Archetype.SOFTWARE_2_0)
                .killed(day(2), longHostile)
                .done();
        p.add(3, "|||>>>")
                .move(Stage.DATA, day(1), 1)
                .checkIn(-7, "12")
                .checkIn(-3, HOSTILE)
                .checkIn(1, "15")
                .overdue()
                .done();
        p.add(4, " \n\t ").createdOn(3).done();

        SlackMessage message = SummaryMessages.summary(
                WeeklySummary.of(p.projects, Portfolio.WEEK, Optional.of(GENERAL)), p.links, HOSTILE + "x".repeat(500));

        assertSafe(message);
        assertThat(text(message, "summary.killed")).contains("“&lt;!channel&gt; a|b &gt; c &amp; &lt;https");
        assertThat(text(message, "summary.new"))
                .contains("|&lt;!channel&gt; a¦b &gt; c")
                .contains("|(untitled)>*");
        assertThat(text(message, "summary.overdue")).contains("|¦¦¦&gt;&gt;&gt;>*");
        assertThat(text(message, "summary.trends")).contains("12 → &lt;!channel&gt; a|b");
    }

    @Test
    void a_project_without_a_usable_link_is_named_without_one() {
        var p = new Portfolio();
        p.add(1, "No link").createdOn(1).noLink().done();
        p.add(2, "Pipe in link").createdOn(1).done();
        p.add(3, "Not https").createdOn(1).done();
        p.links.put(Portfolio.id(2), "https://acme.slack.com/x|<!channel>");
        p.links.put(Portfolio.id(3), "javascript:alert(1)");

        SlackMessage message = SummaryMessages.summary(
                WeeklySummary.of(p.projects, Portfolio.WEEK, Optional.of(GENERAL)), p.links, "Week 49");

        assertThat(text(message, "summary.new"))
                .contains("• *No link* `#3f9a01`", "• *Not https* `#3f9a03`", "• *Pipe in link* `#3f9a02`")
                .doesNotContain("javascript", "<!channel>");
    }

    @Test
    void lists_say_what_is_left_over() {
        assertThat(ListSection.rest(0, 0, true, "project")).isEmpty();
        assertThat(ListSection.rest(5, 0, true, "project")).isEqualTo("…and 5 more");
        assertThat(ListSection.rest(5, 2, true, "project")).isEqualTo("…and 7 more (2 in private channels)");
        assertThat(ListSection.rest(0, 2, true, "move")).isEqualTo("…and 2 more in private channels");
        assertThat(ListSection.rest(0, 1, false, "move")).isEqualTo("1 move in private channels");
        assertThat(ListSection.rest(0, 3, false, "project")).isEqualTo("3 projects in private channels");
    }

    /**
     * What Slack would do with the message: within limits, no ping, no control character, and every
     * {@code <…>} one the bot made: a date, or an https link whose label holds no {@code |}.
     */
    static void assertSafe(SlackMessage message) {
        assertThat(BlockLimits.violations(message.blocks())).isEmpty();
        assertThat(message.text()).doesNotContain("<");
        List<String> texts = texts(message);
        for (String text : texts) {
            assertThat(text.chars().filter(c -> c != '\n' && Character.isISOControl(c)))
                    .as(text)
                    .isEmpty();
        }
        // The header is plain text, which Slack shows as typed: only mrkdwn can ping or link.
        for (String text : texts.subList(1, texts.size())) {
            int at = text.indexOf('<');
            while (at >= 0) {
                int end = text.indexOf('>', at);
                assertThat(end).as(text).isPositive();
                String token = text.substring(at + 1, end);
                if (token.startsWith("!date^")) {
                    assertThat(token).matches("!date\\^\\d+\\^\\{date_short\\}\\|[A-Z][a-z]{2} \\d{1,2}, \\d{4}");
                } else {
                    assertThat(token).startsWith("https://");
                    assertThat(token.chars().filter(c -> c == '|').count())
                            .as(token)
                            .isEqualTo(1);
                    assertThat(token).doesNotContain("<");
                }
                at = text.indexOf('<', end);
            }
        }
    }

    static List<String> texts(SlackMessage message) {
        return message.blocks().stream()
                .map(b -> b instanceof SectionBlock s
                        ? ((MarkdownTextObject) s.getText()).getText()
                        : b instanceof ContextBlock c
                                ? ((MarkdownTextObject) c.getElements().get(0)).getText()
                                : ((HeaderBlock) b).getText().getText())
                .toList();
    }

    private static List<String> blockIds(SlackMessage message) {
        return message.blocks().stream().map(LayoutBlock::getBlockId).toList();
    }

    private static String text(SlackMessage message, String blockId) {
        Map<String, String> byId = new java.util.HashMap<>();
        var blocks = message.blocks();
        var texts = texts(message);
        for (int i = 0; i < blocks.size(); i++) byId.put(blocks.get(i).getBlockId(), texts.get(i));
        assertThat(byId).containsKey(blockId);
        return byId.get(blockId);
    }
}
