package dev.mlidea.storage;

import java.util.Objects;
import java.util.UUID;

/** A project whose ritual work is due: which team, which project. */
public record DueRitual(String teamId, UUID projectId) {
    public DueRitual {
        Objects.requireNonNull(teamId);
        Objects.requireNonNull(projectId);
    }
}
