package dev.mlidea.conversations.intake;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An answer as a person reads it: "Partly", "4/5", "Removes friction in the product, Others in the
 * industry do it". Plain text, not escaped: the bot escapes it for Slack.
 */
public final class AnswerText {

    private AnswerText() {}

    public static String describe(Question q, Answer a) {
        if (a instanceof Answer.Text text) return text.text();
        if (a instanceof Answer.Picked picked) return label(q, picked.choiceId());
        if (a instanceof Answer.Scale scale) return scale.value() + "/" + Question.SCALE_MAX;
        if (a instanceof Answer.Picks picks) return describePicks(q, picks);
        if (a instanceof Answer.People people) {
            return people.userIds().stream().map(id -> "<@" + id + ">").collect(Collectors.joining(", "));
        }
        return "skipped";
    }

    /** Labels in the question's order, then any id the question no longer knows. */
    private static String describePicks(Question q, Answer.Picks picks) {
        if (picks.choiceIds().isEmpty()) return "none of these";
        List<String> known = q.choices().stream()
                .filter(c -> picks.choiceIds().contains(c.id()))
                .map(Choice::label)
                .toList();
        List<String> unknown =
                picks.sorted().stream().filter(id -> q.choice(id).isEmpty()).toList();
        return Stream.concat(known.stream(), unknown.stream()).collect(Collectors.joining(", "));
    }

    /** The choice's label, or its id when the question no longer has that choice. */
    private static String label(Question q, String choiceId) {
        return q.choice(choiceId).map(Choice::label).orElse(choiceId);
    }
}
