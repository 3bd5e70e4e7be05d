package dev.mlidea.conversations.intake;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** An accepted answer to one question. Skipping is an answer too: the question is not asked again. */
public sealed interface Answer {

    /** Free text, as typed (trimmed). Never empty. */
    record Text(String text) implements Answer {
        public Text {
            Objects.requireNonNull(text);
            if (text.isBlank()) throw new IllegalArgumentException("text answer must not be blank");
        }
    }

    /** The id of the one choice picked. */
    record Picked(String choiceId) implements Answer {
        public Picked {
            Objects.requireNonNull(choiceId);
        }
    }

    /** A 1–5 rating. */
    record Scale(int value) implements Answer {
        public Scale {
            if (value < Question.SCALE_MIN || value > Question.SCALE_MAX) {
                throw new IllegalArgumentException("scale answer out of range: " + value);
            }
        }
    }

    /** The ids of the choices picked, possibly none ("none of these"); kept sorted. */
    record Picks(Set<String> choiceIds) implements Answer {
        public Picks {
            choiceIds = Set.copyOf(new TreeSet<>(choiceIds));
        }

        public List<String> sorted() {
            return List.copyOf(new TreeSet<>(choiceIds));
        }
    }

    /** Slack user ids of the people named, in the order given, without repeats. Never empty. */
    record People(List<String> userIds) implements Answer {
        public People {
            userIds = List.copyOf(userIds);
            if (userIds.isEmpty()) throw new IllegalArgumentException("people answer must name someone");
        }
    }

    /** The owner chose to skip this question. */
    record Skipped() implements Answer {}
}
