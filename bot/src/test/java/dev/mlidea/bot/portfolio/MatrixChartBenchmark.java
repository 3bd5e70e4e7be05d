package dev.mlidea.bot.portfolio;

import dev.mlidea.conversations.assessment.Archetype;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Prints how long one matrix picture takes, PNG encoding included, for 50 and for 500 projects. A
 * benchmark, not a test: it asserts nothing, and its name keeps it out of {@code verify}. Run it with
 *
 * <pre>mvn -B -o -q test-compile dependency:build-classpath -pl conversations,storage,bot -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * cd bot &amp;&amp; java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" dev.mlidea.bot.portfolio.MatrixChartBenchmark [file.png]</pre>
 *
 * With a file name it also writes the 50-project picture there, to see what a crowded matrix looks like.
 */
public final class MatrixChartBenchmark {
    private static final int RENDERS = 20;

    private MatrixChartBenchmark() {}

    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 1) java.nio.file.Files.write(java.nio.file.Path.of(args[0]), MatrixChart.png(portfolio(50)));
        for (int round = 1; round <= 2; round++) { // the first round warms the JIT up
            for (int projects : new int[] {50, 500}) {
                List<MatrixChart.Point> points = portfolio(projects);
                long start = System.nanoTime();
                long bytes = 0;
                for (int i = 0; i < RENDERS; i++) bytes += MatrixChart.png(points).length;
                double ms = (System.nanoTime() - start) / 1e6 / RENDERS;
                System.out.printf(
                        "round %d: %3d projects, %d renders at %dx%d: %.1f ms per render, %d KB per PNG%n",
                        round,
                        projects,
                        RENDERS,
                        MatrixChart.DEFAULT_WIDTH,
                        MatrixChart.DEFAULT_HEIGHT,
                        ms,
                        bytes / RENDERS / 1024);
            }
        }
    }

    /** Scores on the quarter points of the scale, as teams give them, so projects share spots. */
    private static List<MatrixChart.Point> portfolio(int projects) {
        var random = new Random(42);
        var points = new ArrayList<MatrixChart.Point>(projects);
        for (int i = 0; i < projects; i++) {
            points.add(new MatrixChart.Point(
                    "Project " + i + " " + "abcdefghij".substring(0, random.nextInt(10)),
                    1 + random.nextInt(17) * 0.25,
                    1 + random.nextInt(17) * 0.25,
                    Archetype.values()[random.nextInt(3)].label()));
        }
        return points;
    }
}
