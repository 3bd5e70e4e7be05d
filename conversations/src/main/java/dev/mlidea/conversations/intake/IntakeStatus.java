package dev.mlidea.conversations.intake;

public enum IntakeStatus {
    /** Questions are being asked; {@link IntakeState#currentKey()} is the open one. */
    IN_PROGRESS,
    /** Every applicable question is answered or skipped. */
    COMPLETED,
    /** The owner cancelled; answers are kept but nothing more is asked until they type {@code resume}. */
    CANCELLED,
    /** Nobody answered for {@link IntakeTimeouts#ABANDON_AFTER}; answers are kept, {@code resume} continues. */
    ABANDONED
}
