package dev.mlidea.conversations.intake;

public enum IntakeStatus {
    /** Questions are being asked; {@link IntakeState#currentKey()} is the open one. */
    IN_PROGRESS,
    /** Every applicable question is answered or skipped. */
    COMPLETED,
    /** The owner cancelled; answers are kept but nothing more is asked. */
    CANCELLED
}
