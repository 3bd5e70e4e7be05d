package dev.mlidea.conversations.assessment;

import dev.mlidea.conversations.intake.Answers;

/**
 * How an unanswered question is named in an explanation: "data availability skipped" (asked, skipped) or
 * "data availability not asked" (the quick intake, or an intake stored before the question existed).
 */
final class Unanswered {

    private Unanswered() {}

    /** Names the question in the words people read ("data availability skipped"), not by its key. */
    static String of(Answers answers, String key) {
        return name(key) + (answers.skipped(key) ? " skipped" : answers.has(key) ? " not answered" : " not asked");
    }

    private static String name(String key) {
        return switch (key) {
            case "impact.rating" -> "impact rating";
            case "cost.data" -> "data availability";
            case "cost.wrong_predictions" -> "cost of a wrong prediction";
            case "cost.accuracy" -> "accuracy requirement";
            case "cost.difficulty" -> "problem difficulty";
            case "ready.product" -> "having a product";
            case "ready.data" -> "collecting data";
            case "ready.people" -> "having the right people";
            default -> key.replace('.', ' ').replace('_', ' ');
        };
    }
}
