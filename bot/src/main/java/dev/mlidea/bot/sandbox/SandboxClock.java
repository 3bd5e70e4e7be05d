package dev.mlidea.bot.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bot's clock in the sandbox: real time plus an offset that only grows (fast-forward) or goes back
 * to zero (Reset). Real time keeps running underneath, so the bot's timers still tick between jumps.
 */
public final class SandboxClock extends Clock {
    private final Clock real;
    private final AtomicReference<Duration> offset;

    public SandboxClock(Clock real, Duration offset) {
        this.real = real;
        this.offset = new AtomicReference<>(offset);
    }

    public Duration offset() {
        return offset.get();
    }

    public void advance(Duration by) {
        if (by.isNegative()) throw new IllegalArgumentException("the sandbox clock only moves forward");
        offset.updateAndGet(o -> o.plus(by));
    }

    public void resetOffset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return real.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the bot's clock is UTC");
    }
}
