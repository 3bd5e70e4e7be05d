package dev.mlidea.conversations.assessment;

import dev.mlidea.conversations.intake.Answers;

/**
 * A 1–5 answer as the scoring model reads it: a skipped or missing rating is taken as the neutral
 * middle, and the subject of its explanation says so ("cost.data skipped — assumed 3/5").
 */
record Rating(int value, String subject) {

    static final int NEUTRAL = 3;

    static Rating of(Answers answers, String key, String name) {
        var scale = answers.scale(key);
        if (scale.isPresent()) return new Rating(scale.getAsInt(), name + " " + scale.getAsInt() + "/5");
        return new Rating(NEUTRAL, Unanswered.of(answers, key) + " — assumed " + NEUTRAL + "/5");
    }
}
