package dev.mlidea.storage.testing;

import dev.mlidea.conversations.rituals.Cadence;
import dev.mlidea.conversations.rituals.SignOffs;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.RitualRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Test data for {@link RitualRecord}: rituals just started, and rituals with every field set. */
public final class RitualRecords {
    /** Whole seconds: PostgreSQL keeps microseconds, so round trips compare equal. */
    public static final Instant STARTED = Instant.parse("2024-05-06T09:30:00Z");

    private RitualRecords() {}

    /** Started at {@link #STARTED}: planning, two stakeholders, nobody agreed, owner zone unknown. */
    public static RitualRecord startedFor(ProjectRecord project) {
        return RitualRecord.started(
                project.teamId(),
                project.id(),
                STARTED,
                new SignOffs("Churn flagged a week earlier for 80% of leavers", List.of("U0BOB", "U0CAROL"), Set.of()),
                Cadence.DEFAULT,
                Optional.empty());
    }

    /** Every optional field present, every collection non-empty, unicode where text is free. */
    public static RitualRecord everyFieldFor(ProjectRecord project) {
        return new RitualRecord(
                project.teamId(),
                project.id(),
                Stage.TRAINING,
                Instant.parse("2024-06-01T08:00:00Z"),
                3,
                Instant.parse("2024-06-02T08:00:00Z"),
                Optional.of(Instant.parse("2024-06-09T09:00:00Z")),
                2,
                Optional.of(Instant.parse("2024-06-20T00:00:00Z")),
                Optional.of(Instant.parse("2024-06-30T09:00:00Z")),
                Set.of("literature_review", "label_benchmark", "some_future_step"),
                "Rappel ≥ 80 % — 顧客離脱 🚀\nsecond line",
                Optional.of(Instant.parse("2024-05-20T12:00:00.123456Z")),
                List.of("U0CAROL", "U0BOB", "U0DAVE"),
                Set.of("U0BOB", "U0DAVE"),
                Instant.parse("2024-05-20T12:00:00Z"),
                Cadence.EIGHT_WEEKS,
                Optional.of(Instant.parse("2024-07-15T09:00:00Z")),
                Optional.of(Instant.parse("2024-07-18T09:00:00Z")),
                Optional.of(Instant.parse("2024-07-21T09:00:00Z")),
                Optional.of(ZoneId.of("America/Argentina/Buenos_Aires")));
    }
}
