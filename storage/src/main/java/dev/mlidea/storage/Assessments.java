package dev.mlidea.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every assessment version of a project: a re-assessment is a new version, none is ever changed. */
public final class Assessments {
    private final AssessmentDao dao;
    private final Instant now;

    Assessments(AssessmentDao dao, Instant now) {
        this.dao = dao;
        this.now = now;
    }

    /**
     * Stores the next version of a project's assessment, with a snapshot of its answers as inputs.
     * Call with the project locked. Returns the version number (1 for the first).
     */
    public int insert(String teamId, UUID projectId, NewAssessment a) {
        return dao.insert(
                teamId,
                projectId,
                a.modelVersion(),
                a.trigger(),
                a.suggestedArchetype(),
                a.suggestionConfident(),
                a.confirmedArchetype().orElse(null),
                a.archetype(),
                Columns.oneDecimal(a.impact()),
                Columns.oneDecimal(a.feasibility()),
                a.quadrant(),
                a.redFlags().toArray(String[]::new),
                a.nextSteps().toArray(String[]::new),
                a.dontBuild(),
                a.createdBy(),
                now);
    }

    public Optional<StoredAssessment> latest(String teamId, UUID projectId) {
        return dao.latest(teamId, projectId);
    }

    /** Every version, oldest first. */
    public List<StoredAssessment> all(String teamId, UUID projectId) {
        return dao.all(teamId, projectId);
    }

    /** The proposer said the latest assessment looks right: confirms its archetype too. */
    public void acknowledge(String teamId, UUID projectId, int version, String userId) {
        dao.acknowledge(teamId, projectId, version, userId, now);
    }
}
