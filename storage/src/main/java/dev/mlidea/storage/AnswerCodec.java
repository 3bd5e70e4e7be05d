package dev.mlidea.storage;

import dev.mlidea.conversations.intake.Answer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** Answers as (kind, value) columns: readable in SQL, and ids never contain commas. */
final class AnswerCodec {
    private AnswerCodec() {}

    // Java 17 has no pattern matching for switch: instanceof chains, exhaustive by the sealed type's tests.
    static String kind(Answer answer) {
        if (answer instanceof Answer.Text) return "text";
        if (answer instanceof Answer.Picked) return "picked";
        if (answer instanceof Answer.Scale) return "scale";
        if (answer instanceof Answer.Picks) return "picks";
        if (answer instanceof Answer.People) return "people";
        return "skipped";
    }

    static String value(Answer answer) {
        if (answer instanceof Answer.Text t) return t.text();
        if (answer instanceof Answer.Picked p) return p.choiceId();
        if (answer instanceof Answer.Scale s) return Integer.toString(s.value());
        if (answer instanceof Answer.Picks p) return String.join(",", p.sorted());
        if (answer instanceof Answer.People p) return String.join(",", p.userIds());
        return "";
    }

    static Answer decode(String kind, String value) {
        return switch (kind) {
            case "text" -> new Answer.Text(value);
            case "picked" -> new Answer.Picked(value);
            case "scale" -> new Answer.Scale(Integer.parseInt(value));
            case "picks" -> new Answer.Picks(new LinkedHashSet<>(split(value)));
            case "people" -> new Answer.People(split(value));
            case "skipped" -> new Answer.Skipped();
            default -> throw new IllegalStateException("unknown answer kind in the database: " + kind);
        };
    }

    private static List<String> split(String value) {
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }
}
