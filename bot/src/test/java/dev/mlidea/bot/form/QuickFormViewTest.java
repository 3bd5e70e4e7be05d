package dev.mlidea.bot.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.util.json.GsonFactory;
import dev.mlidea.bot.blocks.BlockLimits;
import dev.mlidea.bot.testing.Golden;
import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.IntakeForm;
import dev.mlidea.conversations.intake.Question;
import dev.mlidea.conversations.intake.Questionnaire;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The quick intake's modal: every quick question as a field, current answers filled in, within Slack's limits. */
class QuickFormViewTest {
    private static final QuickFormView.Target TARGET = new QuickFormView.Target("C0CHANNEL1", "1700000000.000100");

    @Test
    void renders_the_empty_form_as_its_golden_file() {
        Golden.assertMatches(
                "form-quick-empty", json(QuickFormView.form(TARGET, "Reply drafts <!channel>", Answers.none(), "")));
    }

    @Test
    void renders_a_form_with_answers_filled_in_as_its_golden_file() {
        Golden.assertMatches("form-quick-filled", json(QuickFormView.form(TARGET, "Reply drafts", filled(), "")));
    }

    @Test
    void renders_the_notice_for_someone_who_is_not_an_owner_as_its_golden_file() {
        Golden.assertMatches(
                "form-not-an-owner", json(QuickFormView.notice("Only this project's owners answer its intake.")));
    }

    @Test
    void has_one_optional_field_per_quick_question_and_keeps_the_thread_in_its_metadata() {
        View view = QuickFormView.form(TARGET, "x".repeat(5000), filled(), "");

        assertThat(view.getBlocks())
                .filteredOn(b -> b.getBlockId() != null && b.getBlockId().startsWith("f."))
                .hasSize(IntakeForm.quickQuestions().size());
        assertThat(BlockLimits.violations(view.getBlocks())).isEmpty();
        assertThat(QuickFormView.Target.parse(view.getPrivateMetadata())).contains(TARGET);
        assertThat(QuickFormView.Target.parse("not json")).isEmpty();
        assertThat(QuickFormView.Target.parse("{}")).isEmpty();
    }

    @Test
    void reads_every_kind_of_field_and_leaves_empty_ones_out() {
        var text = new ViewState.Value();
        text.setValue("Agents retype replies");
        var empty = new ViewState.Value();
        empty.setValue("");
        var picked = new ViewState.Value();
        var option = new ViewState.SelectedOption();
        option.setValue(Questionnaire.USE_PERSON_DECIDES);
        picked.setSelectedOption(option);
        var ticked = new ViewState.Value();
        var signal = new ViewState.SelectedOption();
        signal.setValue(Questionnaire.SIGNAL_FRICTION);
        ticked.setSelectedOptions(List.of(signal));
        var state = new ViewState(Map.of(
                "f." + Questionnaire.PROBLEM,
                Map.of("v", text),
                "f." + Questionnaire.SUCCESS_CRITERIA,
                Map.of("v", empty),
                "f." + Questionnaire.USE_HOW,
                Map.of("v", picked),
                "f." + Questionnaire.IMPACT_SIGNALS,
                Map.of("v", ticked),
                "form.intro",
                Map.of("v", text)));

        assertThat(QuickFormView.values(state))
                .containsOnly(
                        Map.entry(Questionnaire.PROBLEM, List.of("Agents retype replies")),
                        Map.entry(Questionnaire.USE_HOW, List.of(Questionnaire.USE_PERSON_DECIDES)),
                        Map.entry(Questionnaire.IMPACT_SIGNALS, List.of(Questionnaire.SIGNAL_FRICTION)));
        assertThat(QuickFormView.values(null)).isEmpty();
    }

    @Test
    void names_each_refused_field_by_its_block() {
        assertThat(QuickFormView.errorsByBlock(Map.of(Questionnaire.PROBLEM, "An answer needs some text.")))
                .containsExactly(Map.entry("f." + Questionnaire.PROBLEM, "An answer needs some text."));
    }

    private static Answers filled() {
        Answers answers = Answers.none();
        for (Question q : IntakeForm.quickQuestions()) {
            Answer a = switch (q.kind()) {
                case TEXT -> new Answer.Text("Agents retype <!here> & the same replies");
                case MULTI -> new Answer.Picks(Set.of(q.choices().get(0).id()));
                case SCALE -> new Answer.Scale(4);
                case PEOPLE -> new Answer.People(List.of("U0PM000001"));
                case CHOICE -> new Answer.Picked(q.choices().get(1).id());
            };
            answers = answers.with(q.key(), a);
        }
        return answers;
    }

    private static com.google.gson.JsonElement json(View view) {
        return JsonParser.parseString(GsonFactory.createSnakeCase().toJson(view));
    }
}
