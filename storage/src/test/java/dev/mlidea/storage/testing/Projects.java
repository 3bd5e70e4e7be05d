package dev.mlidea.storage.testing;

import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.IntakeState;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.storage.Delivery;
import dev.mlidea.storage.ProjectRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Test-data builder for {@link ProjectRecord}: a plausible project, changed only where a test cares. */
public final class Projects {
    public static final String TEAM = "T0ACME";
    public static final String CHANNEL = "C0PLANNING";
    public static final String PROPOSER = "U0ALICE";
    /** Whole seconds: PostgreSQL keeps microseconds, so round trips compare equal. */
    public static final Instant CREATED = Instant.parse("2024-05-06T09:00:00Z");

    private Projects() {}

    /** A titled project in progress on its first question, its card not posted yet. */
    public static Builder aProject() {
        return new Builder();
    }

    public static final class Builder {
        private UUID id = UUID.randomUUID();
        private String teamId = TEAM;
        private String channelId = CHANNEL;
        private String proposerId = PROPOSER;
        private List<String> owners = List.of(PROPOSER);
        private String title = "Predict churn from support tickets";
        private boolean titled = true;
        private IntakeStatus status = IntakeStatus.IN_PROGRESS;
        private IntakeMode mode = IntakeMode.FULL;
        private Answers answers = Answers.none();
        private Optional<String> currentKey = Optional.of("problem");
        private Set<String> draft = Set.of();
        private Delivery delivery = Delivery.PENDING;
        private Optional<String> cardTs = Optional.empty();
        private Optional<String> responseUrl = Optional.empty();
        private Instant createdAt = CREATED;
        private Instant lastActivityAt = CREATED;

        private Builder() {}

        public Builder id(UUID id) {
            this.id = id;
            return this;
        }

        public Builder inTeam(String teamId) {
            this.teamId = teamId;
            return this;
        }

        public Builder inChannel(String channelId) {
            this.channelId = channelId;
            return this;
        }

        public Builder proposedBy(String proposerId) {
            this.proposerId = proposerId;
            this.owners = List.of(proposerId);
            return this;
        }

        public Builder ownedBy(String... owners) {
            this.owners = List.of(owners);
            return this;
        }

        public Builder titled(String title) {
            this.title = title;
            this.titled = true;
            return this;
        }

        public Builder untitled(String placeholder) {
            this.title = placeholder;
            this.titled = false;
            return this;
        }

        public Builder answered(String key, Answer answer) {
            this.answers = answers.with(key, answer);
            return this;
        }

        /** In progress, asking {@code key}. */
        public Builder asking(String key) {
            this.status = IntakeStatus.IN_PROGRESS;
            this.currentKey = Optional.of(key);
            return this;
        }

        public Builder completed() {
            this.status = IntakeStatus.COMPLETED;
            this.currentKey = Optional.empty();
            return this;
        }

        public Builder cancelled() {
            this.status = IntakeStatus.CANCELLED;
            this.currentKey = Optional.empty();
            return this;
        }

        /** Any status and current key, even ones the schema forbids. */
        public Builder intake(IntakeStatus status, Optional<String> currentKey) {
            this.status = status;
            this.currentKey = currentKey;
            return this;
        }

        public Builder ticked(String... draft) {
            this.draft = Set.of(draft);
            return this;
        }

        public Builder delivery(Delivery delivery) {
            this.delivery = delivery;
            return this;
        }

        public Builder posted(String cardTs) {
            this.delivery = Delivery.POSTED;
            this.cardTs = Optional.of(cardTs);
            return this;
        }

        public Builder awaitingInvite() {
            this.delivery = Delivery.AWAITING_INVITE;
            return this;
        }

        public Builder responseUrl(String responseUrl) {
            this.responseUrl = Optional.of(responseUrl);
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            this.lastActivityAt = createdAt;
            return this;
        }

        public Builder mode(IntakeMode mode) {
            this.mode = mode;
            return this;
        }

        public Builder lastActivityAt(Instant lastActivityAt) {
            this.lastActivityAt = lastActivityAt;
            return this;
        }

        public ProjectRecord build() {
            return new ProjectRecord(
                    id,
                    teamId,
                    channelId,
                    proposerId,
                    owners,
                    title,
                    titled,
                    new IntakeState(status, mode, answers, currentKey, draft),
                    delivery,
                    cardTs,
                    responseUrl,
                    createdAt,
                    lastActivityAt,
                    Optional.empty());
        }
    }
}
