package dev.mlidea.bot.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelPlacementTest {
    /** About the data area of a 1200 × 900 picture, the scale 0.7 to 5.3 on both axes. */
    static final Rectangle2D PLOT = new Rectangle2D.Double(80, 60, 1080, 680);

    static final double DOT_RADIUS = 7;
    static final double LABEL_HEIGHT = 22;

    static Point2D java2D(double feasibility, double impact) {
        double x = PLOT.getX() + (feasibility - 0.7) / 4.6 * PLOT.getWidth();
        double y = PLOT.getMaxY() - (impact - 0.7) / 4.6 * PLOT.getHeight();
        return new Point2D.Double(x, y);
    }

    static LabelPlacement placement(List<Point2D> dots) {
        return new LabelPlacement(PLOT, dots, DOT_RADIUS, LABEL_HEIGHT * 0.75, 12);
    }

    @Test
    void ten_labels_around_a_tight_cluster_all_fit_without_overlapping() {
        var dots = new ArrayList<Point2D>();
        for (int i = 0; i < 10; i++) {
            double angle = i * 2 * Math.PI / 10;
            dots.add(java2D(4 + 0.2 * Math.cos(angle) * (i % 2 == 0 ? 1 : 0.4), 4 + 0.2 * Math.sin(angle)));
        }

        var placed = placeAll(placement(dots), dots, 230);

        assertThat(placed).allMatch(Optional::isPresent);
        assertKeepsTheRules(boxes(placed), dots);
    }

    @Test
    void ten_labels_for_the_very_same_spot_fit_without_overlapping() {
        List<Point2D> dots = java.util.Collections.nCopies(10, java2D(4, 4));

        var placed = placeAll(placement(dots), dots, 230);

        assertThat(placed).allMatch(Optional::isPresent);
        Boxes.assertInsideAndDisjoint(boxes(placed), PLOT);
        assertThat(placed).filteredOn(p -> p.get().leader().isPresent()).hasSizeGreaterThan(5);
    }

    @Test
    void a_label_goes_right_of_its_dot_when_there_is_room_and_needs_no_leader() {
        var dot = java2D(2, 2);
        var placed = placement(List.of(dot)).place(0, 100, LABEL_HEIGHT).orElseThrow();

        assertThat(placed.box().getMinX()).isGreaterThan(dot.getX() + DOT_RADIUS);
        assertThat(placed.box().getCenterY()).isEqualTo(dot.getY());
        assertThat(placed.leader()).isEmpty();
    }

    @Test
    void a_dot_at_the_right_edge_gets_its_label_on_the_left() {
        var dot = new Point2D.Double(PLOT.getMaxX() - 10, PLOT.getCenterY());
        var placed = placement(List.of(dot)).place(0, 100, LABEL_HEIGHT).orElseThrow();

        assertThat(placed.box().getMaxX()).isLessThan(dot.getX() - DOT_RADIUS);
        assertThat(PLOT.contains(placed.box())).isTrue();
    }

    @Test
    void a_label_wider_than_the_plot_has_no_place() {
        var placement = placement(List.of(java2D(3, 3)));

        assertThat(placement.place(0, PLOT.getWidth() + 1, LABEL_HEIGHT)).isEmpty();
    }

    @Test
    void labels_keep_off_obstacles() {
        var dot = java2D(3, 3);
        var placement = placement(List.of(dot));
        var obstacle = new Rectangle2D.Double(dot.getX() + DOT_RADIUS, dot.getY() - 40, 300, 80);
        placement.avoid(obstacle);

        var placed = placement.place(0, 100, LABEL_HEIGHT).orElseThrow();

        assertThat(placed.box().intersects(obstacle)).isFalse();
        placed.leader().ifPresent(l -> assertThat(obstacle.intersectsLine(l)).isFalse());
    }

    @Test
    void when_the_rings_run_out_the_answer_is_empty() {
        var dots = List.<Point2D>of(java2D(3, 3));
        var placement = new LabelPlacement(PLOT, dots, DOT_RADIUS, LABEL_HEIGHT, 1);
        placement.avoid(PLOT);

        assertThat(placement.place(0, 50, LABEL_HEIGHT)).isEmpty();
    }

    static List<Optional<LabelPlacement.Placed>> placeAll(LabelPlacement placement, List<Point2D> dots, double width) {
        var placed = new ArrayList<Optional<LabelPlacement.Placed>>();
        for (int i = 0; i < dots.size(); i++) placed.add(Optional.empty());
        for (int i : placement.crowdedFirst()) placed.set(i, placement.place(i, width, LABEL_HEIGHT));
        return placed;
    }

    static List<Rectangle2D> boxes(List<Optional<LabelPlacement.Placed>> placed) {
        return placed.stream()
                .flatMap(Optional::stream)
                .map(LabelPlacement.Placed::box)
                .toList();
    }

    /** Inside, disjoint, covering no dot, and no leader running through another label. */
    static void assertKeepsTheRules(List<Rectangle2D> boxes, List<Point2D> dots) {
        Boxes.assertInsideAndDisjoint(boxes, PLOT);
        var anyPlacement = placement(dots);
        for (Rectangle2D box : boxes) {
            for (Point2D dot : dots)
                assertThat(box.intersects(anyPlacement.dotBox(dot))).isFalse();
        }
    }
}
