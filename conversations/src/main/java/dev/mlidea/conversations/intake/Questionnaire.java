package dev.mlidea.conversations.intake;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The intake questions in the order they are asked, each with the lecture's reason for asking.
 * Keys and choice ids are stable: storage, buttons and analytics depend on them. Wording may improve.
 */
public final class Questionnaire {

    public static final String PROBLEM = "problem";
    public static final String READY_PRODUCT = "ready.product";
    public static final String READY_DATA = "ready.data";
    public static final String READY_PEOPLE = "ready.people";
    public static final String NEED_SOLVE_AT_ALL = "need.solve_at_all";
    public static final String NEED_BASELINE = "need.baseline";
    public static final String ETHICS = "ethics";
    public static final String IMPACT_SIGNALS = "impact.signals";
    public static final String IMPACT_RATING = "impact.rating";
    public static final String COST_DATA = "cost.data";
    /** Added in scoring model 2: the lecture's first accuracy-requirement question, asked on its own. */
    public static final String COST_WRONG_PREDICTIONS = "cost.wrong_predictions";

    public static final String COST_ACCURACY = "cost.accuracy";
    public static final String COST_DIFFICULTY = "cost.difficulty";
    public static final String HARD_TRAITS = "hard.traits";
    public static final String ARCH_AUTOMATED_TODAY = "arch.automated_today";
    public static final String ARCH_HUMAN_REVIEW = "arch.human_review";
    public static final String ARCH_ACTS_ALONE = "arch.acts_alone";
    public static final String FLYWHEEL_LOOP = "flywheel.loop";
    public static final String FLYWHEEL_MORE_DATA_HELPS = "flywheel.more_data_helps";
    public static final String FLYWHEEL_BETTER_MODEL_HELPS_PRODUCT = "flywheel.better_model_helps_product";
    public static final String SUCCESS_CRITERIA = "success.criteria";
    public static final String SUCCESS_STAKEHOLDERS = "success.stakeholders";
    public static final String CHECK_LITERATURE = "check.literature";
    public static final String CHECK_BENCHMARK = "check.benchmark";
    public static final String CHECK_BASELINE_MODEL = "check.baseline_model";
    public static final String REVALIDATE_EVERY = "revalidate.every";
    public static final String NEED_STILL_SURE = "need.still_sure";

    // The quick intake's own questions (docs/decisions/0009): asked in QUICK mode, and in FULL mode only
    // when already answered. QuickAnswers turns their answers into the full questions' answers.
    /** How the output would be used: the lecture's archetypes. */
    public static final String USE_HOW = "use.how";
    /**
     * Whether it needs ML at all, and how far rules or simple statistics got: the lecture's "do you really
     * need ML?" (added so the quick intake asks whether the problem needs solving at all).
     */
    public static final String NEED_ML = "need.ml";
    /**
     * Whether the data is collected and labeled, or there is nothing to collect it from yet: the lecture's
     * product and data readiness and data availability.
     */
    public static final String DATA_STATE = "data.state";
    /** What a wrong answer costs: the lecture's "how costly are wrong predictions?" and their ethics. */
    public static final String COST_WRONG_ANSWER = "cost.wrong_answer";
    /** Whether it has been done before: the lecture's "is there good published work on similar problems?". */
    public static final String DONE_BEFORE = "done.before";

    // Choice ids shared by several questions.
    public static final String YES = "yes";
    public static final String PARTLY = "partly";
    public static final String NO = "no";
    public static final String UNSURE = "unsure";

    public static final String BASELINE_NONE = "none";
    public static final String BASELINE_FELL_SHORT = "fell_short";
    public static final String BASELINE_GOOD_ENOUGH = "good_enough";

    public static final String ETHICS_FINE = "fine";
    public static final String ETHICS_MANAGEABLE = "manageable";
    public static final String ETHICS_CONCERN = "concern";

    public static final String SIGNAL_FRICTION = "friction";
    public static final String SIGNAL_SOFTWARE_2 = "software2";
    public static final String SIGNAL_CHEAP_PREDICTION = "cheap_prediction";
    public static final String SIGNAL_INDUSTRY = "industry";

    public static final String TRAIT_COMPLEX_OUTPUT = "complex_output";
    public static final String TRAIT_RELIABILITY = "reliability";
    public static final String TRAIT_GENERALIZATION = "generalization";

    public static final String REVIEW_ALWAYS = "always";
    public static final String REVIEW_SOMETIMES = "sometimes";
    /** Added in scoring model 2: users take or ignore the output as they work; nobody approves it. */
    public static final String REVIEW_USER_PICKS = "user_picks";

    public static final String REVIEW_NEVER = "never";

    public static final String CHECK_DONE = "done";
    public static final String CHECK_IN_PROGRESS = "in_progress";
    public static final String CHECK_NOT_STARTED = "not_started";

    public static final String WEEKS_1 = "1w";
    public static final String WEEKS_2 = "2w";
    public static final String WEEKS_4 = "4w";
    public static final String WEEKS_8 = "8w";
    public static final String DEFAULT_REVALIDATE_EVERY = WEEKS_2;

    public static final String USE_SOFTWARE_TODAY = "software_today";
    public static final String USE_PERSON_DECIDES = "person_decides";
    public static final String USE_ACTS_ALONE = "acts_alone";
    // and UNSURE

