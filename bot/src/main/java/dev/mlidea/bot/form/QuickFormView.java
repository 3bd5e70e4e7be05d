package dev.mlidea.bot.form;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.multiUsersSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.mlidea.bot.blocks.BlockLimits;
import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.AnswerParser;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.IntakeForm;
import dev.mlidea.conversations.intake.Question;
import dev.mlidea.conversations.intake.QuestionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The quick intake as a Slack modal: one input block per question ({@code f.<key>}, element
 * {@code v}), native selects, current answers filled in. Every field is optional: a field left empty
 * keeps the answer the project has, and the thread asks whatever is still open.
 */
public final class QuickFormView {
    public static final String CALLBACK_ID = "quick_intake";
    static final String FIELD_PREFIX = "f.";
    static final String VALUE_ACTION = "v";

    private static final Gson GSON = new Gson();
    /** Slack's limit for a modal's title, and for an input's label and hint. */
    private static final int TITLE_MAX = 24;

    private static final int LABEL_MAX = 2000;

    private QuickFormView() {}

    /**
     * Where the answers go (the project's thread), and a fingerprint of each answer the form showed:
     * kept in the view's private_metadata, so that a field left as it was does not overwrite an answer
     * someone changed in the thread since the form opened.
     */
    record Target(String channelId, String threadTs, Map<String, String> shown) {
        Target {
            shown = shown == null ? Map.of() : Map.copyOf(shown);
        }

        Target(String channelId, String threadTs) {
            this(channelId, threadTs, Map.of());
        }

        /** The fields changed in the form: those whose values differ from what it showed. */
        Map<String, List<String>> changed(Map<String, List<String>> submitted) {
            var changed = new LinkedHashMap<String, List<String>>();
            submitted.forEach((key, values) -> {
                if (!fingerprint(values).equals(shown.get(key))) changed.put(key, values);
            });
            return changed;
        }

        String json() {
            return GSON.toJson(this);
        }

