package dev.mlidea.conversations.assessment;

import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.Questionnaire;
import java.util.Locale;
import java.util.Set;

/**
 * Whether success criteria were written: a skip, or a reply that only says there are none yet, is none.
 * A question never asked says nothing either way.
 */
final class SuccessCriteria {

    /** Replies a team gives when it has no criteria yet; anything else counts as criteria. */
    private static final Set<String> NONE_YET = Set.of(
            "-",
            "?",
            "no",
            "none",
            "none yet",
            "nothing yet",
            "not yet",
            "n/a",
            "na",
            "tbd",
            "tba",
            "unknown",
            "not sure",
            "don't know",
            "dont know",
            "no idea");

    private SuccessCriteria() {}

    static boolean missing(Answers a) {
        if (!a.has(Questionnaire.SUCCESS_CRITERIA)) return false;
        return a.text(Questionnaire.SUCCESS_CRITERIA)
                .map(text -> NONE_YET.contains(normalise(text)))
                .orElse(true);
    }

    private static String normalise(String text) {
        var s = text.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        while (s.length() > 1 && ".!".indexOf(s.charAt(s.length() - 1)) >= 0) s = s.substring(0, s.length() - 1);
        return s.strip();
    }
}
