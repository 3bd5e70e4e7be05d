package dev.mlidea.bot.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.assessment.Archetype;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample picture in the docs, from fixed data: a portfolio with a cluster, all three archetypes
 * and titles people might type. By default it checks the layout; with {@code -Dsample.update=true} it
 * also writes {@code docs/portfolio-matrix-sample.png}, to be looked at before committing.
 */
class MatrixChartSampleTest {
    private static final Path SAMPLE = Path.of("../docs/portfolio-matrix-sample.png");
    private static final String SOFTWARE = Archetype.SOFTWARE_2_0.label();
    private static final String HUMAN = Archetype.HUMAN_IN_THE_LOOP.label();
    private static final String AUTONOMOUS = Archetype.AUTONOMOUS.label();

    static final List<MatrixChart.Point> PORTFOLIO = List.of(
            new MatrixChart.Point("Code completion for SQL", 4.2, 4.1, SOFTWARE),
            new MatrixChart.Point("Support ticket triage", 4.0, 4.0, HUMAN),
            new MatrixChart.Point("<!channel> *Churn* predictor", 4.1, 3.9, SOFTWARE),
            new MatrixChart.Point("Invoice OCR", 3.9, 4.15, HUMAN),
            new MatrixChart.Point("🚀 Launch-date forecaster 🤖", 4.05, 4.2, SOFTWARE),
            new MatrixChart.Point("Fraud\u202Edetector\u202C v2", 3.95, 3.85, HUMAN),
            new MatrixChart.Point("Warehouse robot picking", 4.6, 1.8, AUTONOMOUS),
            new MatrixChart.Point("Autonomous shelf scanner", 4.5, 1.9, AUTONOMOUS),
            new MatrixChart.Point("Self-driving forklift", 4.4, 1.5, AUTONOMOUS),
            new MatrixChart.Point("Slides from whiteboard sketches and meeting notes for everyone", 3.6, 2.4, HUMAN),
            new MatrixChart.Point("Search ranking\nwith\tclicks", 3.0, 3.0, SOFTWARE),
            new MatrixChart.Point("Email auto-reply", 1.8, 4.4, SOFTWARE),
            new MatrixChart.Point("Demand forecast", 2.2, 3.6, SOFTWARE),
            new MatrixChart.Point("", 1.5, 1.4, HUMAN),
            new MatrixChart.Point("Meeting summariser", 2.6, 2.1, "Not an archetype"),
            new MatrixChart.Point("Drone delivery", 3.4, 1.0, AUTONOMOUS));

    @Test
    void the_sample_portfolio_gets_every_label_apart_and_inside() throws IOException {
        var rendered = MatrixChart.render(PORTFOLIO, MatrixChart.DEFAULT_WIDTH, MatrixChart.DEFAULT_HEIGHT);

        assertThat(rendered.layout().labels()).hasSize(PORTFOLIO.size());
        assertThat(rendered.layout().keyed()).isEmpty();
        MatrixChartTest.assertLabelsKeepTheRules(rendered);

        if (Boolean.getBoolean("sample.update")) {
            Files.write(SAMPLE, MatrixChart.png(PORTFOLIO));
        }
    }
}