        static Optional<Target> parse(String json) {
            try {
                Target t = GSON.fromJson(json, Target.class);
                return t == null || t.channelId() == null || t.threadTs() == null ? Optional.empty() : Optional.of(t);
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    /** The form for this thread, with {@code answers} filled in and remembered as shown. */
    static View form(String channelId, String threadTs, String title, Answers answers, String note) {
        var shown = new LinkedHashMap<String, String>();
        shownValues(answers).forEach((key, values) -> shown.put(key, fingerprint(values)));
        return form(new Target(channelId, threadTs, shown), title, answers, note);
    }

    /** The form, with {@code answers} filled in; {@code note} (plain mrkdwn, may be empty) goes on top. */
    static View form(Target target, String title, Answers answers, String note) {
        var blocks = new ArrayList<LayoutBlock>();
        String intro = "*" + Mrkdwn.escapeAndFit(title, 200) + "* — the quick intake: "
                + IntakeForm.quickQuestions().size() + " questions, a rough answer is fine."
                + " Empty fields keep what the project already has; the thread asks what is still open.";
        blocks.add(section(s -> s.blockId("form.intro").text(markdownText(intro))));
        if (!note.isEmpty()) {
            blocks.add(context(c -> c.blockId("form.note").elements(List.of(markdownText(note)))));
        }
        for (Question q : IntakeForm.quickQuestions()) {
            Optional<Answer> current = answers.get(q.key());
            blocks.add(input(i -> i.blockId(FIELD_PREFIX + q.key())
                    .optional(true)
                    .label(plainText(Mrkdwn.fitPlain(q.prompt(), LABEL_MAX)))
                    .hint(plainText(Mrkdwn.fitPlain(q.why(), LABEL_MAX)))
                    .element(element(q, current))));
        }
        return view(v -> v.type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(target.json())
                .title(viewTitle(t -> t.type("plain_text").text(Mrkdwn.fitPlain("Quick intake", TITLE_MAX))))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save answers")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(BlockLimits.require(blocks)));
    }

    /** A form that cannot be used here (someone who is not an owner), saying why. */
    static View notice(String text) {
        return view(v -> v.type("modal")
                .title(viewTitle(t -> t.type("plain_text").text("Quick intake")))
                .close(viewClose(c -> c.type("plain_text").text("Close")))
                .blocks(List.of(section(s -> s.blockId("form.notice").text(markdownText(text))))));
    }

    /** The answers given in a submitted form, by question key; empty fields are left out. */
    static Map<String, List<String>> values(ViewState state) {
        var values = new LinkedHashMap<String, List<String>>();
        if (state == null || state.getValues() == null) return values;
        state.getValues().forEach((blockId, byAction) -> {
            if (!blockId.startsWith(FIELD_PREFIX) || byAction == null) return;
            ViewState.Value v = byAction.get(VALUE_ACTION);
            if (v == null) return;
            List<String> given = given(v);
            if (!given.isEmpty()) values.put(blockId.substring(FIELD_PREFIX.length()), given);
        });
        return values;
    }

    /** Field errors by block id, as {@code response_action: errors} wants them. */
    static Map<String, String> errorsByBlock(Map<String, String> errorsByKey) {
        var errors = new LinkedHashMap<String, String>();
        errorsByKey.forEach((key, reason) -> errors.put(FIELD_PREFIX + key, Mrkdwn.fitPlain(reason, 150)));
        return errors;
    }

    /** The first field's block id: where an error about the whole form is shown. */
    static String firstField() {
        return FIELD_PREFIX + IntakeForm.quickQuestions().get(0).key();
    }

    /** What each field shows before anyone touches it, as a submission would carry it back. */
    static Map<String, List<String>> shownValues(Answers answers) {
        var shown = new LinkedHashMap<String, List<String>>();
        for (Question q : IntakeForm.quickQuestions()) {
            answers.get(q.key()).ifPresent(a -> {
                List<String> values = shownValue(q, a);
                if (!values.isEmpty()) shown.put(q.key(), values);
            });
        }
        return shown;
    }

    private static List<String> shownValue(Question q, Answer a) {
        if (q.kind() == QuestionKind.TEXT)
            return initialText(Optional.of(a)).map(List::of).orElse(List.of());
        if (a instanceof Answer.People people) return people.userIds();
        if (a instanceof Answer.Picks picks && picks.choiceIds().isEmpty()) return List.of(IntakeForm.NONE);
        return currentIds(Optional.of(a));
    }

    /** Order does not matter (ticked boxes, picked people); a short hash keeps the metadata small. */
    static String fingerprint(List<String> values) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] hash =
                    digest.digest(String.join("\u0000", values.stream().sorted().toList())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A stored text the form can show: Slack's text input holds at most 3,000 characters. */
    private static Optional<String> initialText(Optional<Answer> current) {
        return current.filter(a -> a instanceof Answer.Text)
                .map(a -> ((Answer.Text) a).text())
                .filter(text -> text.length() <= AnswerParser.MAX_ANSWER_LENGTH);
    }

    private static List<String> given(ViewState.Value v) {
        if (v.getValue() != null) return v.getValue().isEmpty() ? List.of() : List.of(v.getValue());
        if (v.getSelectedOption() != null) return List.of(v.getSelectedOption().getValue());
        if (v.getSelectedUsers() != null) return List.copyOf(v.getSelectedUsers());
        if (v.getSelectedOptions() != null) {
            return v.getSelectedOptions().stream()
                    .map(ViewState.SelectedOption::getValue)
                    .toList();
        }
        return List.of();
    }

    private static BlockElement element(Question q, Optional<Answer> current) {
        return switch (q.kind()) {
            case TEXT ->
                plainTextInput(p -> {
                    p.actionId(VALUE_ACTION).multiline(true).maxLength(AnswerParser.MAX_ANSWER_LENGTH);
                    // A longer answer (emoji count twice here) is not shown, and an empty field keeps it.
                    initialText(current).ifPresent(p::initialValue);
                    return p;
                });
            case CHOICE, SCALE ->
                staticSelect(s -> {
                    List<OptionObject> options = options(q);
                    s.actionId(VALUE_ACTION).placeholder(plainText("Pick one")).options(options);
                    currentIds(current).stream()
                            .findFirst()
                            .flatMap(id -> options.stream()
                                    .filter(o -> o.getValue().equals(id))
                                    .findFirst())
                            .ifPresent(s::initialOption);
                    return s;
                });
            case MULTI ->
                checkboxes(c -> {
                    List<OptionObject> options = new java.util.ArrayList<>(options(q));
                    options.add(option("None of these", IntakeForm.NONE));
                    c.actionId(VALUE_ACTION).options(options);
                    List<String> ids = current.map(a -> shownValue(q, a)).orElse(List.of());
                    List<OptionObject> ticked = options.stream()
                            .filter(o -> ids.contains(o.getValue()))
                            .toList();
                    if (!ticked.isEmpty()) c.initialOptions(ticked);
                    return c;
                });
            case PEOPLE ->
                multiUsersSelect(s -> {
                    s.actionId(VALUE_ACTION).placeholder(plainText("Pick people (they are not notified)"));
                    current.filter(a -> a instanceof Answer.People)
                            .map(a -> ((Answer.People) a).userIds())
                            .filter(ids -> !ids.isEmpty())
                            .ifPresent(s::initialUsers);
                    return s;
                });
        };
    }

    private static List<String> currentIds(Optional<Answer> current) {
        if (current.isEmpty()) return List.of();
        Answer a = current.get();
        if (a instanceof Answer.Picked picked) return List.of(picked.choiceId());
        if (a instanceof Answer.Scale scale) return List.of(Integer.toString(scale.value()));
        if (a instanceof Answer.Picks picks) return List.copyOf(picks.choiceIds());
        return List.of();
    }

    private static List<OptionObject> options(Question q) {
        if (q.kind() == QuestionKind.SCALE) {
            return IntStream.rangeClosed(Question.SCALE_MIN, Question.SCALE_MAX)
                    .mapToObj(n -> option(scaleLabel(q, n), Integer.toString(n)))
                    .toList();
        }
        return q.choices().stream().map(c -> option(c.label(), c.id())).toList();
    }

    private static OptionObject option(String label, String value) {
        return OptionObject.builder()
                .text(plainText(Mrkdwn.fitPlain(label, BlockLimits.OPTION_TEXT)))
                .value(value)
                .build();
    }

    private static String scaleLabel(Question q, int n) {
        if (n == Question.SCALE_MIN) return n + " · " + q.lowLabel();
        if (n == Question.SCALE_MAX) return n + " · " + q.highLabel();
        return Integer.toString(n);
    }
}
