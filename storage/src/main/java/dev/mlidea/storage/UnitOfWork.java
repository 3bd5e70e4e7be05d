package dev.mlidea.storage;

import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.IntakeState;
import dev.mlidea.conversations.intake.IntakeStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Everything the bot reads and writes, bound to one transaction. Every query names its team: no
 * workspace can read or change another's rows.
 */
public final class UnitOfWork {
    private static final int MAX_INBOX_ATTEMPTS = 3;

    private final Handle handle;
    private final Clock clock;

    UnitOfWork(Handle handle, Clock clock) {
        this.handle = handle;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    // ---- inbox -------------------------------------------------------------------------------

    /** Stores a request; false when one with the same dedup key was stored before (a retry). */
    public boolean enqueue(InboxItem item) {
        // Ids come from a sequence at insert time, not at commit: without this lock two requests of one
        // conversation stored at once could commit out of id order and be handled side by side.
        handle.createQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:team || ':' || :ordering, 0))")
                .bind("team", item.teamId())
                .bind("ordering", item.orderingKey())
                .mapTo(Integer.class)
                .one();
        return handle.createUpdate("""
                        INSERT INTO inbox (team_id, dedup_key, ordering_key, kind, payload, received_at, not_before)
                        VALUES (:team, :dedup, :ordering, :kind, :payload, :now, :now)
                        ON CONFLICT (team_id, dedup_key) DO NOTHING
                        """)
                        .bind("team", item.teamId())
                        .bind("dedup", item.dedupKey())
                        .bind("ordering", item.orderingKey())
                        .bind("kind", item.kind())
                        .bind("payload", item.payload())
                        .bind("now", at(now()))
                        .execute()
                == 1;
    }

    /**
     * Claims the oldest unhandled item whose ordering key has no older unhandled item. The row stays
     * locked until this transaction ends, so another replica skips it; if this process dies the lock
     * goes with its connection and the item is claimed again.
     */
    public Optional<InboxRow> claimNextInbox() {
        return handle.createQuery("""
                        SELECT i.id, i.team_id, i.kind, i.payload, i.attempts, i.received_at
                        FROM inbox i
                        WHERE i.processed_at IS NULL AND i.not_before <= :now
                          AND NOT EXISTS (SELECT 1 FROM inbox e
                                          WHERE e.team_id = i.team_id AND e.ordering_key = i.ordering_key
                                            AND e.processed_at IS NULL AND e.id < i.id)
                        ORDER BY i.id
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED
                        """)
                .bind("now", at(now()))
                .map((rs, ctx) -> new InboxRow(
                        rs.getLong("id"),
                        rs.getString("team_id"),
                        rs.getString("kind"),
                        rs.getString("payload"),
                        rs.getInt("attempts"),
                        instant(rs, "received_at")))
                .findOne();
    }

    public void finishInbox(InboxRow row, String outcome) {
        handle.createUpdate(
                        "UPDATE inbox SET processed_at = :now, outcome = :outcome WHERE team_id = :team AND id = :id")
                .bind("now", at(now()))
                .bind("outcome", outcome)
                .bind("team", row.teamId())
                .bind("id", row.id())
                .execute();
    }

    /**
     * Counts a failed attempt at an item; after {@value #MAX_INBOX_ATTEMPTS} it is set aside as failed
     * so that one poisoned request cannot block its conversation for ever. Returns true when set aside.
     */
    public boolean recordInboxFailure(InboxRow row) {
        return handle.createQuery("""
                        UPDATE inbox
                        SET attempts = attempts + 1,
                            not_before = :now + make_interval(secs => power(attempts + 1, 2)),
                            processed_at = CASE WHEN attempts + 1 >= :max THEN :now ELSE NULL END,
                            outcome = CASE WHEN attempts + 1 >= :max THEN 'failed' ELSE NULL END
                        WHERE team_id = :team AND id = :id
                        RETURNING processed_at IS NOT NULL
                        """)
                .bind("max", MAX_INBOX_ATTEMPTS)
                .bind("now", at(now()))
                .bind("team", row.teamId())
                .bind("id", row.id())
                .mapTo(Boolean.class)
                .one();
    }

    public long inboxCount() {
        return handle.createQuery("SELECT count(*) FROM inbox")
                .mapTo(Long.class)
                .one();
    }

    public long pendingInboxCount() {
        return handle.createQuery("SELECT count(*) FROM inbox WHERE processed_at IS NULL")
                .mapTo(Long.class)
                .one();
    }

    /** Outbox rows still to send, not counting those held until the bot is invited. */
    public long pendingOutboxCount() {
        return handle.createQuery("""
                        SELECT count(*) FROM outbox o LEFT JOIN projects p ON p.id = o.project_id
                        WHERE o.status = 'pending' AND (p.delivery IS NULL OR p.delivery <> 'awaiting_invite')
                        """).mapTo(Long.class).one();
    }

    // ---- projects ----------------------------------------------------------------------------

    public void insertProject(ProjectRecord project) {
        handle.createUpdate("""
                        INSERT INTO projects (id, team_id, channel_id, proposer_id, owners, title, titled,
                                              intake_status, current_key, draft, delivery, card_ts, response_url,
                                              created_at, last_activity_at)
                        VALUES (:id, :team, :channel, :proposer, :owners, :title, :titled,
                                :status, :current, :draft, :delivery, :card, :responseUrl, :created, :activity)
                        """)
                .bind("id", project.id())
                .bind("team", project.teamId())
                .bind("channel", project.channelId())
                .bind("proposer", project.proposerId())
                .bind("owners", project.owners().toArray(String[]::new))
                .bind("title", project.title())
                .bind("titled", project.titled())
                .bind("status", statusColumn(project.intake().status()))
                .bind("current", project.intake().currentKey().orElse(null))
                .bind("draft", project.intake().draft().stream().sorted().toArray(String[]::new))
                .bind("delivery", deliveryColumn(project.delivery()))
                .bind("card", project.cardTs().orElse(null))
                .bind("responseUrl", project.responseUrl().orElse(null))
                .bind("created", at(project.createdAt()))
                .bind("activity", at(project.lastActivityAt()))
                .execute();
        saveAnswers(project, project.proposerId());
    }

    /** The project whose card is the root of this thread, locked for the rest of the transaction. */
    public Optional<ProjectRecord> lockProjectByThread(String teamId, String channelId, String threadTs) {
        return projectByThread(teamId, channelId, threadTs, "FOR UPDATE");
    }

    /** The project whose card is the root of this thread, without locking it. */
    public Optional<ProjectRecord> findProjectByThread(String teamId, String channelId, String threadTs) {
        return projectByThread(teamId, channelId, threadTs, "");
    }

    private Optional<ProjectRecord> projectByThread(String teamId, String channelId, String threadTs, String lock) {
        // lock is one of the two constants above, never user input.
        return handle.createQuery(
                        "SELECT * FROM projects WHERE team_id = :team AND channel_id = :channel AND card_ts = :ts "
                                + lock)
                .bind("team", teamId)
                .bind("channel", channelId)
                .bind("ts", threadTs)
                .map((rs, ctx) -> projectWithoutAnswers(rs))
                .findOne()
                .map(this::withAnswers);
    }

    public Optional<ProjectRecord> lockProject(String teamId, UUID id) {
        return handle.createQuery("SELECT * FROM projects WHERE team_id = :team AND id = :id FOR UPDATE")
                .bind("team", teamId)
                .bind("id", id)
                .map((rs, ctx) -> projectWithoutAnswers(rs))
                .findOne()
                .map(this::withAnswers);
    }

    public Optional<ProjectRecord> findProject(String teamId, UUID id) {
        return handle.createQuery("SELECT * FROM projects WHERE team_id = :team AND id = :id")
                .bind("team", teamId)
                .bind("id", id)
                .map((rs, ctx) -> projectWithoutAnswers(rs))
                .findOne()
                .map(this::withAnswers);
    }

    public List<ProjectRecord> projects(String teamId) {
        return handle
                .createQuery("SELECT * FROM projects WHERE team_id = :team ORDER BY created_at, id")
                .bind("team", teamId)
                .map((rs, ctx) -> projectWithoutAnswers(rs))
                .list()
                .stream()
                .map(this::withAnswers)
                .toList();
    }

    /** Projects in this channel whose messages wait for the bot to be invited, locked. */
    public List<ProjectRecord> lockProjectsAwaitingInvite(String teamId, String channelId) {
        return handle
                .createQuery("""
                        SELECT * FROM projects
                        WHERE team_id = :team AND channel_id = :channel AND delivery = 'awaiting_invite'
                        ORDER BY created_at, id
                        FOR UPDATE
                        """)
                .bind("team", teamId)
                .bind("channel", channelId)
                .map((rs, ctx) -> projectWithoutAnswers(rs))
                .list()
                .stream()
                .map(this::withAnswers)
                .toList();
    }

    /** Saves title, intake position and every answer that changed; {@code actor} is who gave them. */
    public void saveProject(ProjectRecord project, String actor) {
        handle.createUpdate("""
                        UPDATE projects
                        SET title = :title, titled = :titled, intake_status = :status, current_key = :current,
                            draft = :draft, last_activity_at = :now, reminded_at = NULL
                        WHERE team_id = :team AND id = :id
                        """)
                .bind("title", project.title())
                .bind("titled", project.titled())
                .bind("status", statusColumn(project.intake().status()))
                .bind("current", project.intake().currentKey().orElse(null))
                .bind("draft", project.intake().draft().stream().sorted().toArray(String[]::new))
                .bind("now", at(now()))
                .bind("team", project.teamId())
                .bind("id", project.id())
                .execute();
        saveAnswers(project, actor);
    }

    private void saveAnswers(ProjectRecord project, String actor) {
        var batch = handle.prepareBatch("""
                INSERT INTO answers (team_id, project_id, question_key, kind, value, answered_by, answered_at)
                SELECT :team, :project, :key, :kind, :value, :by, :now
                WHERE EXISTS (SELECT 1 FROM projects WHERE id = :project AND team_id = :team)
                ON CONFLICT (project_id, question_key) DO UPDATE
                SET kind = excluded.kind, value = excluded.value,
                    answered_by = excluded.answered_by, answered_at = excluded.answered_at
                WHERE answers.team_id = excluded.team_id
                  AND (answers.kind, answers.value) IS DISTINCT FROM (excluded.kind, excluded.value)
                """);
        for (Map.Entry<String, Answer> entry :
                project.intake().answers().byKey().entrySet()) {
            batch.bind("team", project.teamId())
                    .bind("project", project.id())
                    .bind("key", entry.getKey())
                    .bind("kind", AnswerCodec.kind(entry.getValue()))
                    .bind("value", AnswerCodec.value(entry.getValue()))
                    .bind("by", actor)
                    .bind("now", at(now()))
                    .add();
        }
        if (batch.size() > 0) batch.execute();
    }

    /**
     * Intakes in progress, with their card posted, silent since before {@code silentSince}, oldest
     * first, locked; rows another replica is handling are skipped. {@code remindedOnlyBefore}: skip
     * those already reminded unless silent since before it (then they are due to be abandoned).
     */
    public List<SilentIntake> lockSilentIntakes(Instant silentSince, Instant remindedOnlyBefore, int limit) {
        return handle
                .createQuery("""
                        SELECT * FROM projects
                        WHERE intake_status = 'in_progress' AND delivery = 'posted'
                          AND last_activity_at <= :silentSince
                          AND (reminded_at IS NULL OR last_activity_at <= :abandonBefore)
                        ORDER BY last_activity_at
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED
                        """)
                .bind("silentSince", at(silentSince))
                .bind("abandonBefore", at(remindedOnlyBefore))
                .bind("limit", limit)
                .map((rs, ctx) -> new SilentIntake(projectWithoutAnswers(rs), rs.getTimestamp("reminded_at") != null))
                .list()
                .stream()
                .map(s -> new SilentIntake(withAnswers(s.project()), s.reminded()))
                .toList();
    }

    public void markReminded(String teamId, UUID projectId) {
        handle.createUpdate("UPDATE projects SET reminded_at = :now WHERE team_id = :team AND id = :id")
                .bind("now", at(now()))
                .bind("team", teamId)
                .bind("id", projectId)
                .execute();
    }

    /** Stores an intake state change that no person made (a timeout): activity time stays as it was. */
    public void saveIntakeOnly(ProjectRecord project) {
        handle.createUpdate("""
                        UPDATE projects SET intake_status = :status, current_key = :current, draft = :draft
                        WHERE team_id = :team AND id = :id
                        """)
                .bind("status", statusColumn(project.intake().status()))
                .bind("current", project.intake().currentKey().orElse(null))
                .bind("draft", project.intake().draft().stream().sorted().toArray(String[]::new))
                .bind("team", project.teamId())
                .bind("id", project.id())
                .execute();
    }

    public void cardPosted(String teamId, UUID projectId, String cardTs) {
        handle.createUpdate("""
                        UPDATE projects SET card_ts = :ts, delivery = 'posted' WHERE team_id = :team AND id = :id
                        """)
                .bind("ts", cardTs)
                .bind("team", teamId)
                .bind("id", projectId)
                .execute();
    }

    /** A newer slash command's response_url: the old one may have expired (30 minutes, 5 uses). */
    public void updateResponseUrl(String teamId, UUID projectId, String responseUrl) {
        handle.createUpdate("UPDATE projects SET response_url = :url WHERE team_id = :team AND id = :id")
                .bind("url", responseUrl)
                .bind("team", teamId)
                .bind("id", projectId)
                .execute();
    }

    public void setDelivery(String teamId, UUID projectId, Delivery delivery) {
        handle.createUpdate("UPDATE projects SET delivery = :delivery WHERE team_id = :team AND id = :id")
                .bind("delivery", deliveryColumn(delivery))
                .bind("team", teamId)
                .bind("id", projectId)
                .execute();
    }

    /** Answer rows as stored, with who gave each: for audits and tests. */
    public List<StoredAnswer> storedAnswers(String teamId, UUID projectId) {
        return handle.createQuery("""
                        SELECT question_key, kind, value, answered_by FROM answers
                        WHERE team_id = :team AND project_id = :project ORDER BY question_key
                        """)
                .bind("team", teamId)
                .bind("project", projectId)
                .map((rs, ctx) -> new StoredAnswer(
                        rs.getString("question_key"),
                        AnswerCodec.decode(rs.getString("kind"), rs.getString("value")),
                        rs.getString("answered_by")))
                .list();
    }

    private ProjectRecord withAnswers(ProjectRecord project) {
        var byKey = new LinkedHashMap<String, Answer>();
        handle.createQuery("""
                        SELECT question_key, kind, value FROM answers
                        WHERE team_id = :team AND project_id = :project ORDER BY answered_at, question_key
                        """)
                .bind("team", project.teamId())
                .bind("project", project.id())
                .map((rs, ctx) -> Map.entry(
                        rs.getString("question_key"), AnswerCodec.decode(rs.getString("kind"), rs.getString("value"))))
                .forEach(e -> byKey.put(e.getKey(), e.getValue()));
        var intake = project.intake();
        return project.withIntake(
                new IntakeState(intake.status(), new Answers(byKey), intake.currentKey(), intake.draft()));
    }

    private static ProjectRecord projectWithoutAnswers(ResultSet rs) throws SQLException {
        var intake = new IntakeState(
                IntakeStatus.valueOf(rs.getString("intake_status").toUpperCase(Locale.ROOT)),
                Answers.none(),
                Optional.ofNullable(rs.getString("current_key")),
                Set.copyOf(strings(rs.getArray("draft"))));
        return new ProjectRecord(
                rs.getObject("id", UUID.class),
                rs.getString("team_id"),
                rs.getString("channel_id"),
                rs.getString("proposer_id"),
                strings(rs.getArray("owners")),
                rs.getString("title"),
                rs.getBoolean("titled"),
                intake,
                Delivery.valueOf(rs.getString("delivery").toUpperCase(Locale.ROOT)),
                Optional.ofNullable(rs.getString("card_ts")),
                Optional.ofNullable(rs.getString("response_url")),
                instant(rs, "created_at"),
                instant(rs, "last_activity_at"));
    }

    // ---- assessments -------------------------------------------------------------------------

    /**
     * Stores the next version of a project's assessment, with a snapshot of its answers as inputs.
     * Call with the project locked. Returns the version number (1 for the first).
     */
    public int insertAssessment(String teamId, UUID projectId, NewAssessment a) {
        return handle.createQuery("""
                        INSERT INTO assessments (team_id, project_id, version, model_version, trigger,
                                                 suggested_archetype, suggestion_confident, confirmed_archetype,
                                                 archetype, impact, feasibility, quadrant, red_flags, next_steps,
                                                 dont_build, inputs, created_by, created_at)
                        SELECT :team, :project,
                               COALESCE((SELECT max(version) FROM assessments
                                         WHERE team_id = :team AND project_id = :project), 0) + 1,
                               :model, :trigger, :suggested, :confident, :confirmed, :archetype,
                               :impact, :feasibility, :quadrant, :flags, :steps, :dontBuild,
                               COALESCE((SELECT jsonb_object_agg(question_key, jsonb_build_object('kind', kind, 'value', value))
                                         FROM answers WHERE team_id = :team AND project_id = :project), '{}'::jsonb),
                               :by, :now
                        WHERE EXISTS (SELECT 1 FROM projects WHERE team_id = :team AND id = :project)
                        RETURNING version
                        """)
                .bind("team", teamId)
                .bind("project", projectId)
                .bind("model", a.modelVersion())
                .bind("trigger", a.trigger())
                .bind("suggested", a.suggestedArchetype())
                .bind("confident", a.suggestionConfident())
                .bind("confirmed", a.confirmedArchetype().orElse(null))
                .bind("archetype", a.archetype())
                .bind("impact", oneDecimal(a.impact()))
                .bind("feasibility", oneDecimal(a.feasibility()))
                .bind("quadrant", a.quadrant())
                .bind("flags", a.redFlags().toArray(String[]::new))
                .bind("steps", a.nextSteps().toArray(String[]::new))
                .bind("dontBuild", a.dontBuild())
                .bind("by", a.createdBy())
                .bind("now", at(now()))
                .mapTo(Integer.class)
                .one();
    }

    public Optional<StoredAssessment> latestAssessment(String teamId, UUID projectId) {
        return assessmentsQuery(teamId, projectId, "ORDER BY version DESC LIMIT 1").stream()
                .findFirst();
    }

    /** Every version, oldest first. */
    public List<StoredAssessment> assessments(String teamId, UUID projectId) {
        return assessmentsQuery(teamId, projectId, "ORDER BY version");
    }

    /** The proposer said the latest assessment looks right: confirms its archetype too. */
    public void acknowledgeAssessment(String teamId, UUID projectId, int version, String userId) {
        handle.createUpdate("""
                        UPDATE assessments
                        SET acknowledged_by = :user, acknowledged_at = :now,
                            confirmed_archetype = COALESCE(confirmed_archetype, archetype)
                        WHERE team_id = :team AND project_id = :project AND version = :version
                        """)
                .bind("user", userId)
                .bind("now", at(now()))
                .bind("team", teamId)
                .bind("project", projectId)
                .bind("version", version)
                .execute();
    }

    private List<StoredAssessment> assessmentsQuery(String teamId, UUID projectId, String orderAndLimit) {
        // orderAndLimit is one of two constants above, never user input.
        return handle.createQuery("""
                        SELECT version, model_version, trigger, suggested_archetype, suggestion_confident,
                               confirmed_archetype, archetype, impact, feasibility, quadrant, red_flags,
                               next_steps, dont_build, created_by, created_at, acknowledged_by
                        FROM assessments
                        WHERE team_id = :team AND project_id = :project
                        """ + orderAndLimit)
                .bind("team", teamId)
                .bind("project", projectId)
                .map((rs, ctx) -> new StoredAssessment(
                        rs.getInt("version"),
                        rs.getString("model_version"),
                        rs.getString("trigger"),
                        rs.getString("suggested_archetype"),
                        rs.getBoolean("suggestion_confident"),
                        Optional.ofNullable(rs.getString("confirmed_archetype")),
                        rs.getString("archetype"),
                        rs.getBigDecimal("impact").doubleValue(),
                        rs.getBigDecimal("feasibility").doubleValue(),
                        rs.getString("quadrant"),
                        strings(rs.getArray("red_flags")),
                        strings(rs.getArray("next_steps")),
                        rs.getBoolean("dont_build"),
                        assessmentInputs(teamId, projectId, rs.getInt("version")),
                        rs.getString("created_by"),
                        instant(rs, "created_at"),
                        Optional.ofNullable(rs.getString("acknowledged_by"))))
                .list();
    }

    private Map<String, String> assessmentInputs(String teamId, UUID projectId, int version) {
        var inputs = new LinkedHashMap<String, String>();
        handle.createQuery("""
                        SELECT e.key, e.value ->> 'value' AS value
                        FROM assessments a, jsonb_each(a.inputs) e
                        WHERE a.team_id = :team AND a.project_id = :project AND a.version = :version
                        ORDER BY e.key
                        """)
                .bind("team", teamId)
                .bind("project", projectId)
                .bind("version", version)
                .map((rs, ctx) -> Map.entry(rs.getString("key"), rs.getString("value")))
                .forEach(e -> inputs.put(e.getKey(), e.getValue()));
        return inputs;
    }

    // ---- outbox ------------------------------------------------------------------------------

    public void send(OutboxMessage message) {
        handle.createUpdate("""
                        INSERT INTO outbox (team_id, project_id, kind, channel_id, user_id, response_url, text, blocks,
                                            created_at, not_before)
                        VALUES (:team, :project, :kind, :channel, :user, :responseUrl, :text, :blocks, :now, :now)
                        """)
                .bind("team", message.teamId())
                .bind("project", message.projectId().orElse(null))
                .bind("kind", message.kind().name())
                .bind("channel", message.channelId())
                .bind("user", message.userId().orElse(null))
                .bind("responseUrl", message.responseUrl().orElse(null))
                .bind("text", message.text())
                .bind("blocks", message.blocks().orElse(null))
                .bind("now", at(now()))
                .execute();
    }

    /**
     * Claims the oldest due row that is first in its project's queue (a project's messages go out in
     * the order they were owed), skipping projects that wait for an invite. Locked like the inbox.
     */
    public Optional<OutboxRow> claimNextOutbox() {
        return handle.createQuery("""
                        SELECT o.id, o.team_id, o.project_id, o.kind, o.channel_id, o.user_id, o.text, o.blocks,
                               o.attempts, p.card_ts, COALESCE(o.response_url, p.response_url) AS response_url
                        FROM outbox o
                        LEFT JOIN projects p ON p.id = o.project_id AND p.team_id = o.team_id
                        WHERE o.status = 'pending' AND o.not_before <= :now
                          AND (p.delivery IS NULL OR p.delivery <> 'awaiting_invite')
                          AND (o.project_id IS NULL
                               OR NOT EXISTS (SELECT 1 FROM outbox e
                                              WHERE e.project_id = o.project_id AND e.status = 'pending'
                                                AND e.id < o.id))
                        ORDER BY o.id
                        LIMIT 1
                        FOR UPDATE OF o SKIP LOCKED
                        """)
                .bind("now", at(now()))
                .map((rs, ctx) -> new OutboxRow(
                        rs.getLong("id"),
                        rs.getString("team_id"),
                        Optional.ofNullable(rs.getObject("project_id", UUID.class)),
                        OutboxKind.valueOf(rs.getString("kind")),
                        rs.getString("channel_id"),
                        Optional.ofNullable(rs.getString("user_id")),
                        rs.getString("text"),
                        Optional.ofNullable(rs.getString("blocks")),
                        rs.getInt("attempts"),
                        Optional.ofNullable(rs.getString("card_ts")),
                        Optional.ofNullable(rs.getString("response_url"))))
                .findOne();
    }

    /** A card update that a newer pending update of the same card makes pointless. */
    public boolean isSuperseded(OutboxRow row) {
        if (row.kind() != OutboxKind.UPDATE_CARD || row.projectId().isEmpty()) return false;
        return handle.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM outbox
                                       WHERE team_id = :team AND project_id = :project AND kind = 'UPDATE_CARD'
                                         AND status = 'pending' AND id > :id)
                        """)
                .bind("team", row.teamId())
                .bind("project", row.projectId().get())
                .bind("id", row.id())
                .mapTo(Boolean.class)
                .one();
    }

    public void markSent(OutboxRow row, Optional<String> ts) {
        outboxUpdate(row, "status = 'sent', sent_at = :now, sent_ts = :ts, attempts = attempts + 1")
                .bind("ts", ts.orElse(null))
                .execute();
    }

    public void markSuperseded(OutboxRow row) {
        outboxUpdate(row, "status = 'superseded', sent_at = :now").execute();
    }

    /** Tries again at {@code notBefore}; {@code error} is Slack's error code or an exception class, never text. */
    public void retryLater(OutboxRow row, Instant notBefore, String error) {
        outboxUpdate(row, "not_before = :notBefore, attempts = attempts + 1, last_error = :error")
                .bind("notBefore", at(notBefore))
                .bind("error", error)
                .execute();
    }

    /** A 429: wait as Slack asks, without counting an attempt (nothing failed). */
    public void waitForRateLimit(OutboxRow row, Instant notBefore) {
        outboxUpdate(row, "not_before = :notBefore, last_error = 'ratelimited'")
                .bind("notBefore", at(notBefore))
                .execute();
    }

    public void markFailed(OutboxRow row, String error) {
        outboxUpdate(row, "status = 'failed', attempts = attempts + 1, last_error = :error")
                .bind("error", error)
                .execute();
    }

    private org.jdbi.v3.core.statement.Update outboxUpdate(OutboxRow row, String set) {
        return handle.createUpdate("UPDATE outbox SET " + set + " WHERE team_id = :team AND id = :id")
                .bind("now", at(now()))
                .bind("team", row.teamId())
                .bind("id", row.id());
    }

    /** Sent and pending outbox rows of a project, oldest first: for audits and tests. */
    public List<SentMessage> outboxOf(String teamId, UUID projectId) {
        return handle.createQuery("""
                        SELECT kind, status, sent_ts FROM outbox
                        WHERE team_id = :team AND project_id = :project ORDER BY id
                        """)
                .bind("team", teamId)
                .bind("project", projectId)
                .map((rs, ctx) -> new SentMessage(
                        OutboxKind.valueOf(rs.getString("kind")),
                        rs.getString("status"),
                        Optional.ofNullable(rs.getString("sent_ts"))))
                .list();
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static String statusColumn(IntakeStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static String deliveryColumn(Delivery delivery) {
        return delivery.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static BigDecimal oneDecimal(double score) {
        return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts.toInstant();
    }
}
