package dev.mlidea.bot.blocks;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlockLimitsTest {

    /** A message like the bot's own: header, text, buttons, checkboxes and a context line. */
    private static List<LayoutBlock> aValidMessage() {
        return asBlocks(
                header(h -> h.blockId("title").text(plainText("Predict churn"))),
                section(s -> s.blockId("q.problem").text(markdownText("*What problem would ML solve?*"))),
                actions(a -> a.blockId("a.problem")
                        .elements(asElements(
                                button(b ->
                                        b.actionId("answer.yes").value("yes").text(plainText("Yes"))),
                                button(b -> b.actionId("answer.no").value("no").text(plainText("No")))))),
                actions(a -> a.blockId("a.traits")
                        .elements(asElements(
                                checkboxes(c -> c.actionId("toggle")
                                        .options(List.of(
                                                option(plainText("Complex output"), "complex_output"),
                                                option(plainText("Reliability"), "reliability")))),
                                button(b -> b.actionId("answer._done")
                                        .value("_done")
                                        .text(plainText("Done")))))),
                divider(),
                context(c -> c.blockId("how").elements(List.of(markdownText("Reply in this thread")))));
    }

    private static LayoutBlock sectionOf(int chars) {
        return section(s -> s.text(markdownText("x".repeat(chars))));
    }

    private static BlockElement buttonNumber(int n) {
        return button(b -> b.actionId("answer." + n).value(Integer.toString(n)).text(plainText(Integer.toString(n))));
    }

    @Test
    void a_valid_message_passes() {
        assertThat(BlockLimits.violations(aValidMessage())).isEmpty();
        assertThat(BlockLimits.require(aValidMessage())).hasSize(6);
    }

    @Test
    void no_blocks_at_all_is_within_the_limits() {
        assertThat(BlockLimits.violations(List.of())).isEmpty();
    }

    @Test
    void fifty_blocks_pass_and_fifty_one_are_flagged() {
        var blocks = new ArrayList<LayoutBlock>();
        for (int i = 0; i < 50; i++) blocks.add(divider());
        assertThat(BlockLimits.violations(blocks)).isEmpty();

        blocks.add(divider());

        assertThat(BlockLimits.violations(blocks))
                .singleElement()
                .asString()
                .contains("too many blocks")
                .contains("51");
    }

    @Test
    void section_text_of_3000_characters_passes_and_3001_is_flagged() {
        assertThat(BlockLimits.violations(List.of(sectionOf(3000)))).isEmpty();
        assertThat(BlockLimits.violations(List.of(sectionOf(3001))))
                .singleElement()
                .asString()
                .contains("section")
                .contains("3001");
    }

    @Test
    void an_empty_section_text_is_flagged() {
        assertThat(BlockLimits.violations(List.of(sectionOf(0))))
                .singleElement()
                .asString()
                .contains("empty");
    }

    @Test
    void header_of_150_characters_passes_and_151_is_flagged() {
        assertThat(BlockLimits.violations(List.of(header(h -> h.text(plainText("h".repeat(150)))))))
                .isEmpty();
        assertThat(BlockLimits.violations(List.of(header(h -> h.text(plainText("h".repeat(151)))))))
                .singleElement()
                .asString()
                .contains("header")
                .contains("151");
    }

    @Test
    void button_text_of_75_characters_passes_and_76_is_flagged() {
        LayoutBlock ok = actions(a ->
                a.elements(asElements(button(b -> b.actionId("b").value("v").text(plainText("b".repeat(75)))))));
        LayoutBlock tooLong = actions(a ->
                a.elements(asElements(button(b -> b.actionId("b").value("v").text(plainText("b".repeat(76)))))));

        assertThat(BlockLimits.violations(List.of(ok))).isEmpty();
        assertThat(BlockLimits.violations(List.of(tooLong)))
                .singleElement()
                .asString()
                .contains("button")
                .contains("76");
    }

    @Test
    void a_button_value_over_2000_characters_is_flagged() {
        LayoutBlock block = actions(a -> a.elements(
                asElements(button(b -> b.actionId("b").value("v".repeat(2001)).text(plainText("Go"))))));

        assertThat(BlockLimits.violations(List.of(block)))
                .singleElement()
                .asString()
                .contains("value");
    }

    @Test
    void a_duplicate_block_id_is_flagged_even_across_block_types() {
        List<LayoutBlock> blocks = asBlocks(
                section(s -> s.blockId("q.problem").text(markdownText("one"))),
                context(c -> c.blockId("q.problem").elements(List.of(markdownText("two")))));

        assertThat(BlockLimits.violations(blocks))
                .singleElement()
                .asString()
                .contains("duplicate block_id")
                .contains("q.problem");
    }

    @Test
    void a_block_id_over_255_characters_is_flagged() {
        String id = "b".repeat(256);

        assertThat(BlockLimits.violations(List.of(section(s -> s.blockId(id).text(markdownText("x"))))))
                .singleElement()
                .asString()
                .contains("block_id too long");
    }

    @Test
    void twenty_five_elements_in_an_actions_block_pass_and_twenty_six_are_flagged() {
        List<BlockElement> twentyFive =
                IntStream.range(0, 25).mapToObj(BlockLimitsTest::buttonNumber).toList();
        List<BlockElement> twentySix =
                IntStream.range(0, 26).mapToObj(BlockLimitsTest::buttonNumber).toList();

        assertThat(BlockLimits.violations(List.of(actions(twentyFive)))).isEmpty();
        assertThat(BlockLimits.violations(List.of(actions(twentySix))))
                .singleElement()
                .asString()
                .contains("too many actions elements");
    }

    @Test
    void a_duplicate_action_id_within_one_actions_block_is_flagged() {
        LayoutBlock block = actions(asElements(buttonNumber(1), buttonNumber(1)));

        assertThat(BlockLimits.violations(List.of(block)))
                .singleElement()
                .asString()
                .contains("duplicate action_id")
                .contains("answer.1");
    }

    @Test
    void the_same_action_id_in_two_actions_blocks_is_fine() {
        List<LayoutBlock> blocks =
                asBlocks(actions("a.one", asElements(buttonNumber(1))), actions("a.two", asElements(buttonNumber(1))));

        assertThat(BlockLimits.violations(blocks)).isEmpty();
    }

    @Test
    void eleven_context_elements_are_flagged() {
        List<ContextBlockElement> eleven = IntStream.range(0, 11)
                .mapToObj(i -> (ContextBlockElement) markdownText("note " + i))
                .toList();

        assertThat(BlockLimits.violations(List.of(context(eleven))))
                .singleElement()
                .asString()
                .contains("too many context elements");
    }

    @Test
    void eleven_checkbox_options_and_an_option_text_of_76_characters_are_flagged() {
        List<OptionObject> eleven = IntStream.range(0, 11)
                .mapToObj(i -> option(plainText("Option " + i), "o" + i))
                .toList();
        LayoutBlock tooMany =
                actions(asElements(checkboxes(c -> c.actionId("toggle").options(eleven))));
        LayoutBlock tooLong = actions(asElements(checkboxes(c ->
                c.actionId("toggle").options(List.of(option(plainText("o".repeat(76)), "o"))))));

        assertThat(BlockLimits.violations(List.of(tooMany)))
                .singleElement()
                .asString()
                .contains("too many checkbox options");
        assertThat(BlockLimits.violations(List.of(tooLong)))
                .singleElement()
                .asString()
                .contains("option")
                .contains("76");
    }

    @Test
    void lists_every_violation_not_just_the_first() {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(header(h -> h.blockId("dup").text(plainText("h".repeat(151)))));
        blocks.add(section(s -> s.blockId("dup").text(markdownText("x".repeat(3001)))));
        for (int i = 0; i < 49; i++) blocks.add(divider());

        assertThat(BlockLimits.violations(blocks)).hasSize(4);
    }

    @Test
    void require_returns_a_valid_message_unchanged() {
        List<LayoutBlock> message = aValidMessage();

        assertThat(BlockLimits.require(message)).isSameAs(message);
    }

    @Test
    void require_throws_naming_every_violation() {
        List<LayoutBlock> blocks = asBlocks(header(h -> h.text(plainText("h".repeat(151)))), sectionOf(3001));

        assertThatThrownBy(() -> BlockLimits.require(blocks))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("header text too long")
                .hasMessageContaining("section text too long");
    }

    @Test
    void a_slack_message_refuses_blocks_that_break_a_limit() {
        assertThatThrownBy(() -> new SlackMessage("fallback", List.of(sectionOf(3001))))
                .isInstanceOf(IllegalStateException.class);
    }
}
