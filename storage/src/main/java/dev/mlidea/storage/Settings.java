package dev.mlidea.storage;

import dev.mlidea.conversations.settings.SettingsField;
import dev.mlidea.conversations.settings.WorkspaceSettings;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A workspace's settings, and the history of their changes. Every method but {@link #teams()} names
 * the workspace and touches nothing of another.
 */
public final class Settings {
    private final SettingsDao dao;

    Settings(SettingsDao dao) {
        this.dao = dao;
    }

    /** The stored settings; empty for a workspace that never saved any nor was asked for a channel. */
    public Optional<WorkspaceSettings> find(String teamId) {
        return dao.find(teamId);
    }

    /** The stored settings, or the defaults in {@code fallbackZone} when none are stored. */
    public WorkspaceSettings get(String teamId, ZoneId fallbackZone) {
        return dao.find(teamId).orElseGet(() -> WorkspaceSettings.defaults(fallbackZone));
    }

    /**
     * Stores {@code next} as the workspace's settings and records, in the same transaction, one change
     * per field that differs from what was stored; returns those changes. With nothing stored before,
     * fields are compared with the defaults and the zone always counts as chosen now (the old value
     * empty): the workspace had none of its own.
     */
    public List<SettingsChange> save(String teamId, WorkspaceSettings next, String by, Instant at) {
        Optional<WorkspaceSettings> before = dao.lock(teamId);
        var changes = new ArrayList<SettingsChange>();
        for (SettingsField field : SettingsField.values()) {
            Optional<String> old = before.map(field::valueOf).orElseGet(() -> defaultValue(field));
            Optional<String> now = field.valueOf(next);
            if (!old.equals(now)) changes.add(new SettingsChange(field, old, now, by, at));
        }
        dao.upsert(
                teamId,
                next.summaryChannel().orElse(null),
                next.day().name(),
                next.hour(),
                next.zone().getId(),
                next.nudgeDays(),
                next.defaultCadence().choiceId(),
                at);
        for (SettingsChange c : changes) {
            dao.insertChange(
                    teamId,
                    by,
                    at,
                    c.field().id(),
                    c.oldValue().orElse(null),
                    c.newValue().orElse(null));
        }
        return List.copyOf(changes);
    }

    private static Optional<String> defaultValue(SettingsField field) {
        // Any zone will do for the other fields' defaults: none of them depends on it.
        return field == SettingsField.ZONE
                ? Optional.empty()
                : field.valueOf(WorkspaceSettings.defaults(ZoneOffset.UTC));
    }

    /** Every change of the workspace's settings, oldest first. */
    public List<SettingsChange> changes(String teamId) {
        return dao.changes(teamId);
    }

    /**
     * Records that {@code userId} is being asked to choose the summary channel; true only for the first
     * call of a workspace that has no channel, whichever replica makes it, so nobody is asked twice. A
     * workspace with no settings gets the defaults in {@code zone} stored with the question: the first
     * person to use the bot stands for whoever installed it.
     */
    public boolean markChannelAsked(String teamId, String userId, Instant at, ZoneId zone) {
        var d = WorkspaceSettings.defaults(zone);
        return dao.markChannelAsked(
                        teamId,
                        userId,
                        at,
                        d.day().name(),
                        d.hour(),
                        d.zone().getId(),
                        d.nudgeDays(),
                        d.defaultCadence().choiceId())
                == 1;
    }

    /**
     * Whether the channel question is out of the way (a channel is set, or someone was asked): a read,
     * so the commands of a workspace that is set up write nothing to find out.
     */
    public boolean channelSettled(String teamId) {
        return dao.channelSettled(teamId);
    }

    /** Who was asked to choose the channel, once someone was. */
    public Optional<String> channelAskedUser(String teamId) {
        return dao.channelAskedUser(teamId);
    }

    /** Every workspace that has settings stored, for the summary scheduler. */
    public List<String> teams() {
        return dao.teams();
    }
}
