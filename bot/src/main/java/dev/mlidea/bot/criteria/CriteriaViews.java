package dev.mlidea.bot.criteria;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.conversations.rituals.MetricValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The re-check's modals: <em>Still valid</em> and <em>Update…</em> (both ask where the metric is),
 * <em>Not worth it any more</em> (asks why), and a stakeholder's <em>Suggest a change</em>. Each input
 * is a block {@code <field>} with one element {@code v}.
 */
public final class CriteriaViews {
    public static final String STILL_VALID = "criteria_still_valid";
    public static final String UPDATE = "criteria_update";
    public static final String KILL = "criteria_kill";
    public static final String SUGGEST = "signoff_suggest";

    public static final String CRITERIA = "criteria";
    public static final String METRIC_TEXT = "metric.text";
    public static final String METRIC_NUMBER = "metric.number";
    public static final String REASON = "reason";
    public static final String VALUE = "v";

    /** Slack's cap for a plain_text_input; more than anyone writes as criteria. */
    public static final int TEXT_MAX = 3000;

    public static final int METRIC_TEXT_MAX = 200;
    private static final Gson GSON = new Gson();

    private CriteriaViews() {}

    /** Which project a modal is about, and its thread (for ordering); {@code token} for a stakeholder's. */
    public record Target(String projectId, String channelId, String threadTs, String token) {
        public String json() {
            return GSON.toJson(this);
        }

        public Optional<UUID> project() {
            try {
                return Optional.of(UUID.fromString(projectId));
            } catch (IllegalArgumentException | NullPointerException e) {
                return Optional.empty();
            }
        }

        public static Optional<Target> parse(String json) {
            try {
                Target t = GSON.fromJson(json, Target.class);
                return t == null || t.project().isEmpty() ? Optional.empty() : Optional.of(t);
            } catch (JsonParseException e) {
                return Optional.empty();
            }
        }
    }

    public static View stillValid(Target target, String title, String criteria) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(s -> s.blockId("criteria.shown")
                .text(markdownText("*" + Mrkdwn.escapeAndFit(title, 150) + "*: are these still the criteria?\n"
                        + CriteriaMessages.quoted(criteria)))));
        blocks.addAll(metricInputs());
        return modal(STILL_VALID, "Re-check criteria", "Still valid", target, blocks);
    }

    public static View update(Target target, String title, String criteria) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(input(i -> i.blockId(CRITERIA)
                .label(plainText("Success criteria"))
                .hint(plainText("What result, measured how, makes " + Mrkdwn.fitPlain(title, 60)
                        + " worth it? Changing the words asks the stakeholders again."))
                .element(plainTextInput(e -> e.actionId(VALUE)
                        .multiline(true)
                        .maxLength(TEXT_MAX)
                        .initialValue(criteria.isBlank() ? null : criteria)))));
        blocks.addAll(metricInputs());
        return modal(UPDATE, "Update criteria", "Save", target, blocks);
    }

    public static View kill(Target target, String title) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(s -> s.blockId("kill.intro")
                .text(markdownText("Stopping *" + Mrkdwn.escapeAndFit(title, 150) + "* is a good outcome when it"
                        + " is not worth it any more. A line on why helps the next idea."))));
        blocks.add(input(i -> i.blockId(REASON)
                .label(plainText("Why stop it?"))
                .element(plainTextInput(e -> e.actionId(VALUE)
                        .multiline(true)
                        .maxLength(TEXT_MAX)
                        .placeholder(plainText("e.g. the rules-based version is good enough"))))));
        return modal(KILL, "Stop the project", "Stop it", target, blocks);
    }

    public static View suggest(Target target, String title, String criteria) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(input(i -> i.blockId(CRITERIA)
                .label(plainText("Your wording"))
                .hint(plainText("Goes to the thread of " + Mrkdwn.fitPlain(title, 60)
                        + "; the owners decide whether to adopt it."))
                .element(plainTextInput(e -> e.actionId(VALUE)
                        .multiline(true)
                        .maxLength(TEXT_MAX)
                        .initialValue(criteria.isBlank() ? null : criteria)))));
        return modal(SUGGEST, "Suggest a change", "Send suggestion", target, blocks);
    }

    /** A modal that only explains (not an owner, project gone, could not load). */
    public static View notice(String text) {
        return view(v -> v.type("modal")
                .title(viewTitle(t -> t.type("plain_text").text("Success criteria")))
                .close(viewClose(c -> c.type("plain_text").text("Close")))
                .blocks(List.of(section(s -> s.blockId("criteria.notice").text(markdownText(text))))));
    }

    /** The text typed in {@code field}, empty when the field is absent or left empty. */
    public static Optional<String> value(ViewState state, String field) {
        if (state == null || state.getValues() == null) return Optional.empty();
        var byAction = state.getValues().get(field);
        if (byAction == null || byAction.get(VALUE) == null) return Optional.empty();
        return Optional.ofNullable(byAction.get(VALUE).getValue());
    }

    private static List<LayoutBlock> metricInputs() {
        return List.of(
                input(i -> i.blockId(METRIC_TEXT)
                        .optional(true)
                        .label(plainText("Where are we on the metric?"))
                        .element(plainTextInput(e -> e.actionId(VALUE)
                                .maxLength(METRIC_TEXT_MAX)
                                .placeholder(plainText("e.g. 81% precision on the March benchmark"))))),
                input(i -> i.blockId(METRIC_NUMBER)
                        .optional(true)
                        .label(plainText("The number, for the trend"))
                        .hint(plainText("Just the number: 81 or 81%. Left empty, a metric that is only a number"
                                + " counts as it is."))
                        .element(plainTextInput(e -> e.actionId(VALUE).maxLength(MetricValue.MAX_LENGTH)))),
                context(c -> c.blockId("metric.why")
                        .elements(List.of(markdownText("Each value is kept with its date; the card shows the"
                                + " trend, so the team sees whether the project moves toward its criteria.")))));
    }

    private static View modal(String callbackId, String title, String submit, Target target, List<LayoutBlock> blocks) {
        return view(v -> v.type("modal")
                .callbackId(callbackId)
                .privateMetadata(target.json())
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .submit(viewSubmit(s -> s.type("plain_text").text(submit)))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }
}
