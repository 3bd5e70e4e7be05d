package dev.mlidea.bot.form;

import com.slack.api.model.view.ViewState;
import dev.mlidea.bot.criteria.CriteriaViews;
import dev.mlidea.bot.criteria.SignOffToken;
import dev.mlidea.bot.slack.SlackText;
import dev.mlidea.conversations.rituals.MetricValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A submitted re-check modal, checked in the request: what is refused comes back as {@code
 * response_action: errors} under its field, with everything typed still in the modal; what passes is
 * stored in the inbox as {@link #values()} (field → text), the metric number already read.
 *
 * @param errors message by input block id; empty when the submission is fine
 */
record CriteriaSubmission(Map<String, String> errors, Map<String, List<String>> values) {

    static final String BLANK_CRITERIA =
            "Write the criteria: what result, measured how, makes this worth it?" + " Spaces alone don't count.";
    static final String BLANK_REASON = "Say in a line why it is not worth it any more: the next idea learns from it.";
    static final String NOT_A_NUMBER =
            "I can't read that as one number. Write it like 81, 0.81 or 81%, or leave" + " it empty.";
    static final String SAME_WORDING =
            "That is the wording as it stands. Press *Agree* in my message instead, or" + " change the words.";

    static final String TOO_LONG = "That is longer than the form takes (%d characters at most): shorten it a little.";

    static CriteriaSubmission check(String callbackId, ViewState state, Optional<SignOffToken> asked) {
        var errors = new LinkedHashMap<String, String>();
        var values = new LinkedHashMap<String, List<String>>();
        if (callbackId.equals(CriteriaViews.UPDATE) || callbackId.equals(CriteriaViews.SUGGEST)) {
            Optional<String> criteria = text(state, CriteriaViews.CRITERIA);
            if (criteria.isEmpty()) {
                errors.put(CriteriaViews.CRITERIA, BLANK_CRITERIA);
            } else if (callbackId.equals(CriteriaViews.SUGGEST)
                    && asked.isPresent()
                    && asked.get().isFor(criteria.get())) {
                errors.put(CriteriaViews.CRITERIA, SAME_WORDING);
            } else {
                values.put(CriteriaViews.CRITERIA, List.of(criteria.get()));
            }
        }
        if (callbackId.equals(CriteriaViews.KILL)) {
            Optional<String> reason = text(state, CriteriaViews.REASON);
            if (reason.isEmpty()) errors.put(CriteriaViews.REASON, BLANK_REASON);
            else values.put(CriteriaViews.REASON, List.of(reason.get()));
        }
        if (callbackId.equals(CriteriaViews.STILL_VALID) || callbackId.equals(CriteriaViews.UPDATE)) {
            metric(state, errors, values);
        }
        // Slack's inputs cap their length; a request built by hand is held to the same caps.
        limit(values, errors, CriteriaViews.CRITERIA, CriteriaViews.TEXT_MAX);
        limit(values, errors, CriteriaViews.REASON, CriteriaViews.TEXT_MAX);
        limit(values, errors, CriteriaViews.METRIC_TEXT, CriteriaViews.METRIC_TEXT_MAX);
        return new CriteriaSubmission(Map.copyOf(errors), Map.copyOf(values));
    }

    private static void limit(Map<String, List<String>> values, Map<String, String> errors, String field, int max) {
        List<String> given = values.get(field);
        if (given == null || given.get(0).codePointCount(0, given.get(0).length()) <= max) return;
        values.remove(field);
        errors.put(field, String.format(java.util.Locale.ROOT, TOO_LONG, max));
    }

    /**
     * A number alone is also the text; a text that is a number gives the number. A number that cannot be
     * read is refused, not dropped: a trend with a silent gap would mislead.
     */
    private static void metric(ViewState state, Map<String, String> errors, Map<String, List<String>> values) {
        Optional<String> text = text(state, CriteriaViews.METRIC_TEXT);
        Optional<String> typed = text(state, CriteriaViews.METRIC_NUMBER);
        Optional<BigDecimal> number = typed.flatMap(MetricValue::parse);
        if (typed.isPresent() && number.isEmpty()) {
            errors.put(CriteriaViews.METRIC_NUMBER, NOT_A_NUMBER);
            return;
        }
        if (text.isEmpty() && typed.isEmpty()) return;
        String shown = text.orElse(typed.orElse(""));
        if (number.isEmpty()) number = MetricValue.parse(shown);
        values.put(CriteriaViews.METRIC_TEXT, List.of(shown));
        number.ifPresent(n -> values.put(CriteriaViews.METRIC_NUMBER, List.of(n.toPlainString())));
    }

    /** The field's text made storable and stripped; empty when nothing but spaces is left. */
    private static Optional<String> text(ViewState state, String field) {
        return CriteriaViews.value(state, field)
                .map(SlackText::storable)
                .map(String::strip)
                .filter(t -> !t.isEmpty());
    }
}
