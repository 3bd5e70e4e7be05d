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
import static dev.mlidea.conversations.intake.Questionnaire.REVIEW_USER_PICKS;
import static dev.mlidea.conversations.intake.Questionnaire.SIGNAL_SOFTWARE_2;
import static dev.mlidea.conversations.intake.Questionnaire.USE_ACTS_ALONE;
import static dev.mlidea.conversations.intake.Questionnaire.USE_HOW;
import static dev.mlidea.conversations.intake.Questionnaire.USE_PERSON_DECIDES;
import static dev.mlidea.conversations.intake.Questionnaire.USE_SOFTWARE_TODAY;
import static dev.mlidea.conversations.intake.Questionnaire.YES;

import dev.mlidea.conversations.intake.Answers;
import java.util.Optional;

/**
 * Suggests the lecture's archetype by what the system does to an existing process, in this order:
 * <ol>
 *   <li>it acts with no chance for a human to intervene → Autonomous ("full self-driving, where there is
 *       no opportunity for a driver to intervene");
 *   <li>software already does the task automatically today → Software 2.0 ("taking something that
 *       software or a product does in an automated fashion today and augmenting its automation", like
 *       code completion in the IDE) — whoever looks at the output: a developer accepting a completion
 *       with Tab uses the product, and does not review it;
 *   <li>a person approves every output before it takes effect → Human-in-the-loop ("humans approving the
 *       output of a machine learning model", like sketches turned into slides);
 *   <li>software partly does it today → Software 2.0; people check only some outputs → Human-in-the-loop,
 *       to be confirmed;
 *   <li>otherwise nobody reviews anything and nothing is automated today: Software 2.0 (a product step
 *       being automated, no feasibility bonus), to be confirmed — never Human-in-the-loop, whose bonus
 *       needs a human in the loop.
 * </ol>
 * The suggestion is not confident when the answers conflict, fit no archetype cleanly, or any of the
 * three is missing. {@code Questionnaire.LOOKS_LIKE_SOFTWARE_2} asks the flywheel questions exactly
 * when this suggests Software 2.0.
 */
public final class ArchetypeClassifier {

    private ArchetypeClassifier() {}

    public static ArchetypeSuggestion suggest(Answers a) {
        var automated = a.picked(ARCH_AUTOMATED_TODAY);
        var review = a.picked(ARCH_HUMAN_REVIEW);
        var actsAlone = a.picked(ARCH_ACTS_ALONE);
        // The quick intake's "how would it be used?" answers the three at once (QuickAnswers).
        boolean allAnswered = automated.isPresent() && review.isPresent() && actsAlone.isPresent()
                || a.pickedOneOf(USE_HOW, USE_SOFTWARE_TODAY, USE_PERSON_DECIDES, USE_ACTS_ALONE);

        if (is(actsAlone, YES)) return actsAlone(automated, review, allAnswered);
        if (is(automated, YES)) {
            return new ArchetypeSuggestion(
                    Archetype.SOFTWARE_2_0,
                    allAnswered,
                    "Software already does this automatically today, and ML would augment that automation"
                            + reviewClause(review) + missing(allAnswered));
        }
        if (is(review, REVIEW_ALWAYS)) {
            if (is(automated, PARTLY)) {
                return unsure(
                        Archetype.HUMAN_IN_THE_LOOP,
                        "A person approves every output, but software already partly does this today"
                                + " (Software 2.0?)");
            }
            return new ArchetypeSuggestion(
                    Archetype.HUMAN_IN_THE_LOOP,
                    allAnswered,
                    "Nothing does this automatically today, and a person approves every output before it takes"
                            + " effect" + missing(allAnswered));
        }
        if (is(automated, PARTLY)) {
            return new ArchetypeSuggestion(
                    Archetype.SOFTWARE_2_0,
                    allAnswered,
                    "Software partly does this automatically today, and ML would augment that automation"
                            + reviewClause(review) + missing(allAnswered));
        }
        if (is(review, REVIEW_SOMETIMES)) {
            return unsure(
                    Archetype.HUMAN_IN_THE_LOOP,
                    automatedSentence(automated) + " and people check only some outputs: closest to"
                            + " Human-in-the-loop");
        }
        boolean software2Signal = a.picks(IMPACT_SIGNALS).contains(SIGNAL_SOFTWARE_2);
        return unsure(
                Archetype.SOFTWARE_2_0,
                automatedSentence(automated) + ", " + reviewPhrase(review) + " and " + actsAlonePhrase(actsAlone)
                        + (software2Signal
                                ? ": it automates a complex, manually defined part, so closest to Software 2.0"
                                : ": closest to Software 2.0, a product step being automated"));
    }

    private static ArchetypeSuggestion actsAlone(
            Optional<String> automated, Optional<String> review, boolean allAnswered) {
        if (is(review, REVIEW_ALWAYS)) {
            return unsure(
                    Archetype.AUTONOMOUS,
                    "It acts with no chance for a human to intervene, yet a person approves every output");
        }
        if (is(automated, YES) || is(automated, PARTLY)) {
            // Replacing automation that already acts alone (fraud rules that block) reads as both.
            return unsure(
                    Archetype.AUTONOMOUS,
                    "It acts with no chance for a human to intervene, but it improves something software"
                            + " already does (Software 2.0?)");
        }
        return new ArchetypeSuggestion(
                Archetype.AUTONOMOUS,
                allAnswered,
                "It acts with no chance for a human to intervene" + actsAloneReviewClause(review)
                        + missing(allAnswered));
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
        if (is(automated, NO)) return "Nothing does this automatically today";
        return "Whether software does this today is unknown";
    }

    /** What the people around a Software 2.0 system do, said so that users are not mistaken for reviewers. */
    private static String reviewClause(Optional<String> review) {
        if (is(review, REVIEW_USER_PICKS))
            return "; users take or ignore its output, which is using it, not reviewing it";
        if (is(review, REVIEW_ALWAYS)) return "; people approve its outputs, as they may today";
        if (is(review, REVIEW_SOMETIMES)) return "; people check some outputs";
        return "";
    }

    private static String reviewPhrase(Optional<String> review) {
        if (is(review, REVIEW_NEVER)) return "nobody reviews its outputs";
        if (is(review, REVIEW_USER_PICKS)) return "users take or ignore its outputs but nobody reviews them";
        return "whether a person reviews its outputs is unknown";
    }

    private static String actsAloneReviewClause(Optional<String> review) {
        if (is(review, REVIEW_SOMETIMES)) return ", and people check some outputs";
        if (is(review, REVIEW_NEVER) || is(review, REVIEW_USER_PICKS)) return ", and nobody reviews its outputs";
        return "";
    }

    private static String actsAlonePhrase(Optional<String> actsAlone) {
        if (is(actsAlone, NO)) return "a human can still intervene";
        return "whether a human can intervene is unknown";
    }
}
