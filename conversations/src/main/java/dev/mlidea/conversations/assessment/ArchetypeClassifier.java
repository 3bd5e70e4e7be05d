package dev.mlidea.conversations.assessment;

import static dev.mlidea.conversations.intake.Questionnaire.ARCH_ACTS_ALONE;
import static dev.mlidea.conversations.intake.Questionnaire.ARCH_AUTOMATED_TODAY;
import static dev.mlidea.conversations.intake.Questionnaire.ARCH_HUMAN_REVIEW;
import static dev.mlidea.conversations.intake.Questionnaire.IMPACT_SIGNALS;
import static dev.mlidea.conversations.intake.Questionnaire.NO;
import static dev.mlidea.conversations.intake.Questionnaire.PARTLY;
import static dev.mlidea.conversations.intake.Questionnaire.REVIEW_ALWAYS;
import static dev.mlidea.conversations.intake.Questionnaire.REVIEW_NEVER;
import static dev.mlidea.conversations.intake.Questionnaire.REVIEW_SOMETIMES;
import static dev.mlidea.conversations.intake.Questionnaire.SIGNAL_SOFTWARE_2;
import static dev.mlidea.conversations.intake.Questionnaire.YES;

import dev.mlidea.conversations.intake.Answers;
import java.util.Optional;

/**
 * Suggests the lecture's archetype from three answers, in this order:
 * <ol>
 *   <li>it acts with no chance for a human to intervene → Autonomous ("full self-driving");
 *   <li>a person checks or approves every output → Human-in-the-loop ("sketches into slides");
 *   <li>software does it automatically today, at least partly → Software 2.0 ("code completion");
 *   <li>otherwise the answers fit no archetype cleanly: Software 2.0 if the proposer said it automates
 *       a complex, manually defined part, else Human-in-the-loop — and the proposer is asked to confirm.
 * </ol>
 * The suggestion is not confident when the answers conflict or any of the three is missing.
 */
public final class ArchetypeClassifier {

    private ArchetypeClassifier() {}

    public static ArchetypeSuggestion suggest(Answers a) {
        var automated = a.picked(ARCH_AUTOMATED_TODAY);
        var review = a.picked(ARCH_HUMAN_REVIEW);
        var actsAlone = a.picked(ARCH_ACTS_ALONE);
        boolean allAnswered = automated.isPresent() && review.isPresent() && actsAlone.isPresent();
        boolean automatedToday = is(automated, YES) || is(automated, PARTLY);
        boolean software2Signal = a.picks(IMPACT_SIGNALS).contains(SIGNAL_SOFTWARE_2);

        if (is(actsAlone, YES)) {
            if (is(review, REVIEW_ALWAYS)) {
                return unsure(
                        Archetype.AUTONOMOUS,
                        "It acts with no chance for a human to intervene, yet a person reviews every output");
            }
            if (automatedToday || software2Signal) {
                // Replacing automation that already acts alone (fraud rules that block) reads as both.
                return unsure(
                        Archetype.AUTONOMOUS,
                        "It acts with no chance for a human to intervene, but it improves something software"
                                + " already does (Software 2.0?)");
            }
            return new ArchetypeSuggestion(
                    Archetype.AUTONOMOUS,
                    allAnswered,
                    "It acts with no chance for a human to intervene" + reviewClause(review) + missing(allAnswered));
        }
        if (is(review, REVIEW_ALWAYS)) {
            if (is(automated, YES)) {
                return unsure(
                        Archetype.HUMAN_IN_THE_LOOP,
                        "A person reviews every output, yet software already does this automatically today"
                                + " (Software 2.0?)");
            }
            return new ArchetypeSuggestion(
                    Archetype.HUMAN_IN_THE_LOOP,
                    allAnswered,
                    "A person checks or approves every output" + automatedClause(automated) + missing(allAnswered));
        }
        if (automatedToday) {
            return new ArchetypeSuggestion(
                    Archetype.SOFTWARE_2_0,
                    allAnswered,
                    automatedSentence(automated) + " and " + reviewPhrase(review) + missing(allAnswered));
        }
        if (software2Signal) {
            return unsure(
                    Archetype.SOFTWARE_2_0,
                    "It automates a complex, manually defined part, but " + lower(automatedSentence(automated))
                            + " and " + reviewPhrase(review));
        }
        return unsure(
                Archetype.HUMAN_IN_THE_LOOP,
                automatedSentence(automated) + ", " + reviewPhrase(review) + " and " + actsAlonePhrase(actsAlone)
                        + ": closest to Human-in-the-loop");
    }

    private static ArchetypeSuggestion unsure(Archetype archetype, String reason) {
        return new ArchetypeSuggestion(archetype, false, reason + ".");
    }

    private static boolean is(Optional<String> picked, String choice) {
        return picked.filter(choice::equals).isPresent();
    }

    private static String missing(boolean allAnswered) {
        return allAnswered ? "." : " (some archetype questions were skipped).";
    }

    private static String automatedSentence(Optional<String> automated) {
        if (is(automated, YES)) return "Software already does this automatically today";
        if (is(automated, PARTLY)) return "Software partly does this automatically today";
        if (is(automated, NO)) return "Nothing does this automatically today";
        return "Whether software does this today is unknown";
    }

    private static String automatedClause(Optional<String> automated) {
        if (is(automated, PARTLY)) return ", and software only partly does this today";
        if (is(automated, NO)) return ", and nothing does this automatically today";
        return "";
    }

    private static String reviewPhrase(Optional<String> review) {
        if (is(review, REVIEW_NEVER)) return "no person reviews each output";
        if (is(review, REVIEW_SOMETIMES)) return "people review some outputs";
        if (is(review, REVIEW_ALWAYS)) return "a person reviews every output";
        return "whether a person reviews each output is unknown";
    }

    private static String reviewClause(Optional<String> review) {
        if (is(review, REVIEW_SOMETIMES)) return ", and people review some outputs";
        if (is(review, REVIEW_NEVER)) return ", and no person reviews its outputs";
        return "";
    }

    private static String actsAlonePhrase(Optional<String> actsAlone) {
        if (is(actsAlone, NO)) return "a human can still intervene";
        return "whether a human can intervene is unknown";
    }

    private static String lower(String sentence) {
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
