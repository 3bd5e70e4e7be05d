package dev.mlidea.bot.rituals;

import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.storage.Storage;
import dev.mlidea.storage.UnitOfWork;
import dev.mlidea.storage.UserZone;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owners' time zones: Slack's {@code tz} of the user ({@code users.info}), kept in {@code user_zones}
 * for a day and replaced whenever a {@code user_change} event carries one. The Web API call is made
 * outside any transaction: a slow Slack must not hold row locks.
 */
public final class UserZones {
    private static final Logger log = LoggerFactory.getLogger(UserZones.class);
    static final Duration FRESH_FOR = Duration.ofDays(1);

    /** Asks Slack for a user's zone; empty when Slack has none for them or the call failed. */
    public interface Lookup {
        Optional<String> tz(String teamId, String userId);
    }

    private final Storage storage;
    private final Lookup lookup;

    public UserZones(Storage storage, Lookup lookup) {
        this.storage = storage;
        this.lookup = lookup;
    }

    /** Fetches the user's zone again when the cached one is missing or a day old. Call outside a transaction. */
    void refreshIfStale(String teamId, String userId) {
        boolean fresh = storage.inTransaction(uow -> uow.rituals()
                .zone(teamId, userId)
                .map(UserZone::fetchedAt)
                .filter(at -> at.plus(FRESH_FOR).isAfter(uow.now()))
                .isPresent());
        if (fresh) return;
        Optional<ZoneId> zone = lookup.tz(teamId, userId).flatMap(UserZones::parse);
        zone.ifPresent(z -> storage.useTransaction(uow -> uow.rituals().saveZone(teamId, userId, z, uow.now())));
    }

    /** A {@code user_change} event: the zone it carries replaces the cached one. */
    public static String changed(UnitOfWork uow, String teamId, InboxPayload p) {
        Optional<ZoneId> zone = Optional.ofNullable(p.value()).flatMap(UserZones::parse);
        if (p.userId() == null || zone.isEmpty()) return "ignored:no_zone";
        uow.rituals().saveZone(teamId, p.userId(), zone.get(), uow.now());
        return "zone_saved";
    }

    static Optional<ZoneId> parse(String tz) {
        try {
            return Optional.of(ZoneId.of(tz));
        } catch (DateTimeException e) {
            log.warn("Slack sent a time zone Java does not know; the default is used");
            return Optional.empty();
        }
    }
}
