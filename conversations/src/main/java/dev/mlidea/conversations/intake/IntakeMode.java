package dev.mlidea.conversations.intake;

/**
 * Which questions an intake asks. A new project starts {@link #QUICK}: eight questions, enough for the
 * scoring model. {@link #FULL} is the whole questionnaire; {@code more} switches a quick intake to it,
 * and every intake stored before the quick intake existed is full.
 */
public enum IntakeMode {
    /** At most eight questions, always the same ones: {@link Questionnaire#quick()}. */
    QUICK,
    /** Every applicable question of {@link Questionnaire#all()}, less what answered quick questions already say. */
    FULL
}
