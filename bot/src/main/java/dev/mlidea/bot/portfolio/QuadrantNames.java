package dev.mlidea.bot.portfolio;

import dev.mlidea.conversations.assessment.Quadrant;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The quadrant names in the corners of the plot. The same boxes are drawn (under the dots, as a
 * background annotation) and handed to the label placement as obstacles, so no label covers a name.
 */
final class QuadrantNames {
    private QuadrantNames() {}

    record Name(Quadrant quadrant, String text, Rectangle2D box, float baseline) {}

    static List<Name> layout(Rectangle2D dataArea, FontMetrics metrics, ChartStyle style) {
        double pad = style.px(10);
        double height = metrics.getAscent() + metrics.getDescent();
        var names = new ArrayList<Name>();
        for (Quadrant q : Quadrant.values()) {
            String text = q.label();
            double width = metrics.stringWidth(text);
            boolean right = q == Quadrant.DO_IT_NOW || q == Quadrant.CHEAP_WIN;
            boolean top = q == Quadrant.DO_IT_NOW || q == Quadrant.BIG_BET;
            double x = right ? dataArea.getMaxX() - pad - width : dataArea.getMinX() + pad;
            double y = top ? dataArea.getMinY() + pad : dataArea.getMaxY() - pad - height;
            var box = new Rectangle2D.Double(x, y, width, height);
            names.add(new Name(q, text, box, (float) (y + metrics.getAscent())));
        }
        return names;
    }

    /** Draws the names behind the data; JFreeChart hands it the data area of the current drawing. */
    static final class Annotation extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        private final transient ChartStyle style;

        Annotation(ChartStyle style) {
            this.style = style;
        }

        @Override
        public void draw(
                Graphics2D g2,
                XYPlot plot,
                Rectangle2D dataArea,
                ValueAxis domainAxis,
                ValueAxis rangeAxis,
                int rendererIndex,
                PlotRenderingInfo info) {
            g2.setFont(style.quadrantFont());
            for (Name name : layout(dataArea, g2.getFontMetrics(), style)) {
                g2.setPaint(ChartStyle.nameColour(name.quadrant()));
                g2.drawString(name.text(), (float) name.box().getX(), name.baseline());
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Annotation a && a.style.equals(style);
        }

        @Override
        public int hashCode() {
            return style.hashCode();
        }
    }
}
