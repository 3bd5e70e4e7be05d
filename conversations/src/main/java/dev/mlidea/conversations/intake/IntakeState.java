package dev.mlidea.conversations.intake;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where one project's intake stands. {@code mode} says which questions it asks; {@code currentKey} is
 * the question open for an answer (empty unless in progress); {@code draft} holds the boxes ticked so
 * far on an open multi-select question.
 */
public record IntakeState(
        IntakeStatus status, IntakeMode mode, Answers answers, Optional<String> currentKey, Set<String> draft) {
    public IntakeState {
        Objects.requireNonNull(mode);
        draft = Set.copyOf(draft);
    }
}
