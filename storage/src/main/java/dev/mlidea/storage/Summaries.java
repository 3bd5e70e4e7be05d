package dev.mlidea.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Portfolio summaries, claimed before anything is sent. A weekly summary's key is its ISO week
 * ("2026-W49"): whoever inserts the row composes and sends it, everyone else finds it claimed, so a
 * workspace gets one per week. A summary someone asked for gets a key of its own. The picture is kept
 * for its upload (retried uploads send the same bytes); the weekly message's ts is recorded when Slack
 * took it. Every method names the workspace.
 */
public final class Summaries {
    /** How long an asked-for summary (and its picture) is kept: long after its upload went out. */
    public static final Duration ASKED_KEPT = Duration.ofDays(1);

    private final SummaryDao dao;
    private final Instant now;

    Summaries(SummaryDao dao, Instant now) {
        this.dao = dao;
        this.now = now;
    }

    /** Claims the weekly summary of {@code isoWeek} for {@code channelId}; false when claimed before. */
    public boolean claimWeekly(String teamId, String isoWeek, String channelId) {
        return dao.claim(teamId, isoWeek, "weekly", channelId, null, now) == 1;
    }

    /** Claims a summary {@code userId} asked for in {@code channelId} under the fresh {@code key}. */
    public boolean claimAsked(String teamId, String key, String channelId, String userId) {
        return dao.claim(teamId, key, "asked", channelId, userId, now) == 1;
    }

    public void savePicture(String teamId, String key, byte[] png) {
        dao.savePicture(teamId, key, png);
    }

    public Optional<byte[]> picture(String teamId, String key) {
        return dao.picture(teamId, key);
    }

    /** The summary's message was posted as {@code ts}; the first ts recorded stays. */
    public void posted(String teamId, String key, String ts) {
        dao.posted(teamId, key, ts, now);
    }

    public Optional<SummaryRecord> find(String teamId, String key) {
        return dao.find(teamId, key);
    }

    /** Deletes asked-for summaries older than {@link #ASKED_KEPT}; returns how many. */
    public int forgetAsked() {
        return dao.forgetAsked(now.minus(ASKED_KEPT));
    }
}
