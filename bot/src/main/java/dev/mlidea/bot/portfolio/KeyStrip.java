package dev.mlidea.bot.portfolio;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.List;

/**
 * The key below the chart for labels that found no room: "3 Churn model" per marker, in as many
 * columns as the widest entry allows. It takes at most a quarter of the picture; entries beyond that
 * are summed up in a last "+N more" entry, which only a picture with hundreds of projects needs.
 */
final class KeyStrip {
    private KeyStrip() {}

    record Entry(int number, String text, Color colour) {}

    private record Grid(int columns, int rows, double columnWidth, double rowHeight, int shown) {}

    /** The height the key needs for these entries, 0 when there are none. */
    static double height(List<Entry> entries, FontMetrics metrics, int width, int pictureHeight, ChartStyle style) {
        if (entries.isEmpty()) return 0;
        Grid grid = grid(entries, metrics, width, pictureHeight, style);
        return grid.rows() * grid.rowHeight() + 2 * style.px(8);
    }

    /** The most the key ever takes: a quarter of the picture. */
    static double maxHeight(FontMetrics metrics, int pictureHeight, ChartStyle style) {
        return maxRows(metrics, pictureHeight) * metrics.getHeight() + 2 * style.px(8);
    }

    static void draw(
            Graphics2D g,
            List<Entry> entries,
            FontMetrics metrics,
            int width,
            int pictureHeight,
            double top,
            ChartStyle style) {
        if (entries.isEmpty()) return;
        Grid grid = grid(entries, metrics, width, pictureHeight, style);
        double margin = style.px(24);
        double r = metrics.getAscent() * 0.45;
        g.setFont(metrics.getFont());
        for (int k = 0; k < grid.shown(); k++) {
            boolean last = k == grid.shown() - 1 && grid.shown() < entries.size();
            double x = margin + (k / grid.rows()) * grid.columnWidth();
            double y = top + style.px(8) + (k % grid.rows()) * grid.rowHeight();
            float baseline = (float) (y + metrics.getAscent());
            if (last) {
                g.setPaint(ChartStyle.TEXT);
                g.drawString("+" + (entries.size() - k) + " more", (float) x, baseline);
                continue;
            }
            Entry e = entries.get(k);
            g.setPaint(e.colour());
            g.fill(new Ellipse2D.Double(x, baseline - metrics.getAscent() * 0.5 - r, 2 * r, 2 * r));
            g.setPaint(ChartStyle.TEXT);
            g.drawString(e.number() + "  " + e.text(), (float) (x + 2 * r + style.px(6)), baseline);
        }
    }

    private static int maxRows(FontMetrics metrics, int pictureHeight) {
        return (int) Math.max(1, Math.floor(pictureHeight * 0.25 / metrics.getHeight()));
    }

    private static Grid grid(List<Entry> entries, FontMetrics metrics, int width, int pictureHeight, ChartStyle style) {
        double usable = Math.max(1, width - 2 * style.px(24));
        double widest = entries.stream()
                .mapToDouble(e -> metrics.stringWidth(e.number() + "  " + e.text()))
                .max()
                .orElse(0);
        double columnWidth = widest + metrics.getAscent() + style.px(28);
        int columns = (int) Math.max(1, Math.min(entries.size(), Math.floor(usable / columnWidth)));
        double rowHeight = metrics.getHeight();
        int rows = Math.min(maxRows(metrics, pictureHeight), (entries.size() + columns - 1) / columns);
        int shown = Math.min(entries.size(), rows * columns);
        return new Grid(columns, rows, usable / columns, rowHeight, shown);
    }
}
