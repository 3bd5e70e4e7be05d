package dev.mlidea.storage;

import java.time.Instant;
import java.util.Optional;

/** A summary as stored: its key (a weekly one's ISO week), where it went, when claimed, its message once posted. */
public record SummaryRecord(
        String teamId,
        String key,
        String kind,
        String channelId,
        Instant claimedAt,
        Optional<String> postedTs,
        Optional<Instant> postedAt) {}
