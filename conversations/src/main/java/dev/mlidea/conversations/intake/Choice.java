package dev.mlidea.conversations.intake;

import java.util.List;

/**
 * One option of a choice or multi-select question. The {@code id} is stable (buttons, storage and
 * analytics use it); the label is wording and may improve; aliases are the typed words that also
 * pick it.
 */
public record Choice(String id, String label, List<String> aliases) {
    public Choice {
        aliases = List.copyOf(aliases);
    }

    public static Choice of(String id, String label, String... aliases) {
        return new Choice(id, label, List.of(aliases));
    }
}
