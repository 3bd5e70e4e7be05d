package dev.mlidea.bot.portfolio;

import dev.mlidea.conversations.assessment.Archetype;
import dev.mlidea.conversations.assessment.Quadrant;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The JFreeChart part of the picture: axes, quadrant tints and names, threshold lines, the dots (one
 * series per archetype, so each has its colour) and the legend. Labels are drawn over it afterwards.
 */
final class MatrixPlot {
    static final String TITLE = "Impact × feasibility";
    /** The scale is 1 to 5; a margin keeps a dot on 1 or 5 whole. */
    static final double AXIS_MIN = 0.7;

    static final double AXIS_MAX = 5.3;

    private MatrixPlot() {}

    /** A point on the chart: scores clamped to the scale, the legend entry it falls under. */
    record Dot(double feasibility, double impact, String legendKey) {}

    static JFreeChart chart(List<Dot> dots, ChartStyle style) {
        var plot = new XYPlot(dataset(dots), axis("Feasibility", style), axis("Impact", style), renderer(dots, style));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(ChartStyle.THRESHOLD_LINE);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setQuadrantOrigin(new Point2D.Double(Quadrant.HIGH_THRESHOLD, Quadrant.HIGH_THRESHOLD));
        // XYPlot numbers its quadrants top-left, top-right, bottom-left, bottom-right.
        plot.setQuadrantPaint(0, ChartStyle.tint(Quadrant.BIG_BET));
        plot.setQuadrantPaint(1, ChartStyle.tint(Quadrant.DO_IT_NOW));
        plot.setQuadrantPaint(2, ChartStyle.tint(Quadrant.DONT_YET));
        plot.setQuadrantPaint(3, ChartStyle.tint(Quadrant.CHEAP_WIN));
        for (boolean domain : new boolean[] {true, false}) {
            var line = new ValueMarker(Quadrant.HIGH_THRESHOLD, ChartStyle.THRESHOLD_LINE, style.thresholdStroke());
            if (domain) plot.addDomainMarker(line, Layer.BACKGROUND);
            else plot.addRangeMarker(line, Layer.BACKGROUND);
        }
        plot.getRenderer().addAnnotation(new QuadrantNames.Annotation(style), Layer.BACKGROUND);
        plot.setFixedLegendItems(legend(dots, style));

        var chart = new JFreeChart(TITLE, style.titleFont(), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(style.px(12), style.px(16), style.px(8), style.px(28)));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(style.legendFont());
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setMargin(new RectangleInsets(style.px(10), 0, 0, 0));
        return chart;
    }

    /** Series keys in legend order: the three archetypes, then {@link ChartStyle#OTHER} when present. */
    static List<String> legendKeys(List<Dot> dots) {
        var keys = new ArrayList<String>();
        for (Archetype a : Archetype.values()) keys.add(a.label());
        if (dots.stream().anyMatch(d -> d.legendKey().equals(ChartStyle.OTHER))) keys.add(ChartStyle.OTHER);
        return keys;
    }

    private static XYSeriesCollection dataset(List<Dot> dots) {
        Map<String, XYSeries> series = new LinkedHashMap<>();
        // Duplicates allowed, no sorting: two projects may share a spot, and order does not matter here.
        for (String key : legendKeys(dots)) series.put(key, new XYSeries(key, false, true));
        for (Dot d : dots) series.get(d.legendKey()).add(d.feasibility(), d.impact());
        var dataset = new XYSeriesCollection();
        series.values().forEach(dataset::addSeries);
        return dataset;
    }

    private static XYLineAndShapeRenderer renderer(List<Dot> dots, ChartStyle style) {
        var renderer = new XYLineAndShapeRenderer(false, true);
        double r = style.dotRadius();
        var circle = new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
        List<String> keys = legendKeys(dots);
        for (int i = 0; i < keys.size(); i++) {
            renderer.setSeriesShape(i, circle);
            renderer.setSeriesPaint(i, ChartStyle.colour(keys.get(i)));
            renderer.setSeriesOutlinePaint(i, Color.WHITE);
            renderer.setSeriesOutlineStroke(i, style.thresholdStroke());
        }
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        return renderer;
    }

    private static LegendItemCollection legend(List<Dot> dots, ChartStyle style) {
        var items = new LegendItemCollection();
        double r = style.dotRadius();
        for (String key : legendKeys(dots)) {
            var item = new LegendItem(
                    key, null, null, null, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r), ChartStyle.colour(key));
            item.setLabelFont(style.legendFont());
            items.add(item);
        }
        return items;
    }

    private static NumberAxis axis(String title, ChartStyle style) {
        var axis = new NumberAxis(title + " (1–5)");
        axis.setRange(AXIS_MIN, AXIS_MAX);
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setLabelFont(style.axisTitleFont());
        axis.setTickLabelFont(style.tickFont());
        axis.setLabelPaint(ChartStyle.TEXT);
        axis.setTickLabelPaint(ChartStyle.TEXT);
        return axis;
    }

    /** Where a score sits in Java2D space, given the data area of the drawn chart. */
    static Point2D toJava2D(JFreeChart chart, Rectangle2D dataArea, Dot dot) {
        XYPlot plot = chart.getXYPlot();
        double x = plot.getDomainAxis().valueToJava2D(dot.feasibility(), dataArea, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().valueToJava2D(dot.impact(), dataArea, plot.getRangeAxisEdge());
        return new Point2D.Double(x, y);
    }
}
