package dev.mlidea.conversations.assessment;

import static dev.mlidea.conversations.intake.Questionnaire.ETHICS;
import static dev.mlidea.conversations.intake.Questionnaire.NO;
import static dev.mlidea.conversations.intake.Questionnaire.READY_DATA;
import static dev.mlidea.conversations.intake.Questionnaire.READY_PRODUCT;

import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.Questionnaire;
import java.util.Arrays;
import java.util.List;

/**
 * The lecture's "before starting an ML project, ask yourself" checks that block a project whatever its
 * scores, in the lecture's order: are you ready (a product, data collected and stored sanely), success
 * criteria defined with the stakeholders, is it ethical. A blocked project's verdict is "Not yet — the
 * gate", naming what unblocks it; its scores are still shown.
 */
public enum Gate {
    /** "Are you ready to use ML? More specifically, do you have a product?" */
    NO_PRODUCT("no product yet", "A product or live workflow for it to be part of unblocks it.", RedFlag.NO_PRODUCT),
    /** "Are you collecting data and storing it in a sane way?" */
    NO_DATA(
            "no data collected yet",
            "Collecting the data it needs, and storing it in a sane way, unblocks it.",
            RedFlag.DATA_NOT_COLLECTED),
    /** "Put in the work upfront to define success criteria with all of the stakeholders." */
    NO_SUCCESS_CRITERIA(
            "no success criteria",
            "Success criteria agreed with all of the stakeholders unblock it.",
            RedFlag.NO_SUCCESS_CRITERIA),
    /** "Is it ethical to use ML to solve this problem?" answered with a real concern. */
    ETHICS_UNRESOLVED(
            "an unresolved ethical problem",
            "Resolving it unblocks it: who is harmed by a wrong prediction, and can the design prevent it?",
            RedFlag.ETHICS_CONCERN);

    private final String label;
    private final String unblockedBy;
    private final RedFlag flag;

    Gate(String label, String unblockedBy, RedFlag flag) {
        this.label = label;
        this.unblockedBy = unblockedBy;
        this.flag = flag;
    }

    /** What blocks the project, in a few words: "no success criteria". */
    public String label() {
        return label;
    }

    /** One sentence naming what unblocks it. */
    public String unblockedBy() {
        return unblockedBy;
    }

    /** The red flag that says the same thing, so a message can show it once. */
    public RedFlag flag() {
        return flag;
    }

    /**
     * The gates these answers close, in the lecture's order. Only an explicit "no" or a real ethical
     * concern closes one (a skipped readiness or ethics question is a red flag, not a gate); success
     * criteria close theirs when none were written.
     */
    public static List<Gate> closedBy(Answers a) {
        return Arrays.stream(values()).filter(gate -> gate.closes(a)).toList();
    }

    private boolean closes(Answers a) {
        return switch (this) {
            case NO_PRODUCT -> a.pickedOneOf(READY_PRODUCT, NO);
            case NO_DATA -> a.pickedOneOf(READY_DATA, NO);
            case NO_SUCCESS_CRITERIA -> SuccessCriteria.missing(a);
            case ETHICS_UNRESOLVED -> a.pickedOneOf(ETHICS, Questionnaire.ETHICS_CONCERN);
        };
    }
}
