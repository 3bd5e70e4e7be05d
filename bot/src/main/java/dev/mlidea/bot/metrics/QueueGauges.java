package dev.mlidea.bot.metrics;

import dev.mlidea.storage.QueueDepths;
import dev.mlidea.storage.Storage;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inbox and outbox depth and the age of their oldest pending row, across workspaces (counts only).
 * One query answers all four gauges and is reused for {@link #FRESH_FOR}, so a storm of scrapes costs
 * the database one query every few seconds. While the database is away the gauges read NaN.
 */
public final class QueueGauges {
    private static final Logger log = LoggerFactory.getLogger(QueueGauges.class);
    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final Storage storage;
    private QueueDepths last;
    private long readAt;
    private boolean tried;

    private QueueGauges(Storage storage) {
        this.storage = storage;
    }

    public static void register(MeterRegistry registry, Storage storage) {
        var gauges = new QueueGauges(storage);
        gauge(
                registry,
                gauges,
                "mlidea.inbox.depth",
                "Slack requests stored and not yet handled",
                null,
                d -> d.inbox());
        gauge(
                registry,
                gauges,
                "mlidea.inbox.oldest.age",
                "Age of the oldest request not yet handled (0 when none)",
                "seconds",
                d -> d.oldestInbox().toMillis() / 1000.0);
        gauge(
                registry,
                gauges,
                "mlidea.outbox.depth",
                "Slack calls owed and not yet sent (not counting those held until the bot is invited)",
                null,
                d -> d.outbox());
        gauge(
                registry,
                gauges,
                "mlidea.outbox.oldest.age",
                "Age of the oldest Slack call owed (0 when none)",
                "seconds",
                d -> d.oldestOutbox().toMillis() / 1000.0);
    }

    private static void gauge(
            MeterRegistry registry,
            QueueGauges gauges,
            String name,
            String description,
            String unit,
            ToDoubleFunction<QueueDepths> value) {
        Gauge.builder(name, gauges, g -> g.read(value))
                .description(description)
                .baseUnit(unit)
                // Micrometer holds a gauge's object weakly; nothing else holds this one.
                .strongReference(true)
                .register(registry);
    }

    private synchronized double read(ToDoubleFunction<QueueDepths> value) {
        long now = System.nanoTime();
        // A failed read is kept as long as a good one: with the database away each try waits for the
        // pool's timeout, and four gauges trying in turn would hold a scrape for seconds.
        if (!tried || now - readAt > FRESH_FOR.toNanos()) {
            tried = true;
            readAt = now;
            try {
                last = storage.queueDepths();
            } catch (RuntimeException e) {
                last = null;
                log.debug("queue depths unavailable: {}", e.getClass().getName());
            }
        }
        return last == null ? Double.NaN : value.applyAsDouble(last);
    }
}
