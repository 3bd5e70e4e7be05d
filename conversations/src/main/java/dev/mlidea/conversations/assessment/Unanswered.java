package dev.mlidea.conversations.assessment;

import dev.mlidea.conversations.intake.Answers;

/** How an unanswered question is named in an explanation: "cost.data skipped" or "cost.data not answered". */
final class Unanswered {

    private Unanswered() {}

    static String of(Answers answers, String key) {
        return key + (answers.skipped(key) ? " skipped" : " not answered");
    }
}
