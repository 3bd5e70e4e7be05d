package dev.mlidea.bot;

import dev.mlidea.bot.assessment.AssessmentMessages;
import dev.mlidea.bot.assessment.WhyMessages;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.card.CardMessages;
import dev.mlidea.bot.testing.Golden;
import dev.mlidea.conversations.assessment.Assessor;
import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.IntakeState;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.conversations.intake.Questionnaire;
import dev.mlidea.storage.Delivery;
import dev.mlidea.storage.ProjectRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of message against a golden JSON file, so a change to what people see is a visible diff
 * in review. After an intended change: {@code mvn -pl bot test -Dtest='*GoldenTest' -Dgolden.update=true}.
 */
class MessagesGoldenTest {
    static List<Object[]> messages() {
        Answers answers = codeCompletion();
        var project = new ProjectRecord(
                UUID.fromString("00000000-0000-0000-0000-000000000001"),
                "T0TEAM0001",
                "C0CHANNEL1",
                "U0OWNER001",
                List.of("U0OWNER001"),
                "Smarter code completion <!channel>",
                true,
                new IntakeState(
                        IntakeStatus.IN_PROGRESS,
                        IntakeMode.FULL,
                        answers.with(Questionnaire.PROBLEM, new Answer.Text("x")),
                        Optional.of(Questionnaire.READY_PRODUCT),
                        Set.of()),
                Delivery.POSTED,
                Optional.of("1700000000.000100"),
                Optional.empty(),
                Instant.parse("2026-03-02T10:00:00Z"),
                Instant.parse("2026-03-02T10:00:00Z"),
                Optional.empty());
        Answers noCriteria = answers.with(Questionnaire.SUCCESS_CRITERIA, new Answer.Text("none yet"));
        Answers rulesWork =
                answers.with(Questionnaire.NEED_BASELINE, new Answer.Picked(Questionnaire.BASELINE_GOOD_ENOUGH));
        return List.of(
                new Object[] {"card", CardMessages.card(project, List.of())},
                new Object[] {
                    "assessment",
                    AssessmentMessages.assessment(
                            "Smarter code completion",
                            Assessor.assess(answers, Optional.empty()),
                            1,
                            Optional.empty(),
                            answers)
                },
                new Object[] {
                    // A "before you start" gate wins over the scores, which are still shown.
                    "assessment-not-yet",
                    AssessmentMessages.assessment(
                            "Smarter code completion",
                            Assessor.assess(noCriteria, Optional.empty()),
                            2,
                            Optional.empty(),
                            noCriteria)
                },
                new Object[] {
                    // "Don't build" wins over everything; its one step is to keep the rules.
                    "assessment-dont-build",
                    AssessmentMessages.assessment(
                            "Smarter code completion",
                            Assessor.assess(rulesWork, Optional.empty()),
                            3,
                            Optional.empty(),
                            rulesWork)
                },
                new Object[] {
                    // What Why? sends the one who clicked: the whole arithmetic of that version.
                    "assessment-why", WhyMessages.why(Assessor.assess(answers, Optional.empty()), 1)
                },
                new Object[] {
                    "assessment-why-not-yet", WhyMessages.why(Assessor.assess(noCriteria, Optional.empty()), 2)
                },
                new Object[] {
                    // Why? on a version another scoring model made: what was stored, said honestly.
                    "assessment-why-other-model", WhyMessages.whyUnavailable(1, "1", "Do it now", 3.6, 3.2)
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void renders_as_its_golden_file(String name, SlackMessage message) {
        Golden.assertMatches(name, message);
    }

    private static Answers codeCompletion() {
        Map<String, Answer> a = new LinkedHashMap<>();
        a.put(Questionnaire.PROBLEM, new Answer.Text("Completion is hand-written rules & <!here> hates it"));
        a.put(Questionnaire.READY_PRODUCT, new Answer.Picked(Questionnaire.YES));
        a.put(Questionnaire.READY_DATA, new Answer.Picked(Questionnaire.PARTLY));
        a.put(Questionnaire.READY_PEOPLE, new Answer.Picked(Questionnaire.YES));
        a.put(Questionnaire.NEED_SOLVE_AT_ALL, new Answer.Picked(Questionnaire.YES));
        a.put(Questionnaire.NEED_BASELINE, new Answer.Picked(Questionnaire.BASELINE_FELL_SHORT));
        a.put(Questionnaire.ETHICS, new Answer.Picked(Questionnaire.ETHICS_FINE));
        a.put(
                Questionnaire.IMPACT_SIGNALS,
                new Answer.Picks(Set.of(Questionnaire.SIGNAL_FRICTION, Questionnaire.SIGNAL_SOFTWARE_2)));
        a.put(Questionnaire.IMPACT_RATING, new Answer.Scale(5));
        a.put(Questionnaire.COST_DATA, new Answer.Scale(4));
        a.put(Questionnaire.COST_WRONG_PREDICTIONS, new Answer.Scale(2));
        a.put(Questionnaire.COST_ACCURACY, new Answer.Scale(2));
        a.put(Questionnaire.COST_DIFFICULTY, new Answer.Scale(2));
        a.put(Questionnaire.HARD_TRAITS, new Answer.Picks(Set.of(Questionnaire.TRAIT_COMPLEX_OUTPUT)));
        a.put(Questionnaire.ARCH_AUTOMATED_TODAY, new Answer.Picked(Questionnaire.YES));
        // A developer takes or ignores each completion: a user, not a reviewer.
        a.put(Questionnaire.ARCH_HUMAN_REVIEW, new Answer.Picked(Questionnaire.REVIEW_USER_PICKS));
        a.put(Questionnaire.ARCH_ACTS_ALONE, new Answer.Picked(Questionnaire.NO));
        a.put(Questionnaire.FLYWHEEL_LOOP, new Answer.Picked(Questionnaire.YES));
        a.put(Questionnaire.FLYWHEEL_MORE_DATA_HELPS, new Answer.Picked(Questionnaire.YES));
        a.put(Questionnaire.FLYWHEEL_BETTER_MODEL_HELPS_PRODUCT, new Answer.Picked(Questionnaire.UNSURE));
        a.put(Questionnaire.SUCCESS_CRITERIA, new Answer.Text("30% of suggestions accepted within a month"));
        a.put(Questionnaire.SUCCESS_STAKEHOLDERS, new Answer.People(List.of("U0PM000001", "U0LEAD0001")));
        a.put(Questionnaire.CHECK_LITERATURE, new Answer.Picked(Questionnaire.CHECK_DONE));
        a.put(Questionnaire.CHECK_BENCHMARK, new Answer.Skipped());
        a.put(Questionnaire.CHECK_BASELINE_MODEL, new Answer.Picked(Questionnaire.CHECK_NOT_STARTED));
        a.put(Questionnaire.REVALIDATE_EVERY, new Answer.Picked(Questionnaire.WEEKS_2));
        a.put(Questionnaire.NEED_STILL_SURE, new Answer.Picked(Questionnaire.YES));
        return new Answers(a);
    }
}
