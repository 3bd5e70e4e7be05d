package dev.mlidea.bot.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the points and label widths, what gets placed keeps the rules; the rest is left to markers. */
class LabelPlacementProperties {
    record Labelled(double feasibility, double impact, double width) {}

    @Property(tries = 200)
    void thirty_random_labels_stay_inside_apart_and_off_every_dot(@ForAll("thirtyLabels") List<Labelled> labels) {
        List<Point2D> dots = labels.stream()
                .map(l -> LabelPlacementTest.java2D(l.feasibility(), l.impact()))
                .toList();
        var placement = LabelPlacementTest.placement(dots);
        var placed = new ArrayList<LabelPlacement.Placed>();
        for (int i : placement.crowdedFirst()) {
            placement
                    .place(i, labels.get(i).width(), LabelPlacementTest.LABEL_HEIGHT)
                    .ifPresent(placed::add);
        }

        var boxes = placed.stream().map(LabelPlacement.Placed::box).toList();
        LabelPlacementTest.assertKeepsTheRules(boxes, dots);
        List<Line2D> leaders = placed.stream()
                .map(LabelPlacement.Placed::leader)
                .flatMap(Optional::stream)
                .toList();
        for (Line2D leader : leaders) {
            // A leader ends on the edge of its own box; it runs through no other.
            long crossed = boxes.stream().filter(b -> b.intersectsLine(leader)).count();
            assertThat(crossed).isLessThanOrEqualTo(1);
        }
    }

    @Property(tries = 50)
    void thirty_labels_in_one_clump_stay_inside_and_apart(@ForAll("clumpedLabels") List<Labelled> labels) {
        List<Point2D> dots = labels.stream()
                .map(l -> LabelPlacementTest.java2D(l.feasibility(), l.impact()))
                .toList();
        var placed = LabelPlacementTest.placeAll(LabelPlacementTest.placement(dots), dots, 180);

        LabelPlacementTest.assertKeepsTheRules(LabelPlacementTest.boxes(placed), dots);
        // A clump of thirty still gets labels for close to a third of its dots; the others become numbered markers.
        assertThat(placed.stream().filter(Optional::isPresent).count()).isGreaterThanOrEqualTo(9);
    }

    @Provide
    Arbitrary<List<Labelled>> thirtyLabels() {
        var score = Arbitraries.doubles().between(1, 5);
        var width = Arbitraries.doubles().between(20, 260);
        return Combinators.combine(score, score, width).as(Labelled::new).list().ofSize(30);
    }

    @Provide
    Arbitrary<List<Labelled>> clumpedLabels() {
        var near = Arbitraries.doubles().between(3.8, 4.2);
        return Combinators.combine(near, near, Arbitraries.just(180.0))
                .as(Labelled::new)
                .list()
                .ofSize(30);
    }
}
