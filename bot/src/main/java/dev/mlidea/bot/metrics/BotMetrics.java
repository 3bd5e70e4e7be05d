package dev.mlidea.bot.metrics;

import dev.mlidea.bot.work.BackgroundWork;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;

/**
 * One server's meters, served as Prometheus text on {@code /metrics}. Each server has its own
 * registry (not Micrometer's global one), so two replicas in one test JVM never share counters.
 */
public final class BotMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public BotMetrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new JvmInfoMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Restarts of each background loop (batches that failed and after which it went on), and whether it runs. */
    public void watch(List<BackgroundWork> loops) {
        for (BackgroundWork loop : loops) {
            String name = loop.status().name();
            FunctionCounter.builder(
                            "mlidea.background.restarts", loop, l -> l.status().restarts())
                    .description("Batches of a background loop that failed; the loop went on after a pause")
                    .tag("loop", name)
                    .register(registry);
            Gauge.builder("mlidea.background.running", loop, l -> l.status().running() ? 1 : 0)
                    .description("1 while every thread of the loop is alive and beating")
                    .tag("loop", name)
                    .register(registry);
        }
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
