package dev.mlidea.conversations.intake;

import static dev.mlidea.conversations.intake.Questionnaire.*;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the quick intake's own answers say in the words of the full questionnaire, so that scoring
 * model 2 reads a quick intake as it reads a full one. Every rule and the lecture's words behind it
 * are in docs/decisions/0009-quick-intake.md. An answer of the full question itself, skipped
 * included, always wins over one derived here; answers without quick keys come back unchanged.
 */
public final class QuickAnswers {

    /** One choice of a quick question: the full answers it gives, and the full questions it makes moot. */
    private record Rule(String quickKey, String choiceId, Map<String, Answer> gives, Set<String> covers) {}

    private static final List<Rule> RULES = List.of(
            // use.how: the archetypes "are defined by how they interact with real-world use cases". The choices
            // exclude one another, so "software does it today" says nobody approves every output and it does
            // not act alone. Whether there is a product to use it in is data.state's.
            rule(
                    USE_HOW,
                    USE_SOFTWARE_TODAY,
                    Map.of(ARCH_AUTOMATED_TODAY, picked(YES), ARCH_ACTS_ALONE, picked(NO)),
                    ARCH_HUMAN_REVIEW),
            rule(
                    USE_HOW,
                    USE_PERSON_DECIDES,
                    Map.of(
                            ARCH_AUTOMATED_TODAY, picked(NO),
                            ARCH_HUMAN_REVIEW, picked(REVIEW_ALWAYS),
                            ARCH_ACTS_ALONE, picked(NO))),
            rule(
                    USE_HOW,
                    USE_ACTS_ALONE,
                    Map.of(
                            ARCH_AUTOMATED_TODAY, picked(NO),
                            ARCH_HUMAN_REVIEW, picked(REVIEW_NEVER),
                            ARCH_ACTS_ALONE, picked(YES))),
            // need.ml: "Do you really need ML to solve this problem? More specifically, do you need to solve the
            // problem at all? Have you tried using rules or simple statistics to solve the problem?"
            rule(NEED_ML, NEED_NOT_NEEDED, Map.of(NEED_SOLVE_AT_ALL, picked(NO))),
            rule(NEED_ML, BASELINE_NONE, Map.of(NEED_BASELINE, picked(BASELINE_NONE))),
            rule(NEED_ML, BASELINE_FELL_SHORT, Map.of(NEED_BASELINE, picked(BASELINE_FELL_SHORT))),
            rule(NEED_ML, BASELINE_GOOD_ENOUGH, Map.of(NEED_BASELINE, picked(BASELINE_GOOD_ENOUGH))),
            // data.state: "Are you ready to use ML? More specifically, do you have a product? Are you collecting
            // data and storing it in a sane way?" and data availability, "how hard is it to acquire data? How
            // expensive is data labeling?" The choices exclude one another: only the last says there is nothing
            // to collect it from, so each of the others says there is a product or workflow.
            rule(
                    DATA_STATE,
                    DATA_LABELED,
                    Map.of(READY_PRODUCT, picked(YES), READY_DATA, picked(YES), COST_DATA, scale(4))),
            rule(
                    DATA_STATE,
                    DATA_UNLABELED,
                    Map.of(READY_PRODUCT, picked(YES), READY_DATA, picked(YES), COST_DATA, scale(2))),
            rule(
                    DATA_STATE,
                    PARTLY,
                    Map.of(READY_PRODUCT, picked(YES), READY_DATA, picked(PARTLY), COST_DATA, scale(2))),
            rule(
                    DATA_STATE,
                    DATA_NONE,
                    Map.of(READY_PRODUCT, picked(YES), READY_DATA, picked(NO), COST_DATA, scale(1))),
            rule(
                    DATA_STATE,
                    DATA_NO_PRODUCT,
                    Map.of(READY_PRODUCT, picked(NO), READY_DATA, picked(NO), COST_DATA, scale(1))),
            // cost.wrong_answer: "How costly are wrong predictions? How frequently does the system need to be right
            // to be useful? What are the ethical implications of your model making wrong predictions?" The stakes
            // are the cost of a wrong prediction; from "costly" up they also say how often it must be right ("ML
            // project costs tend to scale super-linearly in the accuracy requirement"): as often as a wrong answer
            // is dear. A cheap mistake does not say it may often be wrong, so the accuracy requirement is left to
            // the model's default (3/5). The accuracy requirement and the ethics are still asked in full.
            rule(COST_WRONG_ANSWER, WRONG_ANNOYANCE, Map.of(COST_WRONG_PREDICTIONS, scale(1))),
            rule(COST_WRONG_ANSWER, WRONG_SETBACK, Map.of(COST_WRONG_PREDICTIONS, scale(3))),
            rule(
                    COST_WRONG_ANSWER,
                    WRONG_COSTLY,
                    Map.of(COST_WRONG_PREDICTIONS, scale(4), COST_ACCURACY, scale(4)),
                    Set.of(COST_WRONG_PREDICTIONS)),
            rule(
                    COST_WRONG_ANSWER,
                    WRONG_UNFAIR,
                    Map.of(COST_WRONG_PREDICTIONS, scale(4), COST_ACCURACY, scale(4), ETHICS, picked(ETHICS_CONCERN)),
                    Set.of(COST_WRONG_PREDICTIONS)),
            rule(
                    COST_WRONG_ANSWER,
                    WRONG_HARM,
                    Map.of(COST_WRONG_PREDICTIONS, scale(5), COST_ACCURACY, scale(5)),
                    Set.of(COST_WRONG_PREDICTIONS)),
            // done.before: problem difficulty, "is there good published work on similar problems?"
            rule(DONE_BEFORE, DONE_PUBLISHED, Map.of(COST_DIFFICULTY, scale(2))),
            rule(DONE_BEFORE, DONE_SIMILAR, Map.of(COST_DIFFICULTY, scale(3))),
            rule(DONE_BEFORE, DONE_NOBODY, Map.of(COST_DIFFICULTY, scale(4))));

