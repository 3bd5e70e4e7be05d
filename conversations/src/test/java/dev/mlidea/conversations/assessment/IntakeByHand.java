package dev.mlidea.conversations.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.IntakeFlow;
import dev.mlidea.conversations.intake.IntakeInput;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.IntakeReply;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.conversations.intake.IntakeStep;
import dev.mlidea.conversations.intake.Question;
import dev.mlidea.conversations.intake.QuestionKind;
import dev.mlidea.conversations.intake.Questionnaire;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A team's answers written as they would reply in the thread, one {@code key: reply} line per question,
 * and fed through the real {@link IntakeFlow} in the order it asks. A reply {@code click x} clicks the
 * button {@code x} (for a multi-select, ticks the comma-separated boxes then Done); anything else is
 * typed. Every reply must be accepted, every question asked must have a reply, and every reply must be
 * asked for: a branch (the flywheel) answered but never asked is a mistake in the example.
 */
final class IntakeByHand {

    private static final String CLICK = "click ";

    private IntakeByHand() {}

    /** The replies fed through a full intake. */
    static Answers answer(String replies) {
        return answer(IntakeMode.FULL, replies);
    }

    /** The replies fed through an intake in this mode. */
    static Answers answer(IntakeMode mode, String replies) {
        return finish(IntakeFlow.start(mode), replies);
    }

    /** The replies fed through {@code step}'s intake from where it stands to its end. */
    static Answers finish(IntakeStep start, String replies) {
        Map<String, String> byKey = parse(replies);
        Set<String> asked = new LinkedHashSet<>();
        IntakeStep step = start;
        while (step.state().status() == IntakeStatus.IN_PROGRESS) {
            String key = step.state().currentKey().orElseThrow();
            assertThat(asked.add(key))
                    .as("%s asked again: the reply was not accepted", key)
                    .isTrue();
            assertThat(byKey).as("the example has a reply to %s", key).containsKey(key);
            step = reply(step, Questionnaire.byKey(key).orElseThrow(), byKey.get(key));
            assertThat(step.replies())
                    .as("reply to %s accepted", key)
                    .noneMatch(r ->
                            r instanceof IntakeReply.Ask ask && ask.rejection().isPresent());
        }
        assertThat(step.state().status()).isEqualTo(IntakeStatus.COMPLETED);
        assertThat(asked).as("every reply was asked for").containsExactlyInAnyOrderElementsOf(byKey.keySet());
        return step.state().answers();
    }

    private static IntakeStep reply(IntakeStep step, Question q, String reply) {
        if (!reply.startsWith(CLICK)) return IntakeFlow.handle(step.state(), new IntakeInput.Typed(reply));
        String value = reply.substring(CLICK.length()).strip();
        if (q.kind() == QuestionKind.MULTI) {
            Set<String> ticked = value.equals("none")
                    ? Set.of()
                    : Set.copyOf(
                            Arrays.stream(value.split(",")).map(String::strip).toList());
            var toggled = IntakeFlow.handle(step.state(), new IntakeInput.Toggled(q.key(), ticked));
            return IntakeFlow.handle(toggled.state(), new IntakeInput.Clicked(q.key(), IntakeInput.DONE));
        }
        return IntakeFlow.handle(step.state(), new IntakeInput.Clicked(q.key(), value));
    }

    private static Map<String, String> parse(String replies) {
        var byKey = new LinkedHashMap<String, String>();
        for (String line : replies.strip().split("\n")) {
            int colon = line.indexOf(':');
            assertThat(colon).as("'key: reply' in %s", line).isPositive();
            String key = line.substring(0, colon).strip();
            assertThat(byKey.put(key, line.substring(colon + 1).strip()))
                    .as("one reply to %s", key)
                    .isNull();
        }
        return byKey;
    }
}
