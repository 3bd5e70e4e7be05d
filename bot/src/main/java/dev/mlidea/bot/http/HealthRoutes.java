package dev.mlidea.bot.http;

import dev.mlidea.bot.work.BackgroundWork;
import dev.mlidea.storage.Storage;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /healthz}: the process answers. {@code /readyz}: the database answers and is migrated, and
 * every background loop is running: a dead worker must be as visible as a dead database.
 */
public final class HealthRoutes {
    private final Storage storage;
    private final List<BackgroundWork> loops;

    public HealthRoutes(Storage storage, List<BackgroundWork> loops) {
        this.storage = storage;
        this.loops = List.copyOf(loops);
    }

    public void health(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }

    public void ready(Context ctx) {
        boolean database = storage.isReady();
        var work = new LinkedHashMap<String, Object>();
        boolean running = true;
        for (BackgroundWork loop : loops) {
            BackgroundWork.Status s = loop.status();
            running &= s.running();
            var status = new LinkedHashMap<String, Object>();
            status.put("running", s.running());
            status.put("restarts", s.restarts());
            if (s.lastFailure() != null) status.put("last_failure", s.lastFailure());
            status.put("last_beat", s.lastBeat().toString());
            work.put(s.name(), status);
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("status", database && running ? "ready" : "not_ready");
        body.put("database", database ? "ok" : "unavailable or not migrated");
        if (database) body.put("schema", storage.schemaVersion());
        body.put("work", work);
        ctx.status(database && running ? 200 : 503).json(body);
    }
}
