package dev.mlidea.storage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One validation of a project's success criteria, as stored: who, when, what came of it, the wording
 * before and (when it changed or was proposed) after, a metric check-in given with it, and who of the
 * stakeholders had agreed right after it.
 *
 * @param oldCriteria the criteria as they were when validated
 * @param newCriteria the wording set ({@link Outcome#UPDATED}) or proposed ({@link Outcome#SUGGESTED});
 *     empty when the wording stayed
 * @param metricText the metric as typed ("18% on the benchmark"), shown as it is
 * @param metricNumber the number read from {@code metricText}, if any; never without the text
 * @param agreedBy the stakeholders who had agreed the criteria right after this validation
 */
public record ValidationRecord(
        String teamId,
        UUID projectId,
        String by,
        Instant at,
        Outcome outcome,
        String oldCriteria,
        Optional<String> newCriteria,
        Optional<String> metricText,
        Optional<BigDecimal> metricNumber,
        Optional<String> reason,
        Set<String> agreedBy) {

    /** What came of a validation. Ids are stable: storage depends on them. */
    public enum Outcome {
        STILL_VALID("still_valid"),
        UPDATED("updated"),
        KILLED("killed"),
        AGREED("agreed"),
        SUGGESTED("suggested");

        private final String id;

        Outcome(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        static Outcome byId(String id) {
            for (Outcome o : values()) {
                if (o.id.equals(id)) return o;
            }
            throw new IllegalArgumentException("unknown validation outcome: " + id);
        }
    }

    public ValidationRecord {
        Objects.requireNonNull(teamId);
        Objects.requireNonNull(projectId);
        Objects.requireNonNull(by);
        Objects.requireNonNull(at);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(oldCriteria);
        Objects.requireNonNull(newCriteria);
        Objects.requireNonNull(metricText);
        Objects.requireNonNull(metricNumber);
        Objects.requireNonNull(reason);
        if (metricNumber.isPresent() && metricText.isEmpty()) {
            throw new IllegalArgumentException("a metric number needs the text it was read from");
        }
        agreedBy = Set.copyOf(agreedBy);
    }
}
