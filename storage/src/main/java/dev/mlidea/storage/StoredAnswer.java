package dev.mlidea.storage;

import dev.mlidea.conversations.intake.Answer;

/** One answer row as stored, with the Slack user who gave it. */
public record StoredAnswer(String questionKey, Answer answer, String answeredBy) {}