    private QuickAnswers() {}

    /**
     * The answers with what the quick answers give added: a full question's own answer (skipped too)
     * is kept, and a quick question skipped or answered "not sure" gives nothing.
     */
    public static Answers expand(Answers answers) {
        Map<String, Answer> derived = new LinkedHashMap<>();
        for (Rule rule : matching(answers)) {
            new TreeMap<>(rule.gives()).forEach((key, answer) -> {
                if (!answers.has(key)) derived.putIfAbsent(key, answer);
            });
        }
        if (derived.isEmpty()) return answers;
        Answers expanded = answers;
        for (var entry : derived.entrySet()) expanded = expanded.with(entry.getKey(), entry.getValue());
        return expanded;
    }

    /**
     * The full questions whose information the quick answers already give: not asked in FULL mode
     * unless they have an answer of their own.
     */
    public static Set<String> answeredBy(Answers answers) {
        Set<String> keys = new LinkedHashSet<>();
        for (Rule rule : matching(answers)) keys.addAll(rule.covers());
        return keys;
    }

    /** Whether {@code key} holds a value derived from a quick answer in these answers, not one given. */
    public static boolean derived(Answers answers, String key) {
        return !answers.has(key) && expand(answers).has(key);
    }

    private static List<Rule> matching(Answers answers) {
        return RULES.stream()
                .filter(rule -> answers.pickedOneOf(rule.quickKey(), rule.choiceId()))
                .toList();
    }

    private static Rule rule(String quickKey, String choiceId, Map<String, Answer> gives, String... alsoCovers) {
        Set<String> covers = new LinkedHashSet<>(gives.keySet());
        covers.addAll(List.of(alsoCovers));
        return new Rule(quickKey, choiceId, gives, covers);
    }

    private static Rule rule(String quickKey, String choiceId, Map<String, Answer> gives, Set<String> covers) {
        return new Rule(quickKey, choiceId, gives, covers);
    }

    private static Answer picked(String choiceId) {
        return new Answer.Picked(choiceId);
    }

    private static Answer scale(int value) {
        return new Answer.Scale(value);
    }
}
