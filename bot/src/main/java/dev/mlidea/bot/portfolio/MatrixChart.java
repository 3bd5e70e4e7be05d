package dev.mlidea.bot.portfolio;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/**
 * The lecture's impact × feasibility matrix as a PNG, for the weekly portfolio summary: feasibility
 * across, impact up, the four quadrants tinted and named, one dot per project coloured by archetype,
 * each dot labelled with its project so that no two labels overlap (docs/decisions/0014).
 *
 * <p>Rendering is headless: no display is needed, in Docker or CI. A render takes a few tens of
 * milliseconds for a team's portfolio ({@code MatrixChartBenchmark} prints the figures).
 */
public final class MatrixChart {
    static {
        // Before any AWT class asks for a toolkit: a server has no display, and must not look for one.
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    public static final int DEFAULT_WIDTH = 1000;
    public static final int DEFAULT_HEIGHT = 750;
    /** Sides outside these bounds are refused: too small to read, or a memory bill for nothing. */
    public static final int MIN_SIDE = 200;

    public static final int MAX_SIDE = 4000;

    /** Passes of "lay out, then make room below for the key of what did not fit". */
    private static final int PASSES = 3;

    private MatrixChart() {}

    /**
     * One project on the matrix.
     *
     * @param label the project's title, user text: it is cleaned and cut to {@value LabelText#MAX_CODE_POINTS}
     *     code points
     * @param impact the impact score on the 1–5 scale (clamped to it; a project with a non-finite score
     *     is left out)
     * @param feasibility the feasibility score on the 1–5 scale, treated like {@code impact}
     * @param archetype the label of a {@link dev.mlidea.conversations.assessment.Archetype}; any other
     *     text, or null, is drawn in a neutral grey under "Other"
     */
    public record Point(String label, double impact, double feasibility, String archetype) {}

    /** The matrix at the default size. */
    public static byte[] png(List<Point> points) {
        return png(points, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /** The matrix as PNG bytes of exactly {@code width} × {@code height} pixels. */
    public static byte[] png(List<Point> points, int width, int height) {
        BufferedImage image = render(points, width, height).image();
        var out = new ByteArrayOutputStream(128 * 1024);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            // A light deflate: the picture is mostly flat colour, so the file stays small, and encoding
            // (most of a summary's time, see SummaryBenchmark) takes about half as long as the default.
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(ENCODING_QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** ImageIO's PNG quality: 1.0 stores, 0.0 compresses hardest; 0.9 is a fast deflate. */
    static final float ENCODING_QUALITY = 0.9f;

    /** The picture and the label layout it was drawn with, for tests that check the geometry. */
    record Rendered(BufferedImage image, Rectangle2D dataArea, LabelLayer.Layout layout, List<Rectangle2D> obstacles) {}

    static Rendered render(List<Point> points, int width, int height) {
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("width and height must be between " + MIN_SIDE + " and " + MAX_SIDE);
        }
        var style = ChartStyle.forSize(width, height);
        List<Point> shown = points.stream()
                .filter(p -> Double.isFinite(p.impact()) && Double.isFinite(p.feasibility()))
                .toList();
        var dots = shown.stream()
                .map(p -> new MatrixPlot.Dot(
                        clamp(p.feasibility()), clamp(p.impact()), ChartStyle.legendKey(p.archetype())))
                .toList();
        List<String> texts = shown.stream().map(p -> LabelText.of(p.label())).toList();
        List<Color> colours =
                shown.stream().map(p -> ChartStyle.colour(p.archetype())).toList();
        JFreeChart chart = MatrixPlot.chart(dots, style);

        // Three bytes a pixel, as PNG stores them: the encoder copies rows without converting each pixel.
        var image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            var fonts = new LabelLayer.Fonts(
                    g.getFontMetrics(style.labelFont()),
                    g.getFontMetrics(style.markerFont()),
                    style.px(5),
                    style.px(2));
            var keyMetrics = g.getFontMetrics(style.labelFont());

            Set<Integer> keyed = new TreeSet<>();
            Rendered rendered;
            double keyTop;
            for (int pass = 1; ; pass++) {
                // The last pass cannot re-plan, so it keeps the most room a key may need.
                boolean last = pass == PASSES;
                double keyHeight = last
                        ? KeyStrip.maxHeight(keyMetrics, height, style)
                        : KeyStrip.height(keyEntries(keyed, texts, colours), keyMetrics, width, height, style);
                keyTop = height - keyHeight;
                Rectangle2D dataArea = drawChart(g, chart, width, height, keyTop);
                List<Point2D> positions = dots.stream()
                        .map(d -> MatrixPlot.toJava2D(chart, dataArea, d))
                        .toList();
                List<Rectangle2D> obstacles =
                        QuadrantNames.layout(dataArea, g.getFontMetrics(style.quadrantFont()), style).stream()
                                .map(QuadrantNames.Name::box)
                                .toList();
                var layout = LabelLayer.layout(dataArea, positions, texts, keyed, obstacles, fonts, style, last);
                rendered = new Rendered(image, dataArea, layout, obstacles);
                if (layout.unplaced().isEmpty()) break;
                keyed.addAll(layout.unplaced());
            }
            LabelLayer.draw(g, rendered.layout(), colours, fonts, style);
            var entries = keyEntries(rendered.layout().keyed(), texts, colours);
            KeyStrip.draw(g, entries, keyMetrics, width, height, keyTop, style);
            return rendered;
        } finally {
            g.dispose();
        }
    }

    /** Draws the chart over a white picture and answers where its data area ended up. */
    private static Rectangle2D drawChart(Graphics2D g, JFreeChart chart, int width, int height, double chartHeight) {
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, width, height);
        var info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, width, chartHeight), info);
        return info.getPlotInfo().getDataArea();
    }

    private static List<KeyStrip.Entry> keyEntries(Iterable<Integer> keyed, List<String> texts, List<Color> colours) {
        var entries = new ArrayList<KeyStrip.Entry>();
        for (int i : keyed) entries.add(new KeyStrip.Entry(entries.size() + 1, texts.get(i), colours.get(i)));
        return entries;
    }

    private static double clamp(double score) {
        return Math.max(1, Math.min(5, score));
    }
}
