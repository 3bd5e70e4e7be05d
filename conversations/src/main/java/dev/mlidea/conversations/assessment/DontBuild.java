package dev.mlidea.conversations.assessment;

import static dev.mlidea.conversations.intake.Questionnaire.BASELINE_GOOD_ENOUGH;
import static dev.mlidea.conversations.intake.Questionnaire.NEED_BASELINE;
import static dev.mlidea.conversations.intake.Questionnaire.NEED_SOLVE_AT_ALL;
import static dev.mlidea.conversations.intake.Questionnaire.NEED_STILL_SURE;
import static dev.mlidea.conversations.intake.Questionnaire.NO;

import dev.mlidea.conversations.intake.Answers;
import java.util.Optional;

/**
 * The honest "don't build this with ML (yet)", in the lecture's order of asking: do you need to solve
 * the problem at all, have rules or simple statistics done it, and — knowing all this — are you sure?
 */
final class DontBuild {

    private DontBuild() {}

    static Optional<String> reason(Answers a) {
        if (a.pickedOneOf(NEED_SOLVE_AT_ALL, NO)) {
            return Optional.of("You said this problem does not need solving: don't build this (yet)."
                    + " Many ML projects fail because they do not solve a big enough problem to be worth"
                    + " their complexity.");
        }
        if (a.pickedOneOf(NEED_BASELINE, BASELINE_GOOD_ENOUGH)) {
            return Optional.of("You said rules already work well enough: don't build this with ML (yet). The"
                    + " value of ML must outweigh not just the cost of developing it but also the complexity it"
                    + " adds to your software.");
        }
        if (a.pickedOneOf(NEED_STILL_SURE, NO)) {
            return Optional.of("You said that, knowing all this, you do not need ML: don't build this with ML"
                    + " (yet). ML is not a cure-all: it's a complex technology that needs to be used thoughtfully.");
        }
        return Optional.empty();
    }
}
