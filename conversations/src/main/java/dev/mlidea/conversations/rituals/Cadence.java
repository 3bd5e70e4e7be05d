package dev.mlidea.conversations.rituals;

import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.Questionnaire;
import java.time.Duration;
import java.util.Optional;

/**
 * How often a team re-checks its success criteria: the intake's {@code revalidate.every} choice.
 * mlidea's own practice, not the lecture's: criteria drift, so the team looks at them again.
 */
public enum Cadence {
    ONE_WEEK(Questionnaire.WEEKS_1, 1),
    TWO_WEEKS(Questionnaire.WEEKS_2, 2),
    FOUR_WEEKS(Questionnaire.WEEKS_4, 4),
    EIGHT_WEEKS(Questionnaire.WEEKS_8, 8);

    public static final Cadence DEFAULT = TWO_WEEKS;

    private final String choiceId;
    private final int weeks;

    Cadence(String choiceId, int weeks) {
        this.choiceId = choiceId;
        this.weeks = weeks;
    }

    public String choiceId() {
        return choiceId;
    }

    /** Whole weeks of exact days ({@code 7 × 24 h}), not calendar weeks: see 0010-rituals-timing. */
    public Duration period() {
        return Duration.ofDays(7L * weeks);
    }

    public static Optional<Cadence> fromChoice(String choiceId) {
        for (Cadence c : values()) {
            if (c.choiceId.equals(choiceId)) return Optional.of(c);
        }
        return Optional.empty();
    }

    /** The cadence picked in the intake; every two weeks when unanswered, skipped or unknown. */
    public static Cadence of(Answers answers) {
        return answers.picked(Questionnaire.REVALIDATE_EVERY)
                .flatMap(Cadence::fromChoice)
                .orElse(DEFAULT);
    }
}
