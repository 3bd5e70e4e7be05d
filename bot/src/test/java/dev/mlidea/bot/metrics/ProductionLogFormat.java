package dev.mlidea.bot.metrics;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.charset.StandardCharsets;

/**
 * The encoder the shipped {@code logback.xml} gives the root logger for a {@code LOG_FORMAT}, read
 * from that file in a logger context of its own (tests log through logback-test.xml), so a test can
 * render captured events exactly as production would print them.
 */
final class ProductionLogFormat implements AutoCloseable {
    private final LoggerContext context = new LoggerContext();
    private final Encoder<ILoggingEvent> encoder;

    @SuppressWarnings("unchecked")
    ProductionLogFormat(String format) {
        context.putProperty("LOG_FORMAT", format);
        var configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(ProductionLogFormat.class.getResource("/logback.xml"));
        } catch (JoranException e) {
            throw new IllegalStateException(e);
        }
        var appender = (OutputStreamAppender<ILoggingEvent>)
                context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("OUT");
        if (appender == null) throw new IllegalStateException("logback.xml gives no OUT appender for " + format);
        encoder = appender.getEncoder();
    }

    Encoder<ILoggingEvent> encoder() {
        return encoder;
    }

    /** The event as production prints it, without the line's end. */
    String render(ILoggingEvent event) {
        return new String(encoder.encode(event), StandardCharsets.UTF_8).stripTrailing();
    }

    @Override
    public void close() {
        context.stop();
    }
}
