package dev.mlidea.bot.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.List;

/** The rule every label layout keeps: boxes inside the bounds, and no two of them overlapping. */
final class Boxes {
    private Boxes() {}

    static void assertInsideAndDisjoint(List<Rectangle2D> boxes, Rectangle2D bounds) {
        for (Rectangle2D box : boxes) {
            assertThat(bounds.contains(box)).as("%s inside %s", box, bounds).isTrue();
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j)))
                        .as("%s and %s overlap", boxes.get(i), boxes.get(j))
                        .isFalse();
            }
        }
    }
}
