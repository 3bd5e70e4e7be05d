package dev.mlidea.bot.portfolio;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each dot's label goes, as pure geometry in Java2D space (y grows downwards), so the rule can be
 * tested without pixels. Labels are placed one after the other, greedily: for rings of growing distance
 * around the dot, eight directions each (right first, where a reader looks), the first box that stays
 * inside the bounds and touches no placed label, no leader line, no dot and no obstacle wins. A box
 * beyond the first ring gets a leader line from its dot; its line crosses no label and no other dot.
 * When no candidate fits the answer is empty, and the caller falls back to a numbered marker.
 */
final class LabelPlacement {
    /** Unit directions in the order tried: east, north-east, south-east, west, north-west, south-west, north, south. */
    private static final double[][] DIRECTIONS = {{1, 0}, {1, -1}, {1, 1}, {-1, 0}, {-1, -1}, {-1, 1}, {0, -1}, {0, 1}};

    private static final double DIAGONAL = Math.sqrt(0.5);
    /** Room kept between boxes, and between a dot and its label, so leader lines can pass. */
    static final double GAP = 2;
    /** How many boxes a column of callouts stacks above and below the box beside the dot. */
    private static final int STACKED = 6;

    private final Rectangle2D bounds;
    private final List<Point2D> dots;
    private final double dotRadius;
    private final double ringStep;
    private final int rings;
    private final List<Rectangle2D> taken = new ArrayList<>();
    private final List<Line2D> leaders = new ArrayList<>();

    /**
     * @param bounds where labels must stay (the plot's data area)
     * @param dots every dot, placed or not, since no label may cover one
     * @param dotRadius how far a dot reaches from its centre; the first ring sits just outside it
     * @param ringStep how much farther each further ring is
     * @param rings how many rings to try before giving up on a label
     */
    LabelPlacement(Rectangle2D bounds, List<Point2D> dots, double dotRadius, double ringStep, int rings) {
        if (ringStep <= 0 || rings < 1) throw new IllegalArgumentException("ringStep > 0 and rings >= 1");
        this.bounds = bounds;
        this.dots = List.copyOf(dots);
        this.dotRadius = dotRadius;
        this.ringStep = ringStep;
        this.rings = rings;
    }

    /**
     * The order to place labels in: the most crowded dots first (by the sum of inverse distances to the
     * others), while there is still room around them; a dot at the edge of a cluster has room left to
     * the outside. Ties keep the given order, so the layout is the same for the same input.
     */
    List<Integer> crowdedFirst() {
        double[] crowding = new double[dots.size()];
        for (int i = 0; i < dots.size(); i++) {
            for (int j = i + 1; j < dots.size(); j++) {
                double near = 1 / Math.max(1, dots.get(i).distance(dots.get(j)));
                crowding[i] += near;
                crowding[j] += near;
            }
        }
        var order = new ArrayList<Integer>(dots.size());
        for (int i = 0; i < dots.size(); i++) order.add(i);
        order.sort((a, b) -> Double.compare(crowding[b], crowding[a]));
        return order;
    }

    /** A label box and, when the box is away from its dot, the leader line to draw. */
    record Placed(Rectangle2D box, Optional<Line2D> leader) {}

    /** Something labels must not cover, such as the name of a quadrant. */
    void avoid(Rectangle2D obstacle) {
        taken.add(obstacle);
    }

    /** The box for a label of this size next to dot {@code dot}, or empty when none fits. */
    Optional<Placed> place(int dot, double width, double height) {
        Point2D centre = dots.get(dot);
        for (int ring = 0; ring < rings; ring++) {
            double distance = dotRadius + GAP + ring * ringStep;
            for (Rectangle2D box : candidates(centre, distance, width, height)) {
                if (!fits(box, dot)) continue;
                boolean adjacent = ring == 0 && box.intersects(reach(centre));
                Optional<Line2D> leader = adjacent ? Optional.empty() : Optional.of(leader(centre, box));
                if (leader.isPresent() && crossesAnything(leader.get(), dot)) continue;
                taken.add(box);
                leader.ifPresent(leaders::add);
                return Optional.of(new Placed(box, leader));
            }
        }
        return Optional.empty();
    }