    public static final String NEED_NOT_NEEDED = "not_needed";
    // and BASELINE_NONE, BASELINE_FELL_SHORT, BASELINE_GOOD_ENOUGH

    public static final String DATA_LABELED = "labeled";
    public static final String DATA_UNLABELED = "unlabeled";
    // and PARTLY
    public static final String DATA_NONE = "none";
    public static final String DATA_NO_PRODUCT = "no_product";

    public static final String WRONG_ANNOYANCE = "annoyance";
    public static final String WRONG_SETBACK = "setback";
    public static final String WRONG_COSTLY = "costly";
    public static final String WRONG_UNFAIR = "unfair";
    public static final String WRONG_HARM = "harm";

    public static final String DONE_PUBLISHED = "published";
    public static final String DONE_SIMILAR = "similar";
    public static final String DONE_NOBODY = "nobody";
    // and UNSURE

    /** The quick intake's questions, in the order they are asked. */
    private static final List<String> QUICK = List.of(
            PROBLEM, USE_HOW, NEED_ML, IMPACT_SIGNALS, DATA_STATE, COST_WRONG_ANSWER, DONE_BEFORE, SUCCESS_CRITERIA);

    private static final Set<String> QUICK_ONLY = Set.of(USE_HOW, NEED_ML, DATA_STATE, COST_WRONG_ANSWER, DONE_BEFORE);

    private static final List<String> ARCHETYPE = List.of(ARCH_AUTOMATED_TODAY, ARCH_HUMAN_REVIEW, ARCH_ACTS_ALONE);

    private static final List<String> FLYWHEEL =
            List.of(FLYWHEEL_LOOP, FLYWHEEL_MORE_DATA_HELPS, FLYWHEEL_BETTER_MODEL_HELPS_PRODUCT);

    /**
     * The flywheel questions are asked only of a project whose archetype answers point to Software 2.0
     * (the lecture: "as you build a software 2.0 project, strongly consider the concept of the data
     * flywheel"): it does not act alone, and it is not a tool whose outputs a person approves (every
     * one, or some of them when nothing automates the task today), once the last archetype question is
     * answered or skipped and not all three were skipped. This is the assessment's
     * ArchetypeClassifier read from the intake's side; a property test keeps the two the same. It reads
     * the answers as {@link QuickAnswers#expand} does, so a quick {@code use.how} counts.
     */
    public static final Predicate<Answers> LOOKS_LIKE_SOFTWARE_2 = given -> {
        Answers answers = QuickAnswers.expand(given);
        // Not before the archetype questions are behind (the progress count should not guess), nor when
        // all three were skipped: a Software 2.0 guess from no answer at all does not earn three questions.
        if (!answers.has(ARCH_ACTS_ALONE)) return false;
        if (ARCHETYPE.stream().allMatch(key -> answers.picked(key).isEmpty())) return false;
        if (answers.pickedOneOf(ARCH_ACTS_ALONE, YES)) return false;
        if (answers.pickedOneOf(ARCH_AUTOMATED_TODAY, YES)) return true;
        if (answers.pickedOneOf(ARCH_HUMAN_REVIEW, REVIEW_ALWAYS)) return false;
        return answers.pickedOneOf(ARCH_AUTOMATED_TODAY, PARTLY)
                || !answers.pickedOneOf(ARCH_HUMAN_REVIEW, REVIEW_SOMETIMES);
    };

    private Questionnaire() {}

    /** Every question, in order, whether or not it applies to a given project. */
    public static List<Question> all() {
        return QuestionWording.ALL;
    }

    public static Optional<Question> byKey(String key) {
        return QuestionWording.ALL.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public static boolean isFlywheel(String key) {
        return FLYWHEEL.contains(key);
    }

    /** The quick intake's questions, in the order they are asked: always these eight. */
    public static List<Question> quick() {
        return QUICK.stream().map(key -> byKey(key).orElseThrow()).toList();
    }

    /** Whether the question is one of the quick intake's own, not in the full questionnaire. */
    public static boolean isQuickOnly(String key) {
        return QUICK_ONLY.contains(key);
    }

    /**
     * Whether a question is asked of a project with these answers in this mode. QUICK: the eight quick
     * questions. FULL: every question but the flywheel (only for Software 2.0), a quick-only question
     * unless it was answered, and a question whose information an answered quick question already
     * gives ({@link QuickAnswers#answeredBy}) unless it has an answer of its own.
     */
    public static boolean applies(IntakeMode mode, Question question, Answers answers) {
        String key = question.key();
        if (mode == IntakeMode.QUICK) return QUICK.contains(key);
        if (isQuickOnly(key)) return answers.has(key);
        if (isFlywheel(key)) return LOOKS_LIKE_SOFTWARE_2.test(answers);
        return answers.has(key) || !QuickAnswers.answeredBy(answers).contains(key);
    }

    /** The questions asked of a project with these answers in this mode, in the order they are asked. */
    public static List<Question> applicable(IntakeMode mode, Answers answers) {
        List<Question> questions = mode == IntakeMode.QUICK ? quick() : QuestionWording.ALL;
        return questions.stream().filter(q -> applies(mode, q, answers)).toList();
    }
}
