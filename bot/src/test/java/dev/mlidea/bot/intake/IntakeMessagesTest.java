package dev.mlidea.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import dev.mlidea.bot.blocks.BlockLimits;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.card.CardMessages;
import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.Choice;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.IntakeReply;
import dev.mlidea.conversations.intake.IntakeState;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.conversations.intake.Progress;
import dev.mlidea.conversations.intake.Question;
import dev.mlidea.conversations.intake.QuestionKind;
import dev.mlidea.conversations.intake.Questionnaire;
import dev.mlidea.storage.Delivery;
import dev.mlidea.storage.ProjectRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every intake message stays inside Slack's Block Kit limits (a {@link SlackMessage} refuses to be
 * built otherwise) and never lets user text ping a channel or forge a link, however long or hostile.
 */
class IntakeMessagesTest {
    private static final String HOSTILE = " <!channel> & <!here> <@U0EVE> <https://evil.example|innocent> ";
    private static final Progress PROGRESS = new Progress(5, 23);

    /** User text of exactly {@code length} characters, hostile markup repeated all the way through. */
    private static String hostileText(int length) {
        return HOSTILE.repeat(length / HOSTILE.length() + 1).substring(0, length);
    }

    static Stream<Question> questions() {
        return Questionnaire.all().stream();
    }

    private static IntakeReply.Ask hostileAsk(Question q) {
        Set<String> draft =
                q.kind() == QuestionKind.MULTI ? Set.of(q.choices().get(0).id()) : Set.of();
        return new IntakeReply.Ask(
                q, PROGRESS, Optional.of(hostileText(4000)), Optional.of(new Answer.Text(hostileText(40_000))), draft);
    }

    /** The live message asking {@code ask}, under every other question answered with huge hostile text. */
    private static SlackMessage live(IntakeReply.Ask ask) {
        Answers answers = Answers.none();
        for (Question other : Questionnaire.all()) {
            if (!other.key().equals(ask.question().key())) {
                answers = answers.with(other.key(), new Answer.Text(hostileText(10_000)));
            }
        }
        return LiveQuestionMessages.asking(IntakeMode.FULL, answers, ask);
    }

    @ParameterizedTest
    @MethodSource("questions")
    void asks_every_question_within_the_limits_even_with_huge_hostile_text(Question q) {
        SlackMessage message = live(hostileAsk(q));
        SlackMessage rejection = IntakeMessages.notQuiteAnAnswer(hostileAsk(q));

        for (SlackMessage m : List.of(message, rejection)) {
            assertThat(BlockLimits.violations(m.blocks())).isEmpty();
            assertThat(m.text()).hasSizeLessThanOrEqualTo(BlockLimits.FALLBACK_TEXT);
            assertNoLiveMarkup(m);
        }
    }

    @ParameterizedTest
    @MethodSource("questions")
    void asks_every_question_with_its_key_in_the_block_ids(Question q) {
        SlackMessage message = live(hostileAsk(q));

        assertThat(blockIds(message)).contains("live.progress", "q." + q.key());
        assertThat(blockIds(IntakeMessages.notQuiteAnAnswer(hostileAsk(q)))).containsExactly("r." + q.key());
        boolean hasButtons = q.kind() != QuestionKind.TEXT;
        if (hasButtons) {
            assertThat(blockIds(message)).contains("a." + q.key());
        } else {
            assertThat(message.blocks()).noneMatch(ActionsBlock.class::isInstance);
        }
    }

    @ParameterizedTest
    @MethodSource("questions")
    void asks_a_choice_question_with_one_button_per_choice_naming_its_id(Question q) {
        if (q.kind() != QuestionKind.CHOICE) return;

        List<String> actionIds = buttons(live(hostileAsk(q))).stream()
                .map(ButtonElement::getActionId)
                .toList();

        assertThat(actionIds)
                .containsExactlyElementsOf(q.choices().stream()
                        .map(c -> IntakeMessages.ANSWER_ACTION_PREFIX + c.id())
                        .toList());
    }

