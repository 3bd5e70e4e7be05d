package dev.mlidea.conversations.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the assessment says to do, read first. A reason not to build wins, then the first closed
 * {@link Gate}, then where impact and feasibility put the project. The id is stable: storage keeps it
 * in the assessments' {@code quadrant} column, where scoring model 1 kept a {@link Quadrant} name.
 */
public sealed interface Verdict {

    /** Stored as the assessment's verdict; a matrix verdict's id is its quadrant's name, as in model 1. */
    String id();

    /** What people read: "Do it now", "Not yet — no success criteria". */
    String label();

    /** The answers say not to build this with ML (yet): see {@link DontBuild}. */
    record DontBuildYet() implements Verdict {
        public static final String ID = "DONT_BUILD";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String label() {
            return "Don't build this with ML (yet)";
        }
    }

    /** A "before you start" check blocks it: "Not yet — no product yet". */
    record NotYet(Gate gate) implements Verdict {
        public static final String ID_PREFIX = "NOT_YET_";

        public NotYet {
            Objects.requireNonNull(gate);
        }

        @Override
        public String id() {
            return ID_PREFIX + gate.name();
        }

        @Override
        public String label() {
            return "Not yet — " + gate.label();
        }
    }

    /** Nothing blocks it: the quadrant of impact × feasibility is the verdict. */
    record OnTheMatrix(Quadrant quadrant) implements Verdict {
        public OnTheMatrix {
            Objects.requireNonNull(quadrant);
        }

        @Override
        public String id() {
            return quadrant.name();
        }

        @Override
        public String label() {
            return quadrant.label();
        }
    }

    /** The verdict of scoring model 2: don't build, else the first gate, else the quadrant. */
    static Verdict of(Optional<String> dontBuild, List<Gate> gates, Quadrant quadrant) {
        if (dontBuild.isPresent()) return new DontBuildYet();
        if (!gates.isEmpty()) return new NotYet(gates.get(0));
        return new OnTheMatrix(quadrant);
    }

    /**
     * A stored assessment's verdict, from any scoring model: model 1 stored a quadrant name, with
     * {@code DONT_YET} and the don't-build flag for "don't build"; model 2 stores {@link #id()}.
     * Empty for an id this build does not know.
     */
    static Optional<Verdict> stored(String id, boolean dontBuild) {
        if (dontBuild || DontBuildYet.ID.equals(id)) return Optional.of(new DontBuildYet());
        if (id.startsWith(NotYet.ID_PREFIX)) {
            var gate = id.substring(NotYet.ID_PREFIX.length());
            return Arrays.stream(Gate.values())
                    .filter(g -> g.name().equals(gate))
                    .findFirst()
                    .map(NotYet::new);
        }
        return Arrays.stream(Quadrant.values())
                .filter(q -> q.name().equals(id))
                .findFirst()
                .map(OnTheMatrix::new);
    }
}
