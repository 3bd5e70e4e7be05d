package dev.mlidea.bot;

import dev.mlidea.bot.assessment.AssessmentMessages;
import dev.mlidea.bot.assessment.WhyMessages;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.card.CardMessages;
import dev.mlidea.bot.testing.CodeCompletionAnswers;
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
import java.util.List;
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
        Answers answers = CodeCompletionAnswers.full();
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
}
