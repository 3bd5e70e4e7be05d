package dev.mlidea.conversations.intake;

import java.util.List;
import java.util.Optional;

/**
 * One intake question. The key is stable across releases ({@code arch.human_review}); prompt and
 * "why we ask" are wording. Scales carry the labels of their two ends.
 */
public record Question(
        String key,
        QuestionKind kind,
        String prompt,
        String why,
        List<Choice> choices,
        String lowLabel,
        String highLabel) {

    public Question {
        choices = List.copyOf(choices);
    }

    public static Question text(String key, String prompt, String why) {
        return new Question(key, QuestionKind.TEXT, prompt, why, List.of(), "", "");
    }

    public static Question people(String key, String prompt, String why) {
        return new Question(key, QuestionKind.PEOPLE, prompt, why, List.of(), "", "");
    }

    public static Question choice(String key, String prompt, String why, Choice... choices) {
        return new Question(key, QuestionKind.CHOICE, prompt, why, List.of(choices), "", "");
    }

    public static Question multi(String key, String prompt, String why, Choice... choices) {
        return new Question(key, QuestionKind.MULTI, prompt, why, List.of(choices), "", "");
    }

    public static Question scale(String key, String prompt, String why, String lowLabel, String highLabel) {
        return new Question(key, QuestionKind.SCALE, prompt, why, List.of(), lowLabel, highLabel);
    }

    public Optional<Choice> choice(String id) {
        return choices.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public static final int SCALE_MIN = 1;
    public static final int SCALE_MAX = 5;
}
