package dev.mlidea.conversations.portfolio;

import dev.mlidea.conversations.assessment.Archetype;
import dev.mlidea.conversations.assessment.Quadrant;
import dev.mlidea.conversations.portfolio.PortfolioProject.Placement;
import dev.mlidea.conversations.rituals.CheckIn;
import dev.mlidea.conversations.rituals.ChecklistStep;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageMove;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A project under construction for tests: a public, assessed project in planning unless told. */
final class Draft {
    UUID id = UUID.randomUUID();
    String title = "Churn prediction";
    String channelId = "C0PUBLIC01";
    boolean privateChannel;
    Instant createdAt = Instant.parse("2026-01-01T10:00:00Z");
    boolean intakeComplete = true;
    Optional<Placement> placement = Optional.of(new Placement(4, 4, Quadrant.DO_IT_NOW, Archetype.SOFTWARE_2_0));
    Stage stage = Stage.PLANNING;
    Instant stageSince = createdAt;
    int iteration = 1;
    List<StageMove> moves = new ArrayList<>();
    boolean stalled;
    boolean criteriaOverdue;
    Optional<String> killedReason = Optional.empty();
    List<CheckIn> checkIns = new ArrayList<>();
    Optional<ChecklistStep> nextStep = Optional.of(ChecklistStep.LABEL_BENCHMARK);

    Draft id(UUID id) {
        this.id = id;
        return this;
    }

    Draft title(String title) {
        this.title = title;
        return this;
    }

    Draft channel(String channelId, boolean privateChannel) {
        this.channelId = channelId;
        this.privateChannel = privateChannel;
        return this;
    }

    Draft createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    Draft intakeComplete(boolean intakeComplete) {
        this.intakeComplete = intakeComplete;
        return this;
    }

    Draft placement(Optional<Placement> placement) {
        this.placement = placement;
        return this;
    }

    Draft placed(double impact, double feasibility, Archetype archetype) {
        return placement(Optional.of(new Placement(impact, feasibility, Quadrant.of(impact, feasibility), archetype)));
    }

    /** Appends a move and follows it: stage, since and iteration become the move's. */
    Draft move(Stage to, Instant at, int iteration) {
        moves.add(new StageMove(stage, to, at, "U0OWNER001", iteration));
        this.stage = to;
        this.stageSince = at;
        this.iteration = iteration;
        return this;
    }

    Draft stage(Stage stage) {
        this.stage = stage;
        return this;
    }

    Draft stalled(boolean stalled) {
        this.stalled = stalled;
        return this;
    }

    Draft overdue(boolean criteriaOverdue) {
        this.criteriaOverdue = criteriaOverdue;
        return this;
    }

    Draft killedReason(String reason) {
        this.killedReason = Optional.of(reason);
        return this;
    }

    Draft checkIn(CheckIn checkIn) {
        checkIns.add(checkIn);
        return this;
    }

    PortfolioProject build() {
        return new PortfolioProject(
                id,
                id.toString().substring(0, 6),
                title,
                channelId,
                privateChannel,
                createdAt,
                intakeComplete,
                placement,
                stage,
                stageSince,
                iteration,
                moves,
                stalled,
                criteriaOverdue,
                killedReason,
                checkIns,
                nextStep,
                List.of("U0OWNER001"));
    }
}
