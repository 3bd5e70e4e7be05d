package dev.mlidea.storage;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code summaries} table (V9). */
interface SummaryDao {

    @SqlUpdate("""
            INSERT INTO summaries (team_id, summary_key, kind, channel_id, user_id, claimed_at)
            VALUES (:team, :key, :kind, :channel, :user, :at)
            ON CONFLICT (team_id, summary_key) DO NOTHING
            """)
    int claim(String team, String key, String kind, String channel, String user, Instant at);

    @SqlUpdate("UPDATE summaries SET picture = :png WHERE team_id = :team AND summary_key = :key")
    void savePicture(String team, String key, byte[] png);

    @SqlQuery("SELECT picture FROM summaries WHERE team_id = :team AND summary_key = :key AND picture IS NOT NULL")
    Optional<byte[]> picture(String team, String key);

    @SqlUpdate("""
            UPDATE summaries SET posted_ts = :ts, posted_at = :at
            WHERE team_id = :team AND summary_key = :key AND posted_ts IS NULL
            """)
    void posted(String team, String key, String ts, Instant at);

    @SqlQuery("""
            SELECT team_id, summary_key, kind, channel_id, claimed_at, posted_ts, posted_at FROM summaries
            WHERE team_id = :team AND summary_key = :key
            """)
    Optional<SummaryRecord> find(String team, String key);

    @SqlUpdate("DELETE FROM summaries WHERE kind = 'asked' AND claimed_at < :before")
    int forgetAsked(Instant before);
}
