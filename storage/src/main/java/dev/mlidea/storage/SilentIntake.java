package dev.mlidea.storage;

/** An intake nobody has answered for a while, and whether its reminder was sent. */
public record SilentIntake(ProjectRecord project, boolean reminded) {}
