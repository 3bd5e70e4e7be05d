package dev.mlidea.storage;

import java.util.UUID;

/**
 * An intake nobody has answered for a while, locked, and whether its reminder was sent. Only ids: the
 * sweep loads each project on its own, so one that cannot be loaded fails alone.
 */
public record SilentIntake(String teamId, UUID projectId, boolean reminded) {}
