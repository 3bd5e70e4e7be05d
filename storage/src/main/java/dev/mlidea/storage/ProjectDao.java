package dev.mlidea.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The projects table, without answers (see {@link AnswerDao}). Every statement names its team. */
interface ProjectDao {
    @SqlUpdate("""
            INSERT INTO projects (id, team_id, channel_id, proposer_id, owners, title, titled, intake_status,
                                  intake_mode, current_key, draft, delivery, card_ts, response_url, created_at,
                                  last_activity_at)
            VALUES (:id, :team, :channel, :proposer, :owners, :title, :titled, :status,
                    :mode, :current, :draft, :delivery, :card, :responseUrl, :created, :activity)
            """)
    void insert(
            UUID id,
            String team,
            String channel,
            String proposer,
            String[] owners,
            String title,
            boolean titled,
            String status,
            String mode,
            String current,
            String[] draft,
            String delivery,
            String card,
            String responseUrl,
            Instant created,
            Instant activity);

    @SqlQuery("SELECT * FROM projects WHERE team_id = :team AND channel_id = :channel AND card_ts = :ts FOR UPDATE")
    Optional<ProjectRecord> lockByThread(String team, String channel, String ts);

    @SqlQuery("SELECT * FROM projects WHERE team_id = :team AND channel_id = :channel AND card_ts = :ts")
    Optional<ProjectRecord> findByThread(String team, String channel, String ts);

    @SqlQuery("SELECT * FROM projects WHERE team_id = :team AND id = :id FOR UPDATE")
    Optional<ProjectRecord> lock(String team, UUID id);

    @SqlQuery("SELECT * FROM projects WHERE team_id = :team AND id = :id")
    Optional<ProjectRecord> find(String team, UUID id);

    @SqlQuery("SELECT * FROM projects WHERE team_id = :team ORDER BY created_at, id")
    List<ProjectRecord> all(String team);

    @SqlQuery("""
            SELECT * FROM projects
            WHERE team_id = :team AND channel_id = :channel AND delivery = 'awaiting_invite'
            ORDER BY created_at, id
            FOR UPDATE
            """)
    List<ProjectRecord> lockAwaitingInvite(String team, String channel);

    @SqlUpdate("""
            UPDATE projects
            SET title = :title, titled = :titled, intake_status = :status, intake_mode = :mode,
                current_key = :current, draft = :draft, last_activity_at = :now, reminded_at = NULL
            WHERE team_id = :team AND id = :id
            """)
    void save(
            String team,
            UUID id,
            String title,
            boolean titled,
            String status,
            String mode,
            String current,
            String[] draft,
            Instant now);

    @SqlUpdate("""
            UPDATE projects SET intake_status = :status, current_key = :current, draft = :draft
            WHERE team_id = :team AND id = :id
            """)
    void saveIntakeOnly(String team, UUID id, String status, String current, String[] draft);

    /**
     * The sweep for every workspace at once (it is housekeeping, not a request of one team): each row
     * carries its team, and everything done with it after is scoped by that team.
     */
    @SqlQuery("""
            SELECT team_id, id, reminded_at FROM projects
            WHERE intake_status = 'in_progress' AND delivery = 'posted'
              AND last_activity_at <= :silentSince
              AND (reminded_at IS NULL OR last_activity_at <= :abandonBefore)
              AND id <> ALL(:skip)
            ORDER BY last_activity_at
            LIMIT :limit
            FOR UPDATE SKIP LOCKED
            """)
    List<SilentIntake> lockSilentIntakes(Instant silentSince, Instant abandonBefore, int limit, UUID[] skip);

    @SqlUpdate("UPDATE projects SET reminded_at = :now WHERE team_id = :team AND id = :id")
    void markReminded(String team, UUID id, Instant now);

    @SqlUpdate("UPDATE projects SET card_ts = :ts, delivery = 'posted' WHERE team_id = :team AND id = :id")
    void cardPosted(String team, UUID id, String ts);

    @SqlUpdate("""
            UPDATE projects p SET card_permalink = l.link
            FROM unnest(:ids, :links) AS l(id, link)
            WHERE p.team_id = :team AND p.id = l.id
            """)
    void savePermalinks(String team, UUID[] ids, String[] links);

    /** Project id and thread link, for the projects whose link is known. */
    @SqlQuery("SELECT id, card_permalink FROM projects WHERE team_id = :team AND card_permalink IS NOT NULL")
    @org.jdbi.v3.sqlobject.config.KeyColumn("id")
    @org.jdbi.v3.sqlobject.config.ValueColumn("card_permalink")
    java.util.Map<UUID, String> permalinks(String team);

    @SqlUpdate("UPDATE projects SET question_ts = :ts WHERE team_id = :team AND id = :id")
    void questionPosted(String team, UUID id, String ts);

    @SqlUpdate("UPDATE projects SET owners = :owners WHERE team_id = :team AND id = :id")
    void saveOwners(String team, UUID id, String[] owners);

    @SqlUpdate("UPDATE projects SET response_url = :url WHERE team_id = :team AND id = :id")
    void updateResponseUrl(String team, UUID id, String url);

    @SqlUpdate("UPDATE projects SET delivery = :delivery WHERE team_id = :team AND id = :id")
    void setDelivery(String team, UUID id, String delivery);
}
