package dev.mlidea.storage;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** A Slack user's time zone as last fetched from Slack, and when. */
public record UserZone(String userId, ZoneId zone, Instant fetchedAt) {
    public UserZone {
        Objects.requireNonNull(userId);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(fetchedAt);
    }
}
