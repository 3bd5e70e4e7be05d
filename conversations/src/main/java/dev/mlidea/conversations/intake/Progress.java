package dev.mlidea.conversations.intake;

/** How many of the questions that apply to this project have an answer (or were skipped). */
public record Progress(int answered, int total) {}
