package dev.mlidea.bot.portfolio;

import static dev.mlidea.bot.portfolio.Portfolio.GENERAL;
import static dev.mlidea.bot.portfolio.Portfolio.LONG_AGO;
import static dev.mlidea.bot.portfolio.Portfolio.WEEK;
import static dev.mlidea.bot.portfolio.Portfolio.day;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.testing.Golden;
import dev.mlidea.conversations.assessment.Archetype;
import dev.mlidea.conversations.portfolio.WeeklySummary;
import dev.mlidea.conversations.rituals.ChecklistStep;
import dev.mlidea.conversations.rituals.Stage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The weekly summary as people see it: a typical week, a quiet one, one with private projects, a huge one. */
class SummaryGoldenTest {
    static final String HEADLINE = "Week 49 · 2026";

    static List<Object[]> messages() {
        return List.of(
                golden("portfolio-typical-week", summary(typicalWeek(), Optional.of(GENERAL))),
                golden("portfolio-quiet-week", summary(quietWeek(), Optional.of(GENERAL))),
                golden("portfolio-private-projects", summary(withPrivateProjects(), Optional.of(GENERAL))),
                golden(
                        "portfolio-private-projects-own-channel",
                        summary(withPrivateProjects(), Optional.of("C0SECRET01"))),
                golden("portfolio-120-projects", summary(huge(120), Optional.of(GENERAL))),
                golden("portfolio-empty", summary(new Portfolio(), Optional.of(GENERAL))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void renders_as_its_golden_file(String name, SlackMessage message) {
        Golden.assertMatches(name, message);
    }

    static SlackMessage summary(Portfolio portfolio, Optional<String> postedIn) {
        return SummaryMessages.summary(WeeklySummary.of(portfolio.projects, WEEK, postedIn), portfolio.links, HEADLINE);
    }

    /** Something in every list; one project without a link. */
    static Portfolio typicalWeek() {
        var p = new Portfolio();
        p.add(1, "Churn prediction")
                .createdOn(2)
                .placed(4.5, 4, Archetype.SOFTWARE_2_0)
                .done();
        p.add(2, "Support ticket routing")
                .placed(4, 3.5, Archetype.HUMAN_IN_THE_LOOP)
                .move(Stage.DATA, LONG_AGO.plusSeconds(86_400), 1)
                .move(Stage.TRAINING, LONG_AGO.plusSeconds(86_400 * 20), 1)
                .move(Stage.DATA, day(1), 2)
                .checkIn(-14, "61%")
                .checkIn(-7, "64%")
                .checkIn(3, "70%")
                .done();
        p.add(3, "Invoice OCR")
                .placed(2, 4, Archetype.SOFTWARE_2_0)
                .move(Stage.DATA, LONG_AGO.plusSeconds(86_400), 1)
                .killed(day(2), "Rules already get 98% & the vendor's API is cheaper")
                .done();
        p.add(4, "Demand forecast")
                .placed(4, 2, Archetype.AUTONOMOUS)
                .move(Stage.DATA, LONG_AGO.plusSeconds(86_400), 1)
                .move(Stage.TRAINING, day(0), 1)
                .overdue()
                .done();
        p.add(5, "Meeting notes summariser")
                .placed(2, 4, Archetype.HUMAN_IN_THE_LOOP)
                .stalled()
                .nextStep(ChecklistStep.AGREE_SUCCESS_CRITERIA)
                .done();
        p.add(6, "Fraud alerts")
                .placed(5, 3, Archetype.AUTONOMOUS)
                .move(Stage.DATA, LONG_AGO, 1)
                .move(Stage.TRAINING, LONG_AGO.plusSeconds(86_400 * 10), 1)
                .move(Stage.DEPLOYING, LONG_AGO.plusSeconds(86_400 * 30), 1)
                .move(Stage.PRODUCTION, LONG_AGO.plusSeconds(86_400 * 40), 1)
                .checkIn(-7, "0.91")
                .checkIn(4, "0.87")
                .done();
        p.add(7, "Lead scoring").createdOn(4).inIntake().noLink().done();
        p.add(8, "Search ranking")
                .placed(3, 3, Archetype.SOFTWARE_2_0)
                .move(Stage.DATA, LONG_AGO, 1)
                .move(Stage.PAUSED, day(3), 1)
                .done();
        return p;
    }

    /** Nothing happened: the counts, the best project waiting, and one line that says it was quiet. */
    static Portfolio quietWeek() {
        var p = new Portfolio();
        p.add(1, "Churn prediction").placed(4.5, 4, Archetype.SOFTWARE_2_0).done();
        p.add(2, "Support ticket routing")
                .placed(4, 3.5, Archetype.HUMAN_IN_THE_LOOP)
                .move(Stage.DATA, LONG_AGO, 1)
                .checkIn(-14, "61%")
                .checkIn(-7, "64%")
                .done();
        p.add(3, "Invoice OCR").inIntake().done();
        return p;
    }

    /** Private projects in every list: counted, named only in their own channel (C0SECRET01). */
    static Portfolio withPrivateProjects() {
        var p = typicalWeek();
        p.add(20, "Secret acquisition target model")
                .privately("C0SECRET01")
                .createdOn(1)
                .placed(5, 5, Archetype.AUTONOMOUS)
                .done();
        p.add(21, "Layoff risk scores")
                .privately("D0DIRECT01")
                .placed(4, 4, Archetype.HUMAN_IN_THE_LOOP)
                .move(Stage.DATA, day(2), 1)
                .overdue()
                .done();
        p.add(22, "Union sentiment")
                .privately("C0HR000001")
                .placed(2, 2, Archetype.SOFTWARE_2_0)
                .killed(day(3), "Legal said no: this is surveillance")
                .done();
        return p;
    }

    /** Far more of everything than a message holds. */
    static Portfolio huge(int n) {
        var p = new Portfolio();
        for (int i = 1; i <= n; i++) {
            var project = p.add(i, String.format("Project %03d — %s", i, "a long descriptive title ".repeat(3)))
                    .createdOn(i % 7)
                    .placed(1 + i % 5, 1 + (i * 3) % 5, Archetype.values()[i % 3]);
            if (i % 2 == 0)
                project.move(Stage.DATA, day(i % 7), 1)
                        .move(Stage.TRAINING, day(i % 7).plusSeconds(60), 1);
            if (i % 3 == 0) project.overdue();
            if (i % 4 == 0) project.stalled();
            if (i % 5 == 0) project.killed(day(6), "Not worth it: " + "the numbers never added up. ".repeat(10));
            if (i % 2 == 1) project.checkIn(-3, i + "%").checkIn(2, (i + 1) + "%");
            if (i % 10 == 0) project.privately("C0PRIV" + i);
            project.done();
        }
        return p;
    }

    private static Object[] golden(String name, SlackMessage message) {
        return new Object[] {name, message};
    }
}