    @ParameterizedTest
    @MethodSource("questions")
    void asks_a_scale_question_with_buttons_one_to_five(Question q) {
        if (q.kind() != QuestionKind.SCALE) return;

        List<String> values = buttons(live(hostileAsk(q))).stream()
                .map(ButtonElement::getValue)
                .toList();

        assertThat(values).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void shows_the_rejection_and_the_current_answer_escaped_not_dropped() {
        Question problem = Questionnaire.byKey(Questionnaire.PROBLEM).orElseThrow();
        var ask = new IntakeReply.Ask(
                problem,
                PROGRESS,
                Optional.of("Too short: <!here> & more"),
                Optional.of(new Answer.Text("Tickets & <!channel>")),
                Set.of());

        String rejection = String.join("\n", strings(IntakeMessages.notQuiteAnAnswer(ask)));
        String question = String.join("\n", strings(live(ask)));

        assertThat(rejection).contains("Too short: &lt;!here&gt; &amp; more");
        assertThat(question).contains("Current answer: Tickets &amp; &lt;!channel&gt;");
    }

    @Test
    void asks_a_first_question_with_no_rejection_and_no_current_answer() {
        Question problem = Questionnaire.byKey(Questionnaire.PROBLEM).orElseThrow();
        var ask = new IntakeReply.Ask(problem, new Progress(0, 23), Optional.empty(), Optional.empty(), Set.of());

        SlackMessage message = LiveQuestionMessages.asking(IntakeMode.QUICK, Answers.none(), ask);

        assertThat(blockIds(message)).startsWith("live.progress", "q.problem").doesNotContain("r.problem");
        assertThat(String.join("\n", strings(message)))
                .contains("question 1 of 23")
                .doesNotContain("Current answer");
        assertThat(message.text()).isEqualTo(problem.prompt());
    }

    @Test
    void summarises_every_answer_as_a_ten_thousand_character_text_within_the_limits() {
        Answers answers = Answers.none();
        for (Question q : Questionnaire.all()) answers = answers.with(q.key(), new Answer.Text(hostileText(10_000)));
        // Software 2.0, so the flywheel questions apply and the summary has every question.
        answers = answers.with(Questionnaire.ARCH_AUTOMATED_TODAY, new Answer.Picked(Questionnaire.YES));
        // Every full question plus the quick ones answered: the longest summary there is.
        assertThat(Questionnaire.applicable(IntakeMode.FULL, answers)).hasSameSizeAs(Questionnaire.all());

        SlackMessage message = LiveQuestionMessages.summary(IntakeMode.FULL, answers);

        assertThat(message.blocks()).hasSizeLessThanOrEqualTo(BlockLimits.MESSAGE_BLOCKS);
        assertThat(message.blocks())
                .filteredOn(SectionBlock.class::isInstance)
                .allSatisfy(b -> assertThat(((SectionBlock) b).getText().getText())
                        .hasSizeLessThanOrEqualTo(BlockLimits.SECTION_TEXT));
        assertThat(BlockLimits.violations(message.blocks())).isEmpty();
        assertNoLiveMarkup(message);
        String all = String.join("\n", strings(message));
        assertThat(all).contains("&lt;!channel&gt; &amp;");
        for (Question q : Questionnaire.all()) assertThat(all).contains("*" + AnswerLabels.label(q.key()) + ":*");
    }

    @Test
    void summarises_every_kind_of_answer_readably() {
        Answers answers = Answers.none()
                .with(Questionnaire.PROBLEM, new Answer.Text("Tickets & <!channel>"))
                .with(Questionnaire.READY_PRODUCT, new Answer.Picked(Questionnaire.PARTLY))
                .with(Questionnaire.IMPACT_RATING, new Answer.Scale(4))
                .with(Questionnaire.IMPACT_SIGNALS, new Answer.Picks(Set.of(Questionnaire.SIGNAL_INDUSTRY)))
                .with(Questionnaire.HARD_TRAITS, new Answer.Picks(Set.of()))
                .with(Questionnaire.SUCCESS_STAKEHOLDERS, new Answer.People(List.of("U0ALICE", "U0BOB")))
                .with(Questionnaire.ETHICS, new Answer.Skipped());

        String all = String.join("\n", strings(LiveQuestionMessages.summary(IntakeMode.FULL, answers)));

        assertThat(all)
                .contains("*Problem:* Tickets &amp; &lt;!channel&gt;")
                .contains("*Product in place:* Partly")
                .contains("*Impact:* 4/5")
                .contains("*Impact signals:* Others in the industry do it")
                .contains("*Hard traits:* none of these")
                .contains("*Stakeholders:* 2 people named")
                .doesNotContain("<@U0ALICE>")
                .contains("*Ethics:* _skipped_")
                .contains("*Data availability:* _skipped_");
    }

    @ParameterizedTest
    @MethodSource("questions")
    void explains_how_to_answer_every_question(Question q) {
        SlackMessage message = IntakeMessages.help(new IntakeReply.Help(q, PROGRESS));

        assertThat(blockIds(message)).containsExactly("help");
        assertThat(String.join("\n", strings(message))).contains("`skip`", "`back`", "`cancel`", "`help`");
        for (Choice c : q.choices()) {
            if (q.kind() == QuestionKind.CHOICE)
                assertThat(String.join("\n", strings(message))).contains(c.label());
        }
    }

    @Test
    void says_the_intake_is_cancelled_and_how_many_answers_are_kept() {
        SlackMessage message = IntakeMessages.cancelled(new IntakeReply.Cancelled(new Progress(4, 23)));

        assertThat(blockIds(message)).containsExactly("cancelled");
        assertThat(message.text()).contains("4 answers so far are kept");
    }

    @Test
    void says_a_stale_click_changed_nothing_naming_the_question() {
        Question problem = Questionnaire.byKey(Questionnaire.PROBLEM).orElseThrow();

        SlackMessage open = IntakeMessages.staleClick(problem.key(), true);
        SlackMessage closed = IntakeMessages.staleClick(problem.key(), false);
        SlackMessage unknown = IntakeMessages.staleClick("no.such.question", true);

        assertThat(open.text()).contains(problem.prompt()).contains("changed nothing");
        assertThat(closed.text()).contains("not open any more");
        assertThat(unknown.text()).contains("that question");
        assertThat(blockIds(open)).containsExactly("stale");
    }

    @Test
    void tells_someone_who_is_not_an_owner_who_the_owners_are() {
        SlackMessage message = IntakeMessages.notAnOwner(List.of("U0ALICE", "U0BOB"));

        assertThat(blockIds(message)).containsExactly("not_owner");
        assertThat(message.text()).contains("<@U0ALICE>, <@U0BOB>");
    }

    @ParameterizedTest
    @EnumSource(IntakeStatus.class)
    void shows_a_five_thousand_character_title_on_the_card_within_the_header_limit(IntakeStatus status) {
        String title = hostileText(5000);

        SlackMessage card = CardMessages.card(aProject(title, status), List.of("*Archetype:* Software 2.0"));

        HeaderBlock header = (HeaderBlock) card.blocks().get(0);
        assertThat(header.getText().getText())
                .hasSizeLessThanOrEqualTo(BlockLimits.HEADER_TEXT)
                .endsWith("…");
        assertThat(BlockLimits.violations(card.blocks())).isEmpty();
        assertThat(card.text())
                .hasSizeLessThanOrEqualTo(BlockLimits.FALLBACK_TEXT)
                .doesNotContain("<!channel>");
        assertThat(String.join("\n", strings(card))).contains("<@U0ALICE>").contains("*Archetype:* Software 2.0");
    }

    @Test
    void shows_a_short_title_whole_with_the_intake_progress() {
        SlackMessage card = CardMessages.card(aProject("Predict churn", IntakeStatus.IN_PROGRESS), List.of());

        assertThat(((HeaderBlock) card.blocks().get(0)).getText().getText()).isEqualTo(":bulb: Predict churn");
        assertThat(card.text()).isEqualTo("ML idea: Predict churn (intake 1/24)");
        assertThat(card.blocks()).noneMatch(ActionsBlock.class::isInstance); // a full intake has no form
    }

    private static ProjectRecord aProject(String title, IntakeStatus status) {
        Answers answers = Answers.none().with(Questionnaire.PROBLEM, new Answer.Text("Churn & friends"));
        Optional<String> current =
                status == IntakeStatus.IN_PROGRESS ? Optional.of(Questionnaire.READY_PRODUCT) : Optional.empty();
        Instant created = Instant.parse("2024-05-06T09:00:00Z");
        return new ProjectRecord(
                UUID.randomUUID(),
                "T0ACME",
                "C0PLANNING",
                "U0ALICE",
                List.of("U0ALICE"),
                title,
                true,
                new IntakeState(status, IntakeMode.FULL, answers, current, Set.of()),
                Delivery.PENDING,
                Optional.empty(),
                Optional.empty(),
                created,
                created,
                Optional.empty());
    }

    /** User markup that would act in Slack if it reached a message unescaped. */
    private static void assertNoLiveMarkup(SlackMessage message) {
        for (String s : strings(message)) {
            assertThat(s).doesNotContain("<!channel>", "<!here>", "<@U0EVE>", "<https://evil");
        }
    }

    private static List<String> blockIds(SlackMessage message) {
        return message.blocks().stream()
                .map(LayoutBlock::getBlockId)
                .filter(Objects::nonNull)
                .toList();
    }

    private static List<ButtonElement> buttons(SlackMessage message) {
        return message.blocks().stream()
                .filter(ActionsBlock.class::isInstance)
                .flatMap(b -> ((ActionsBlock) b).getElements().stream())
                .filter(ButtonElement.class::isInstance)
                .map(ButtonElement.class::cast)
                .toList();
    }

    /** Every string Slack would receive: the fallback text and each string in the blocks' JSON. */
    private static List<String> strings(SlackMessage message) {
        var all = new ArrayList<String>();
        all.add(message.text());
        collect(JsonParser.parseString(message.blocksJson()), all);
        return all;
    }

    private static void collect(JsonElement json, List<String> into) {
        if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isString()) {
            into.add(json.getAsString());
        } else if (json.isJsonArray()) {
            json.getAsJsonArray().forEach(e -> collect(e, into));
        } else if (json.isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : json.getAsJsonObject().entrySet()) collect(e.getValue(), into);
        }
    }
}
