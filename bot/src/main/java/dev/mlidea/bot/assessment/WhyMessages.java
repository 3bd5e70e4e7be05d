package dev.mlidea.bot.assessment;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.mlidea.bot.blocks.BlockLimits;
import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.conversations.assessment.Assessment;
import dev.mlidea.conversations.assessment.Assessor;
import dev.mlidea.conversations.assessment.Contribution;
import dev.mlidea.conversations.assessment.Quadrant;
import dev.mlidea.conversations.assessment.Score;
import dev.mlidea.conversations.assessment.Verdict;
import java.util.ArrayList;
import java.util.List;

/** The answer to <em>Why?</em>: an assessment's full arithmetic, for the one who clicked. */
public final class WhyMessages {
    private WhyMessages() {}

    /**
     * The complete arithmetic of one assessment version, for whoever clicked <em>Why?</em>: every rule
     * that moved impact or feasibility (those that added nothing are left out), how impact and
     * feasibility give the verdict, and the scoring model.
     */
    public static SlackMessage why(Assessment a, int version) {
        var blocks = new ArrayList<LayoutBlock>();
        var head = new StringBuilder("*Why assessment #")
                .append(version)
                .append(" says “")
                .append(a.verdict().label())
                .append("”*\n");
        Verdict v = a.verdict();
        String scores = "impact " + AssessmentMessages.format(a.impact()) + " and feasibility "
                + AssessmentMessages.format(a.feasibility()) + " put it at " + AssessmentMessages.where(a.quadrant())
                + " (" + AssessmentMessages.format(Quadrant.HIGH_THRESHOLD) + " or more counts as high)";
        if (v instanceof Verdict.OnTheMatrix) {
            head.append("The scores: ").append(scores).append(".");
        } else if (v instanceof Verdict.NotYet notYet) {
            head.append("A “before you start” check comes before the scores: ")
                    .append(Mrkdwn.escape(notYet.gate().label()))
                    .append(". ")
                    .append(Mrkdwn.escape(notYet.gate().unblockedBy()))
                    .append("\nThe scores alone: ")
                    .append(scores)
                    .append(".");
        } else {
            a.dontBuild().ifPresent(reason -> head.append(Mrkdwn.escape(reason)));
            head.append("\nThe scores alone: ").append(scores).append(".");
        }
        blocks.add(section(s -> s.blockId("why.verdict").text(markdownText(AssessmentMessages.fit(head)))));
        blocks.add(section(s ->
                s.blockId("why.impact").text(markdownText(AssessmentMessages.fit(arithmetic("Impact", a.impact()))))));
        blocks.add(section(s -> s.blockId("why.feasibility")
                .text(markdownText(AssessmentMessages.fit(arithmetic("Feasibility", a.feasibility()))))));
        blocks.add(context(c -> c.blockId("why.meta")
                .elements(List.of(markdownText("Assessment #" + version + " · scoring model v" + a.modelVersion()
                        + " · each score is where it starts plus what each rule adds, held to "
                        + AssessmentMessages.format(Score.MIN) + "–" + AssessmentMessages.format(Score.MAX)
                        + "; rules that added nothing are left out.")))));
        String text = "Why assessment #" + version + " says " + a.verdict().label() + ": impact "
                + AssessmentMessages.format(a.impact()) + ", feasibility " + AssessmentMessages.format(a.feasibility())
                + " (scoring model v"
                + a.modelVersion() + ")";
        return new SlackMessage(Mrkdwn.escape(text), blocks);
    }

    /**
     * <em>Why?</em> on a version whose arithmetic this build cannot redo (another scoring model made it):
     * what was stored, and that honestly.
     */
    public static SlackMessage whyUnavailable(
            int version, String modelVersion, String verdictLabel, double impact, double feasibility) {
        String text = "*Why assessment #" + version + " says “" + Mrkdwn.escape(verdictLabel) + "”*\n"
                + (Assessor.MODEL_VERSION.equals(modelVersion)
                        ? "I can't redo its arithmetic from the answers stored with it."
                        : "I can't redo its arithmetic: scoring model v" + Mrkdwn.escape(modelVersion)
                                + " made it, and I score with model v" + Assessor.MODEL_VERSION + ".")
                + " As stored: impact "
                + AssessmentMessages.format(impact) + ", feasibility " + AssessmentMessages.format(feasibility)
                + ". Change the archetype or edit an"
                + " answer to re-assess with today's model.";
        return new SlackMessage(
                "Why assessment #" + version + ": impact " + AssessmentMessages.format(impact) + ", feasibility "
                        + AssessmentMessages.format(feasibility),
                List.of(section(s -> s.blockId("why.verdict")
                        .text(markdownText(Mrkdwn.fitEscaped(text, BlockLimits.SECTION_TEXT))))));
    }

    private static StringBuilder arithmetic(String name, Score score) {
        var text = new StringBuilder("*")
                .append(name)
                .append(' ')
                .append(AssessmentMessages.format(score))
                .append(" / 5*");
        if (score.clamped()) {
            text.append(" _(the rules add up to ")
                    .append(Reason.signed(score.raw()).replace("+", ""))
                    .append(", held at the ")
                    .append(
                            score.raw() < Score.MIN
                                    ? AssessmentMessages.format(Score.MIN) + " floor"
                                    : AssessmentMessages.format(Score.MAX) + " ceiling")
                    .append(")_");
        }
        for (Contribution c : score.contributions()) {
            if (Reason.moves(c)) text.append("\n• ").append(Mrkdwn.escape(c.phrase()));
        }
        return text;
    }
}
