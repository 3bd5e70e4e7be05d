package dev.mlidea.conversations.portfolio;

import dev.mlidea.conversations.assessment.Archetype;
import dev.mlidea.conversations.assessment.Quadrant;
import dev.mlidea.conversations.rituals.CheckIn;
import dev.mlidea.conversations.rituals.ChecklistStep;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageMove;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One project as the weekly summary sees it, whatever stores it. Titles, kill reasons and check-in
 * texts are as typed: whoever shows them escapes them.
 *
 * @param privateChannel true for a private channel or a direct message: such a project is named only in
 *     its own channel
 * @param placement where the latest assessment put it; empty before the first assessment
 * @param moves every stage move, oldest first
 * @param stalled nudged three times without progress, as the nudges decided
 * @param criteriaOverdue the success-criteria re-check is overdue, as the re-check decided
 * @param killedReason why it was killed, when it is killed and someone said why
 * @param owners Slack user ids
 */
public record PortfolioProject(
        UUID id,
        String shortId,
        String title,
        String channelId,
        boolean privateChannel,
        Instant createdAt,
        boolean intakeComplete,
        Optional<Placement> placement,
        Stage stage,
        Instant stageSince,
        int iteration,
        List<StageMove> moves,
        boolean stalled,
        boolean criteriaOverdue,
        Optional<String> killedReason,
        List<CheckIn> checkIns,
        Optional<ChecklistStep> nextStep,
        List<String> owners) {

    /** The latest assessment's scores (1–5) and what they made of the project. */
    public record Placement(double impact, double feasibility, Quadrant quadrant, Archetype archetype) {
        public Placement {
            Objects.requireNonNull(quadrant);
            Objects.requireNonNull(archetype);
        }
    }

    public PortfolioProject {
        Objects.requireNonNull(id);
        Objects.requireNonNull(shortId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(channelId);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(placement);
        Objects.requireNonNull(stage);
        Objects.requireNonNull(stageSince);
        Objects.requireNonNull(killedReason);
        Objects.requireNonNull(nextStep);
        if (iteration < 1) throw new IllegalArgumentException("iterations count from 1: " + iteration);
        moves = List.copyOf(moves);
        checkIns = List.copyOf(checkIns);
        owners = List.copyOf(owners);
    }

    /** Whether a summary posted in {@code channelId} may name this project. */
    public boolean nameableIn(Optional<String> postedIn) {
        return !privateChannel || postedIn.filter(channelId::equals).isPresent();
    }
}
