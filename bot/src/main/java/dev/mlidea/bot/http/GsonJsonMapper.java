package dev.mlidea.bot.http;

import com.google.gson.Gson;
import io.javalin.json.JsonMapper;
import java.lang.reflect.Type;
import org.jetbrains.annotations.NotNull;

/** Javalin's JSON through Gson, which Bolt brings anyway: one JSON library in the image, not two. */
public final class GsonJsonMapper implements JsonMapper {
    private final Gson gson = new Gson();

    @NotNull
    @Override
    public String toJsonString(@NotNull Object obj, @NotNull Type type) {
        return gson.toJson(obj, type);
    }

    @NotNull
    @Override
    public <T> T fromJsonString(@NotNull String json, @NotNull Type targetType) {
        return gson.fromJson(json, targetType);
    }
}
