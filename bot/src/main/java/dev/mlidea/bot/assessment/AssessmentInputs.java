package dev.mlidea.bot.assessment;

import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.Question;
import dev.mlidea.conversations.intake.Questionnaire;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers an assessment version was made from, read back from its stored inputs (question key →
 * answer value), so <em>Why?</em> on an older version explains that version, not today's answers.
 * Inputs keep values, not kinds: the question says how to read one. An empty value is a skipped
 * question, except for a pick-any question, where it is read as "none of these" (a skipped one counts
 * as none too, so the scores are the same); a key no question has any more, or a value its question
 * cannot read, is left out, and the scores then will not match the stored ones.
 */
final class AssessmentInputs {

    private AssessmentInputs() {}

    static Answers answers(Map<String, String> inputs) {
        var byKey = new LinkedHashMap<String, Answer>();
        inputs.forEach((key, value) -> Questionnaire.byKey(key)
                .flatMap(q -> decode(q, value == null ? "" : value))
                .ifPresent(answer -> byKey.put(key, answer)));
        return new Answers(byKey);
    }

    private static Optional<Answer> decode(Question q, String value) {
        try {
            return Optional.of(
                    switch (q.kind()) {
                        case MULTI -> new Answer.Picks(new LinkedHashSet<>(split(value)));
                        case TEXT -> value.isBlank() ? new Answer.Skipped() : new Answer.Text(value);
                        case CHOICE -> value.isEmpty() ? new Answer.Skipped() : new Answer.Picked(value);
                        case SCALE ->
                            value.isEmpty() ? new Answer.Skipped() : new Answer.Scale(Integer.parseInt(value));
                        case PEOPLE -> value.isEmpty() ? new Answer.Skipped() : new Answer.People(split(value));
                    });
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<String> split(String value) {
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }
}
