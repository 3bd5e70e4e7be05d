package dev.mlidea.conversations.intake;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The answers given so far, by question key. Immutable: {@link #with} returns a new value. */
public record Answers(Map<String, Answer> byKey) {

    public Answers {
        byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    public Answers with(String key, Answer answer) {
        var copy = new LinkedHashMap<>(byKey);
        copy.put(key, answer);
        return new Answers(copy);
    }

    public Optional<Answer> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public boolean has(String key) {
        return byKey.containsKey(key);
    }

    /** The choice id picked for a choice question, empty when unanswered or skipped. */
    public Optional<String> picked(String key) {
        return get(key).filter(Answer.Picked.class::isInstance).map(a -> ((Answer.Picked) a).choiceId());
    }

    public boolean pickedOneOf(String key, String... choiceIds) {
        return picked(key).map(id -> Set.of(choiceIds).contains(id)).orElse(false);
    }

    /** The 1–5 rating for a scale question, empty when unanswered or skipped. */
    public OptionalInt scale(String key) {
        return get(key).filter(Answer.Scale.class::isInstance)
                .map(a -> OptionalInt.of(((Answer.Scale) a).value()))
                .orElse(OptionalInt.empty());
    }

    /** The choice ids picked for a multi-select question; empty when none, unanswered or skipped. */
    public Set<String> picks(String key) {
        return get(key).filter(Answer.Picks.class::isInstance)
                .map(a -> ((Answer.Picks) a).choiceIds())
                .orElse(Set.of());
    }

    public Optional<String> text(String key) {
        return get(key).filter(Answer.Text.class::isInstance).map(a -> ((Answer.Text) a).text());
    }

    public boolean skipped(String key) {
        return get(key).map(Answer.Skipped.class::isInstance).orElse(false);
    }
}
