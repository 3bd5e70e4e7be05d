package dev.mlidea.bot.settings;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.conversations.settings.SettingsField;
import dev.mlidea.conversations.settings.SettingsSubmission;
import dev.mlidea.conversations.settings.WorkspaceSettings;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.SettingsChange;
import dev.mlidea.storage.UnitOfWork;
import dev.mlidea.storage.UserZone;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker's side of the settings: applies a saved modal (recording each change) and answers the one
 * who saved, and asks the first person to use {@code /mlidea} for a summary channel, once per workspace.
 */
public final class SettingsWork {
    private static final Logger log = LoggerFactory.getLogger(SettingsWork.class);
    private final ZoneId defaultZone;

    public SettingsWork(ZoneId defaultZone) {
        this.defaultZone = Objects.requireNonNull(defaultZone);
    }

    /**
     * The workspace's settings as the modal shows them to {@code userId}: the stored ones, or the
     * defaults in that person's zone (as Slack last told it), else in the bot's default zone.
     */
    public WorkspaceSettings current(UnitOfWork uow, String teamId, String userId) {
        return uow.settings().get(teamId, zoneOf(uow, teamId, userId));
    }

    /** A submission the request already checked, checked again: the inbox row is data like any other. */
    public String apply(UnitOfWork uow, String teamId, InboxPayload payload) {
        var raw = new EnumMap<SettingsField, String>(SettingsField.class);
        Map<String, List<String>> fields = payload.form() == null ? Map.of() : payload.form();
        fields.forEach((id, values) -> SettingsField.byId(id)
                .filter(f -> values != null && !values.isEmpty())
                .ifPresent(f -> raw.put(f, values.get(0))));
        if (!(SettingsSubmission.read(raw) instanceof SettingsSubmission.Outcome.Valid valid)) {
            log.warn("settings of team={} by user={} refused in the worker", teamId, payload.userId());
            return "settings:refused";
        }
        List<SettingsChange> changes = uow.settings().save(teamId, valid.settings(), payload.userId(), uow.now());
        if (changes.stream().anyMatch(c -> c.field() == SettingsField.NUDGE_DAYS)) {
            // Nudges already scheduled by the old idle days are looked at again by the new ones.
            uow.rituals().rescheduleAll(teamId, uow.now());
        }
        SlackMessage m = SettingsMessages.saved(changes);
        uow.outbox().send(OutboxMessage.dmTo(teamId, payload.userId(), m.text(), m.blocksJson()));
        log.info("settings of team={} saved by user={}: {} changed", teamId, payload.userId(), changes.size());
        return "settings:changed=" + changes.size();
    }

    /**
     * After a {@code /mlidea} command: while the workspace has no summary channel and nobody was asked,
     * {@code userId} gets one direct message asking for one. The database decides who is first, so two
     * people, two replicas or a retried request still make one question. Returns {@code outcome}, marked
     * when the question went out.
     */
    public String askForChannelOnce(UnitOfWork uow, String teamId, String userId, String outcome) {
        if (userId == null || uow.settings().channelSettled(teamId)) return outcome;
        if (!uow.settings().markChannelAsked(teamId, userId, uow.now(), zoneOf(uow, teamId, userId))) return outcome;
        SlackMessage m = SettingsMessages.askForChannel();
        uow.outbox().send(OutboxMessage.dmTo(teamId, userId, m.text(), m.blocksJson()));
        log.info("team={} has no summary channel: asked user={}", teamId, userId);
        return outcome + ";asked_for_channel";
    }

    private ZoneId zoneOf(UnitOfWork uow, String teamId, String userId) {
        return uow.rituals().zone(teamId, userId).map(UserZone::zone).orElse(defaultZone);
    }
}
