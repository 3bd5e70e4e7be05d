package dev.mlidea.bot.http;

import dev.mlidea.storage.Storage;
import io.javalin.http.Context;
import java.util.Map;

/** {@code /healthz}: the process answers. {@code /readyz}: the database answers and is migrated. */
public final class HealthRoutes {
    private final Storage storage;

    public HealthRoutes(Storage storage) {
        this.storage = storage;
    }

    public void health(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }

    public void ready(Context ctx) {
        if (storage.isReady()) {
            ctx.json(Map.of("status", "ready", "database", "ok", "schema", storage.schemaVersion()));
        } else {
            ctx.status(503).json(Map.of("status", "not_ready", "database", "unavailable or not migrated"));
        }
    }
}