    /**
     * The eight directions at this distance, then boxes stacked above and below the east and west ones:
     * a column of callouts, whose leaders fan out from the dot to the column's inner edge without
     * crossing each other's boxes. Without the columns, a box beside a dot would shadow every box
     * behind it, and a cluster could hold only about eight labels.
     */
    private List<Rectangle2D> candidates(Point2D centre, double distance, double width, double height) {
        var boxes = new ArrayList<Rectangle2D>(DIRECTIONS.length + 4 * STACKED);
        for (double[] d : DIRECTIONS) boxes.add(candidate(centre, d, distance, width, height));
        double step = height + GAP;
        for (int j = 1; j <= STACKED; j++) {
            for (int side : new int[] {1, -1}) {
                for (int up : new int[] {-1, 1}) {
                    Rectangle2D beside = candidate(centre, DIRECTIONS[side == 1 ? 0 : 3], distance, width, height);
                    boxes.add(new Rectangle2D.Double(beside.getX(), beside.getY() + up * j * step, width, height));
                }
            }
        }
        return boxes;
    }

    /** A box touching this grown dot sits right beside it, where no leader is needed. */
    private Rectangle2D reach(Point2D centre) {
        double r = dotRadius + GAP + 0.5;
        return new Rectangle2D.Double(centre.getX() - r, centre.getY() - r, 2 * r, 2 * r);
    }

    /** A box whose nearest side (or corner, diagonally) is {@code distance} from the centre, in direction d. */
    private static Rectangle2D candidate(Point2D centre, double[] d, double distance, double width, double height) {
        double scale = d[0] != 0 && d[1] != 0 ? DIAGONAL : 1;
        double ax = centre.getX() + d[0] * distance * scale;
        double ay = centre.getY() + d[1] * distance * scale;
        double x = ax - width * (1 - d[0]) / 2;
        double y = ay - height * (1 - d[1]) / 2;
        return new Rectangle2D.Double(x, y, width, height);
    }

    private boolean fits(Rectangle2D box, int own) {
        if (!bounds.contains(box)) return false;
        var apart = new Rectangle2D.Double(
                box.getX() - GAP / 2, box.getY() - GAP / 2, box.getWidth() + GAP, box.getHeight() + GAP);
        for (Rectangle2D other : taken) if (other.intersects(apart)) return false;
        for (Line2D leader : leaders) if (box.intersectsLine(leader)) return false;
        for (int i = 0; i < dots.size(); i++) {
            if (i != own && box.intersects(dotBox(dots.get(i)))) return false;
        }
        // The own dot too: only boxes on the first ring touch it, and they stop at its edge.
        return !box.intersects(dotBox(dots.get(own)));
    }

    private boolean crossesAnything(Line2D leader, int own) {
        for (Rectangle2D other : taken) if (other.intersectsLine(leader)) return true;
        Point2D ownCentre = dots.get(own);
        for (Point2D other : dots) {
            // A dot on top of the own dot is hidden under it anyway.
            if (other.distance(ownCentre) > 2 * dotRadius && dotBox(other).intersectsLine(leader)) return true;
        }
        return false;
    }

    Rectangle2D dotBox(Point2D centre) {
        return new Rectangle2D.Double(
                centre.getX() - dotRadius, centre.getY() - dotRadius, 2 * dotRadius, 2 * dotRadius);
    }

    /** From the dot's edge to the nearest point of the box. */
    private Line2D leader(Point2D centre, Rectangle2D box) {
        double nx = Math.max(box.getMinX(), Math.min(centre.getX(), box.getMaxX()));
        double ny = Math.max(box.getMinY(), Math.min(centre.getY(), box.getMaxY()));
        double dx = nx - centre.getX();
        double dy = ny - centre.getY();
        double length = Math.hypot(dx, dy);
        double start = Math.min(dotRadius, length);
        return new Line2D.Double(centre.getX() + dx / length * start, centre.getY() + dy / length * start, nx, ny);
    }
}
