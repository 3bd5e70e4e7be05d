package dev.mlidea.bot.portfolio;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The labels drawn over the chart: each project's label where {@link LabelPlacement} finds room, else a
 * numbered marker that the key below the chart explains. A marker with no room either sits on its dot.
 */
final class LabelLayer {
    private LabelLayer() {}

    /** What stands for one point: its label or marker text, where, and how it is drawn. */
    record Label(int point, String text, Rectangle2D box, Optional<Line2D> leader, Kind kind) {}

    /** Labels that found no room one after another before the rest are not tried. */
    static final int GIVE_UP_AFTER = 25;

    enum Kind {
        TEXT,
        MARKER,
        /** A marker drawn on its dot: the last resort, the only label allowed to cover a dot. */
        MARKER_ON_DOT
    }

    /**
     * @param labels one per drawn point, in point order
     * @param keyed the points the key explains (markers), in point order
     * @param unplaced points whose full label found no room in this layout
     */
    record Layout(List<Label> labels, List<Integer> keyed, Set<Integer> unplaced) {}

    /** Measurements of the fonts: the caller's Graphics2D knows them, so tests use the real ones. */
    record Fonts(FontMetrics label, FontMetrics marker, double padX, double padY) {
        double width(FontMetrics m, String text) {
            return m.stringWidth(text) + 2 * padX;
        }

        double height(FontMetrics m) {
            return m.getAscent() + m.getDescent() + 2 * padY;
        }
    }

    /**
     * Lays out labels for the points not in {@code keyed} and markers numbered 1, 2, … for those in it.
     * Markers go first: they are small and must stay next to their dots to be found. As a last resort,
     * labels without room become markers too, numbered after the others; else they are left unplaced.
     */
    static Layout layout(
            Rectangle2D plotArea,
            List<Point2D> dots,
            List<String> texts,
            Set<Integer> keyed,
            List<Rectangle2D> obstacles,
            Fonts fonts,
            ChartStyle style,
            boolean lastResort) {
        var bounds = new Rectangle2D.Double(
                plotArea.getX() + 2, plotArea.getY() + 2, plotArea.getWidth() - 4, plotArea.getHeight() - 4);
        double lineHeight = fonts.height(fonts.label());
        int rings = Math.max(4, (int) Math.ceil(Math.min(bounds.width, bounds.height) * 0.3 / (lineHeight * 0.75)));
        var placement = new LabelPlacement(bounds, dots, style.dotRadius(), lineHeight * 0.75, rings);
        obstacles.forEach(placement::avoid);

        var labels = new ArrayList<Optional<Label>>();
        for (int i = 0; i < dots.size(); i++) labels.add(Optional.empty());
        var keyOrder = new ArrayList<>(new TreeSet<>(keyed));
        for (int n = 0; n < keyOrder.size(); n++) {
            labels.set(keyOrder.get(n), Optional.of(marker(placement, keyOrder.get(n), n + 1, dots, fonts)));
        }
        var unplaced = new TreeSet<Integer>();
        int failedInARow = 0;
        for (int point : placement.crowdedFirst()) {
            if (keyed.contains(point)) continue;
            if (failedInARow >= GIVE_UP_AFTER) {
                // The plot is full: each further try would search every ring in vain (most of the time
                // of a picture with hundreds of projects), so the rest go to the key as they would anyway.
                unplaced.add(point);
                continue;
            }
            String text = texts.get(point);
            var placed = placement.place(point, fonts.width(fonts.label(), text), lineHeight);
            if (placed.isPresent()) {
                var p = placed.get();
                labels.set(point, Optional.of(new Label(point, text, p.box(), p.leader(), Kind.TEXT)));
                failedInARow = 0;
            } else {
                unplaced.add(point);
                failedInARow++;
            }
        }
        if (lastResort) {
            for (int i : unplaced) {
                keyOrder.add(i);
                labels.set(i, Optional.of(marker(placement, i, keyOrder.size(), dots, fonts)));
            }
            unplaced.clear();
        }
        return new Layout(labels.stream().flatMap(Optional::stream).toList(), List.copyOf(keyOrder), unplaced);
    }

    private static Label marker(LabelPlacement placement, int point, int number, List<Point2D> dots, Fonts fonts) {
        String text = Integer.toString(number);
        double w = fonts.width(fonts.marker(), text);
        double h = fonts.height(fonts.marker());
        return placement
                .place(point, w, h)
                .map(p -> new Label(point, text, p.box(), p.leader(), Kind.MARKER))
                .orElseGet(() -> onDot(point, text, dots.get(point), w, h));
    }

    private static Label onDot(int point, String number, Point2D dot, double w, double h) {
        var box = new Rectangle2D.Double(dot.getX() - w / 2, dot.getY() - h / 2, w, h);
        return new Label(point, number, box, Optional.empty(), Kind.MARKER_ON_DOT);
    }

    /** Leaders first, then the boxes, so a leader never runs over a label. */
    static void draw(Graphics2D g, Layout layout, List<Color> colours, Fonts fonts, ChartStyle style) {
        g.setStroke(style.leaderStroke());
        g.setPaint(ChartStyle.LEADER);
        for (Label label : layout.labels()) label.leader().ifPresent(g::draw);
        double arc = style.px(6);
        for (Label label : layout.labels()) {
            Rectangle2D b = label.box();
            var shape = new RoundRectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight(), arc, arc);
            Color colour = colours.get(label.point());
            boolean marker = label.kind() != Kind.TEXT;
            FontMetrics m = marker ? fonts.marker() : fonts.label();
            g.setPaint(marker ? colour : ChartStyle.LABEL_BACKGROUND);
            g.fill(shape);
            g.setStroke(style.leaderStroke());
            g.setPaint(marker ? Color.WHITE : colour);
            g.draw(shape);
            g.setFont(m.getFont());
            g.setPaint(marker ? Color.WHITE : ChartStyle.TEXT);
            float baseline = (float) (b.getY() + fonts.padY() + m.getAscent());
            g.drawString(label.text(), (float) (b.getX() + fonts.padX()), baseline);
        }
    }
}
