package dev.mlidea.conversations.intake;

import java.util.List;

/** Valid answers to any question, typed or clicked, for tests that need to get through an intake. */
final class SampleAnswers {

    private SampleAnswers() {}

    /** The plainest valid typed answer: the first choice, a 1, "none", one mention. */
    static String typed(Question q) {
        return typed(q, 0);
    }

    /** A valid typed answer; {@code seed} picks the choice and the way it is written. */
    static String typed(Question q, int seed) {
        int s = Math.abs(seed % 1_000_003);
        return switch (q.kind()) {
            case TEXT ->
                List.of("Agents triage tickets by hand", "  Fewer escalations in a month. ", "-")
                        .get(s % 3);
            case CHOICE ->
                writeChoice(q, s % q.choices().size(), s / q.choices().size());
            case SCALE -> List.of("1", "2/5", "three", "4 of 5", "5.").get(s % 5);
            case MULTI -> writeMulti(q, s);
            case PEOPLE ->
                List.of("<@U01AB>", "<@U01AB|dana> and <@W02CD>", "ask <@U03EF>!")
                        .get(s % 3);
        };
    }

    /** A valid button value: a choice id or a scale value; for a multi-select, Done. */
    static String clicked(Question q, int seed) {
        int s = Math.abs(seed % 1_000_003);
        return switch (q.kind()) {
            case CHOICE -> q.choices().get(s % q.choices().size()).id();
            case SCALE -> String.valueOf(1 + s % 5);
            default -> IntakeInput.DONE;
        };
    }

    private static String writeChoice(Question q, int index, int form) {
        Choice c = q.choices().get(index);
        return switch (form % 3) {
            case 0 -> c.id();
            case 1 -> c.label().toUpperCase(java.util.Locale.ROOT) + "!";
            default -> c.aliases().isEmpty() ? c.id() : " " + c.aliases().get(0) + ". ";
        };
    }

    private static String writeMulti(Question q, int s) {
        List<Choice> choices = q.choices();
        return switch (s % 4) {
            case 0 -> "none";
            case 1 ->
                choices.get(0).id() + ", " + choices.get(choices.size() - 1).label();
            case 2 -> "1 " + choices.size();
            default -> choices.get(s % choices.size()).aliases().get(0);
        };
    }
}
