package dev.mlidea.conversations.intake;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the bot owes the thread after an intake step. The bot turns these into Slack messages. */
public sealed interface IntakeReply {

    /**
     * Ask this question. {@code rejection} says, in a short sentence, why the last input was not
     * accepted (the question is then asked again); {@code current} is the answer already given when
     * the question is revisited (back, edit); {@code draft} the boxes already ticked.
     */
    record Ask(
            Question question,
            Progress progress,
            Optional<String> rejection,
            Optional<Answer> current,
            Set<String> draft)
            implements IntakeReply {
        public Ask {
            draft = Set.copyOf(draft);
        }
    }

    /** Explain the control words and how to answer this question, then it stays open. */
    record Help(Question question, Progress progress) implements IntakeReply {}

    /** A button of a question that is not open any more was clicked: nothing changed. */
    record StaleClick(String questionKey) implements IntakeReply {}

    /** The intake was cancelled; the answers so far are kept. */
    record Cancelled(Progress progress) implements IntakeReply {}

    /** An answer re-opened after the intake was cancelled: the earlier answer stands, nothing to re-assess. */
    record EditCancelled(Question question) implements IntakeReply {}

    /** Every applicable question has an answer: time to assess. */
    record Completed(Answers answers) implements IntakeReply {}

    /** {@code more} on a full intake with every question answered: there is nothing more to ask. */
    record NothingMore() implements IntakeReply {}

    /**
     * A form was refused, nothing of it taken: question key to one short sentence why (the words of
     * {@link AnswerParser}'s rejections). See {@link IntakeForm#errors}.
     */
    record FormRefused(Map<String, String> errors) implements IntakeReply {
        public FormRefused {
            errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        }
    }
}
