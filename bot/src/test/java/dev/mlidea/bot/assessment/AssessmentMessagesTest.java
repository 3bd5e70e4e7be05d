package dev.mlidea.bot.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.testing.CodeCompletionAnswers;
import dev.mlidea.conversations.assessment.Archetype;
import dev.mlidea.conversations.assessment.Assessment;
import dev.mlidea.conversations.assessment.Assessor;
import dev.mlidea.conversations.assessment.Contribution;
import dev.mlidea.conversations.assessment.Gate;
import dev.mlidea.conversations.assessment.RedFlag;
import dev.mlidea.conversations.assessment.Score;
import dev.mlidea.conversations.assessment.Verdict;
import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.Questionnaire;
import dev.mlidea.storage.StoredAssessment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The assessment reads verdict first, says each thing once, and keeps its arithmetic behind Why?. */
class AssessmentMessagesTest {

    private static Answers noCriteriaNoData() {
        return CodeCompletionAnswers.full()
                .with(Questionnaire.SUCCESS_CRITERIA, new Answer.Text("none yet"))
                .with(Questionnaire.READY_DATA, new Answer.Picked(Questionnaire.NO));
    }

    /** Every verdict and every archetype state: matrix, not yet, don't build, unsure, overridden. */
    static Stream<Object[]> assessments() {
        Answers answers = CodeCompletionAnswers.full();
        Answers unclear = answers.with(Questionnaire.ARCH_AUTOMATED_TODAY, new Answer.Picked(Questionnaire.NO))
                .with(Questionnaire.ARCH_HUMAN_REVIEW, new Answer.Picked(Questionnaire.NO))
                .with(Questionnaire.IMPACT_SIGNALS, new Answer.Picks(Set.of(Questionnaire.SIGNAL_FRICTION)));
        Answers rulesWork =
                answers.with(Questionnaire.NEED_BASELINE, new Answer.Picked(Questionnaire.BASELINE_GOOD_ENOUGH));
        return Stream.of(
                new Object[] {"do it now", answers, Optional.<Archetype>empty()},
                new Object[] {"not yet", noCriteriaNoData(), Optional.<Archetype>empty()},
                new Object[] {"don't build", rulesWork, Optional.<Archetype>empty()},
                new Object[] {"unsure archetype", unclear, Optional.<Archetype>empty()},
                new Object[] {"overridden", answers, Optional.of(Archetype.AUTONOMOUS)});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assessments")
    void opens_with_the_verdict_and_the_first_step_and_has_exactly_one_primary_button(
            String name, Answers answers, Optional<Archetype> override) {
        Assessment a = Assessor.assess(answers, override);
        SlackMessage m = AssessmentMessages.assessment("Title", a, 4, override, answers);

        JsonArray blocks = JsonParser.parseString(m.blocksJson()).getAsJsonArray();
        JsonObject first = blocks.get(0).getAsJsonObject();
        assertThat(first.get("block_id").getAsString()).isEqualTo("assessment.verdict");
        String verdictLine = first.getAsJsonObject("text").get("text").getAsString();
        assertThat(verdictLine)
                .contains("*" + a.verdict().label() + "* — first step: "
                        + a.nextSteps().get(0).text());
        assertThat(verdictLine.indexOf(a.verdict().label())).isLessThan(verdictLine.indexOf("first step"));
        assertThat(m.text()).startsWith("Assessment: " + a.verdict().label());
        assertThat(blocks.get(1).getAsJsonObject().get("block_id").getAsString())
                .isEqualTo("assessment.archetype");

        List<JsonObject> primary = buttons(blocks).stream()
                .filter(b -> b.has("style") && "primary".equals(b.get("style").getAsString()))
                .toList();
        assertThat(primary).hasSize(1);
        assertThat(primary.get(0).get("action_id").getAsString()).isEqualTo("looks_right");
        assertThat(m.blocksJson()).containsOnlyOnce("\"style\":\"primary\"");
        assertThat(actionsBlock(blocks).get("block_id").getAsString()).isEqualTo("assessment.4");
        assertThat(buttons(blocks))
                .extracting(b -> b.get("action_id").getAsString())
                .contains("why", "looks_right", "archetype.software_2_0");
        // the arithmetic is behind Why?: no rule-by-rule list and never a zero term in the thread.
        assertThat(m.blocksJson()).doesNotContain("(0.0)").doesNotContain("starts at");
    }

    @Test
    void the_reasons_are_the_two_largest_effects_across_both_scores_with_their_sign() {
        Assessment real = Assessor.assess(CodeCompletionAnswers.full(), Optional.empty());
        Score impact = new Score(
                2.3,
                List.of(
                        new Contribution("starting_point", 2.0, "starts at 2.0"),
                        new Contribution("impact_rating", 0.3, "impact rating 4/5: +0.3"),
                        new Contribution("data_flywheel", 0.0, "no full data flywheel: 0.0")));
        Score feasibility = new Score(
                3.2,
                List.of(
                        new Contribution("starting_point", 4.3, "starts at 4.3"),
                        new Contribution("cost_of_wrong_predictions", -1.6, "cost of a wrong prediction 5/5: −1.6"),
                        new Contribution("data_availability", 0.5, "data availability 4/5: +0.5"),
                        new Contribution("product_readiness", 0.04, "a product: 0.0")));
        Assessment a = withScores(real, impact, feasibility);

        List<Reason> strongest = Reason.strongest(a, 2);
        assertThat(strongest)
                .extracting(Reason::mrkdwn)
                .containsExactly(
                        "*feasibility −1.6* — cost of a wrong prediction 5/5",
                        "*feasibility +0.5* — data availability 4/5");
        String scores = section(
                AssessmentMessages.assessment("T", a, 1, Optional.empty(), CodeCompletionAnswers.full()),
                "assessment.scores");
        assertThat(scores)
                .contains("*feasibility −1.6* — cost of a wrong prediction 5/5")
                .doesNotContain("impact rating")
                .doesNotContain("a product")
                .contains("`");
    }

    @Test
    void a_gate_that_is_the_verdict_is_said_once_and_every_other_flag_once() {
        Answers answers = noCriteriaNoData();
        Assessment a = Assessor.assess(answers, Optional.empty());
        assertThat(a.verdict()).isEqualTo(new Verdict.NotYet(Gate.NO_DATA));
        assertThat(a.redFlags()).contains(RedFlag.DATA_NOT_COLLECTED, RedFlag.NO_SUCCESS_CRITERIA);
        SlackMessage m = AssessmentMessages.assessment("T", a, 1, Optional.empty(), answers);

        List<String> texts = mrkdwn(m);
        String all = String.join("\n", texts.subList(0, texts.size() - 1)); // the blocks, not the fallback text
        assertThat(all).containsOnlyOnce("no data collected yet");
        assertThat(all).doesNotContain(RedFlag.DATA_NOT_COLLECTED.text());
        // the other gate is said once, as the gate with what unblocks it, not also as its flag.
        String flags = section(m, "assessment.red_flags");
        assertThat(flags).containsOnlyOnce("*Not yet — no success criteria.*");
        assertThat(all).doesNotContain(RedFlag.NO_SUCCESS_CRITERIA.text());
        for (RedFlag flag : a.redFlags()) {
            if (a.gates().stream().noneMatch(g -> g.flag() == flag))
                assertThat(flags).containsOnlyOnce(flag.text());
        }
    }

    @Test
    void guidance_that_only_restates_a_red_flag_is_dropped() {
        Answers reliable = CodeCompletionAnswers.full()
                .with(Questionnaire.HARD_TRAITS, new Answer.Picks(Set.of(Questionnaire.TRAIT_RELIABILITY)));
        Assessment flagged = Assessor.assess(reliable, Optional.of(Archetype.AUTONOMOUS));
        assertThat(flagged.redFlags()).contains(RedFlag.AUTONOMOUS_RELIABILITY_REQUIRED);
        assertThat(flagged.guidance()).contains("Focus heavily on the failure rate and its consequences.");

        assertThat(Reason.guidanceNotInFlags(flagged))
                .doesNotContain("Focus heavily on the failure rate and its consequences.")
                .hasSize(flagged.guidance().size() - 1);
        String all = String.join(
                "\n",
                mrkdwn(AssessmentMessages.assessment("T", flagged, 1, Optional.of(Archetype.AUTONOMOUS), reliable)));
        assertThat(all.toLowerCase(java.util.Locale.ROOT)).containsOnlyOnce("focus heavily on the failure rate");

        // without the flag the line is the guidance's to say.
        Assessment calm = Assessor.assess(CodeCompletionAnswers.full(), Optional.of(Archetype.AUTONOMOUS));
        assertThat(calm.redFlags()).doesNotContain(RedFlag.AUTONOMOUS_RELIABILITY_REQUIRED);
        assertThat(Reason.guidanceNotInFlags(calm)).isEqualTo(calm.guidance());
    }

    @Test
    void the_title_is_escaped_wherever_it_is_shown() {
        Answers answers = CodeCompletionAnswers.full();
        SlackMessage m = AssessmentMessages.assessment(
                "<!channel> & <https://evil|x>",
                Assessor.assess(answers, Optional.empty()),
                1,
                Optional.empty(),
                answers);
        assertThat(mrkdwn(m)).noneMatch(t -> t.contains("<!channel>") || t.contains("<https://"));
        assertThat(String.join("\n", mrkdwn(m))).contains("&lt;!channel&gt; &amp; &lt;https://evil|x&gt;");
    }

    @Test
    void why_shows_every_contribution_that_moved_a_score_and_the_model_version() {
        Assessment a = Assessor.assess(CodeCompletionAnswers.full(), Optional.empty());
        SlackMessage why = WhyMessages.why(a, 7);
        String all = String.join("\n", mrkdwn(why));
        assertThat(all)
                .contains("Why assessment #7 says “Do it now”")
                .contains("*Impact " + AssessmentMessages.format(a.impact()) + " / 5*")
                .contains("*Feasibility " + AssessmentMessages.format(a.feasibility()) + " / 5*")
                .contains("scoring model v" + Assessor.MODEL_VERSION)
                .doesNotContain("(0.0)");
        for (Contribution c : concat(a.impact().contributions(), a.feasibility().contributions())) {
            if (Reason.moves(c)) assertThat(all).contains(c.phrase());
            else assertThat(all).doesNotContain(c.phrase());
        }
    }

    @Test
    void a_clamped_score_says_where_it_was_held() {
        Answers hopeless = CodeCompletionAnswers.full()
                .with(Questionnaire.COST_WRONG_PREDICTIONS, new Answer.Scale(5))
                .with(Questionnaire.COST_ACCURACY, new Answer.Scale(5))
                .with(Questionnaire.COST_DIFFICULTY, new Answer.Scale(5))
                .with(Questionnaire.COST_DATA, new Answer.Scale(1))
                .with(
                        Questionnaire.HARD_TRAITS,
                        new Answer.Picks(Set.of(
                                Questionnaire.TRAIT_COMPLEX_OUTPUT,
                                Questionnaire.TRAIT_RELIABILITY,
                                Questionnaire.TRAIT_GENERALIZATION)));
        Assessment a = Assessor.assess(hopeless, Optional.empty());
        assertThat(a.feasibility().clamped()).isTrue();
        assertThat(section(WhyMessages.why(a, 1), "why.feasibility"))
                .startsWith("*Feasibility 1.0 / 5* _(the rules add up to −")
                .contains("held at the 1.0 floor)_");
    }

    @Test
    void why_on_a_stored_version_is_redone_from_that_versions_inputs() {
        Answers then = CodeCompletionAnswers.full();
        Assessment a = Assessor.assess(then, Optional.empty());
        StoredAssessment stored =
                stored(a, then, Assessor.MODEL_VERSION, a.impact().value());

        String why = String.join("\n", mrkdwn(AssessmentConversation.whyMessage(stored)));
        assertThat(why).isEqualTo(String.join("\n", mrkdwn(WhyMessages.why(a, 3))));

        // made by another scoring model: its stored numbers, and that it cannot be redone.
        String older = String.join("\n", mrkdwn(AssessmentConversation.whyMessage(stored(a, then, "1", 3.6))));
        assertThat(older)
                .contains("Why assessment #3 says “Do it now”")
                .contains("scoring model v1 made it")
                .contains("impact 3.6")
                .doesNotContain("starts at");

        // inputs that no longer give back the stored numbers are not passed off as its arithmetic.
        String off = String.join(
                "\n", mrkdwn(AssessmentConversation.whyMessage(stored(a, then, Assessor.MODEL_VERSION, 1.2))));
        assertThat(off).contains("can't redo its arithmetic").contains("impact 1.2");
    }

    @Test
    void stored_inputs_read_back_give_the_same_scores_and_verdict() {
        Answers skippy = CodeCompletionAnswers.full()
                .with(Questionnaire.IMPACT_SIGNALS, new Answer.Skipped())
                .with(Questionnaire.HARD_TRAITS, new Answer.Picks(Set.of()))
                .with(Questionnaire.COST_DATA, new Answer.Skipped())
                .with(Questionnaire.SUCCESS_STAKEHOLDERS, new Answer.Skipped())
                .with(Questionnaire.READY_PEOPLE, new Answer.Picked(Questionnaire.NO));
        for (Answers answers : List.of(CodeCompletionAnswers.full(), noCriteriaNoData(), skippy)) {
            for (Archetype archetype : Archetype.values()) {
                Assessment original = Assessor.assess(answers, Optional.of(archetype));
                Assessment redone = Assessor.assess(AssessmentInputs.answers(inputs(answers)), Optional.of(archetype));
                // a skipped pick-any question reads back as "none of these": the same points, other words.
                assertThat(redone.impact().value()).isEqualTo(original.impact().value());
                assertThat(redone.feasibility().value())
                        .isEqualTo(original.feasibility().value());
                assertThat(moving(redone)).isEqualTo(moving(original));
                assertThat(redone.verdict()).isEqualTo(original.verdict());
                assertThat(redone.nextSteps()).isEqualTo(original.nextSteps());
            }
        }
        // a value its question cannot read is left out rather than failing.
        assertThat(AssessmentInputs.answers(Map.of(Questionnaire.COST_DATA, "lots", "gone.question", "x"))
                        .byKey())
                .isEmpty();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** The inputs as storage snapshots them: each answer's value, as text. */
    private static Map<String, String> inputs(Answers answers) {
        var out = new LinkedHashMap<String, String>();
        answers.byKey().forEach((key, answer) -> out.put(key, value(answer)));
        return out;
    }

    private static String value(Answer answer) {
        if (answer instanceof Answer.Text t) return t.text();
        if (answer instanceof Answer.Picked p) return p.choiceId();
        if (answer instanceof Answer.Scale s) return Integer.toString(s.value());
        if (answer instanceof Answer.Picks p) return String.join(",", p.sorted());
        if (answer instanceof Answer.People p) return String.join(",", p.userIds());
        return "";
    }

    private static StoredAssessment stored(Assessment a, Answers answers, String model, double impact) {
        return new StoredAssessment(
                3,
                model,
                "intake_completed",
                a.suggested().archetype().id(),
                a.suggested().confident(),
                Optional.empty(),
                a.archetype().id(),
                impact,
                a.feasibility().value(),
                a.verdict().id(),
                a.redFlags().stream().map(RedFlag::name).toList(),
                List.of(),
                a.dontBuild().isPresent(),
                inputs(answers),
                "U0OWNER001",
                Instant.parse("2026-03-02T10:00:00Z"),
                Optional.empty());
    }

    private static Assessment withScores(Assessment a, Score impact, Score feasibility) {
        return new Assessment(
                a.suggested(),
                a.archetype(),
                a.overridden(),
                impact,
                feasibility,
                a.quadrant(),
                a.verdict(),
                a.gates(),
                a.redFlags(),
                a.guidance(),
                a.nextSteps(),
                a.dontBuild(),
                a.modelVersion());
    }

    /** The contributions Why? shows: those that move a score. */
    private static List<Contribution> moving(Assessment a) {
        return concat(a.impact().contributions(), a.feasibility().contributions()).stream()
                .filter(Reason::moves)
                .toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        var out = new ArrayList<T>(a);
        out.addAll(b);
        return out;
    }

    private static JsonObject actionsBlock(JsonArray blocks) {
        for (JsonElement b : blocks) {
            if ("actions".equals(b.getAsJsonObject().get("type").getAsString())) return b.getAsJsonObject();
        }
        throw new AssertionError("no actions block");
    }

    private static List<JsonObject> buttons(JsonArray blocks) {
        var out = new ArrayList<JsonObject>();
        for (JsonElement e : actionsBlock(blocks).getAsJsonArray("elements")) {
            JsonObject element = e.getAsJsonObject();
            if ("button".equals(element.get("type").getAsString())) out.add(element);
        }
        return out;
    }

    private static String section(SlackMessage m, String blockId) {
        for (JsonElement b : JsonParser.parseString(m.blocksJson()).getAsJsonArray()) {
            JsonObject block = b.getAsJsonObject();
            if (block.has("block_id") && blockId.equals(block.get("block_id").getAsString())) {
                return block.getAsJsonObject("text").get("text").getAsString();
            }
        }
        throw new AssertionError("no block " + blockId);
    }

    /** Every mrkdwn text in the message, plus its fallback text. */
    private static List<String> mrkdwn(SlackMessage m) {
        var out = new ArrayList<String>();
        collect(JsonParser.parseString(m.blocksJson()), out);
        out.add(m.text());
        return out;
    }

    private static void collect(JsonElement e, List<String> out) {
        if (e.isJsonArray()) e.getAsJsonArray().forEach(x -> collect(x, out));
        else if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("type") && "mrkdwn".equals(o.get("type").getAsString()))
                out.add(o.get("text").getAsString());
            o.entrySet().forEach(x -> collect(x.getValue(), out));
        }
    }
}
