package dev.mlidea.bot.intake;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import dev.mlidea.bot.blocks.BlockLimits;
import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.AnswerText;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.IntakeReply;
import dev.mlidea.conversations.intake.Progress;
import dev.mlidea.conversations.intake.Question;
import dev.mlidea.conversations.intake.Questionnaire;
import java.util.ArrayList;
import java.util.List;

/**
 * The intake's one live message, edited in place as the questions go by: the answers so far, one
 * line each, then the open question. When the intake ends it becomes the summary, so a clean intake
 * leaves the card, this message and the assessment in the thread, and nothing else.
 */
public final class LiveQuestionMessages {
    /** One answer on one line in the live message: enough to recognise it, the summary shows it all. */
    private static final int LINE_MAX = 70;

    private LiveQuestionMessages() {}

    /** The open question, under the answers given so far. */
    public static SlackMessage asking(IntakeMode mode, Answers answers, IntakeReply.Ask ask) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(context(c ->
                c.blockId("live.progress").elements(List.of(markdownText(progressLine(mode, ask.progress()))))));
        blocks.addAll(answeredSoFar(mode, answers));
        blocks.addAll(
                IntakeMessages.questionBlocks(ask.question(), ask.current().orElse(null), ask.draft()));
        return new SlackMessage(ask.question().prompt(), blocks);
    }

    /** The intake stopped (cancelled, or silent for a week): what was answered, and how to go on. */
    public static SlackMessage stopped(IntakeMode mode, Answers answers, String why) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(s -> s.blockId("live.stopped").text(markdownText(why))));
        blocks.addAll(answeredSoFar(mode, answers));
        return new SlackMessage(why, blocks);
    }

    /** A re-opened answer was changed: the question message says so in one line, the assessment follows. */
    public static SlackMessage changed(Question question, Answers answers) {
        Answer answer = answers.get(question.key()).orElse(new Answer.Skipped());
        String text = ":white_check_mark: *" + AnswerLabels.label(question.key()) + "* changed to "
                + IntakeMessages.echo(question, answer) + ". The new assessment is below.";
        return new SlackMessage(
                "Answer changed: " + AnswerLabels.label(question.key()),
                List.of(section(s -> s.blockId("live.changed").text(markdownText(text)))));
    }

    /** The readable record of every answer: what the live question message becomes when the intake ends. */
    public static SlackMessage summary(IntakeMode mode, Answers answers) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(header(h -> h.blockId("summary").text(plainText("Intake complete: your answers"))));
        var lines = new ArrayList<String>();
        for (Question q : Questionnaire.applicable(mode, answers)) {
            Answer a = answers.get(q.key()).orElse(new Answer.Skipped());
            lines.add("*" + AnswerLabels.label(q.key()) + ":* " + IntakeMessages.echo(q, a));
        }
        var chunk = new StringBuilder();
        int part = 0;
        for (String line : lines) {
            if (chunk.length() + line.length() + 1 > BlockLimits.SECTION_TEXT - 100) {
                blocks.add(summarySection(part++, chunk.toString()));
                chunk.setLength(0);
            }
            if (chunk.length() > 0) chunk.append('\n');
            chunk.append(line);
        }
        if (chunk.length() > 0) blocks.add(summarySection(part, chunk.toString()));
        blocks.add(context(c -> c.blockId("summary.next")
                .elements(List.of(markdownText(
                        "Next: the assessment — archetype, impact × feasibility and what to do first.")))));
        return new SlackMessage("Intake complete: your answers", blocks);
    }

    private static LayoutBlock summarySection(int part, String text) {
        return section(s -> s.blockId("summary." + part).text(markdownText(text)));
    }

    static String progressLine(IntakeMode mode, Progress progress) {
        int current = Math.min(progress.answered() + 1, progress.total());
        String name = mode == IntakeMode.QUICK ? "Quick intake" : "Full intake";
        return "*" + name + "* · question " + current + " of " + progress.total() + " · type `help` for options";
    }

    /** The answered questions, "✓ Data: mostly labeled", in sections that stay within Slack's limits. */
    private static List<LayoutBlock> answeredSoFar(IntakeMode mode, Answers answers) {
        var lines = new ArrayList<String>();
        for (Question q : Questionnaire.applicable(mode, answers)) {
            answers.get(q.key()).ifPresent(a -> lines.add(line(q, a)));
        }
        var blocks = new ArrayList<LayoutBlock>();
        var chunk = new StringBuilder();
        for (String line : lines) {
            if (chunk.length() + line.length() + 1 > BlockLimits.SECTION_TEXT - 100) {
                blocks.add(answersSection(blocks.size(), chunk.toString()));
                chunk.setLength(0);
            }
            if (chunk.length() > 0) chunk.append('\n');
            chunk.append(line);
        }
        if (chunk.length() > 0) blocks.add(answersSection(blocks.size(), chunk.toString()));
        return blocks;
    }

    private static LayoutBlock answersSection(int part, String text) {
        return section(s -> s.blockId("live.answers." + part).text(markdownText(text)));
    }

    private static String line(Question q, Answer a) {
        if (a instanceof Answer.Skipped) return ":heavy_minus_sign: *" + AnswerLabels.label(q.key()) + ":* _skipped_";
        String shown = a instanceof Answer.People
                ? IntakeMessages.echo(q, a)
                : Mrkdwn.escapeAndFit(oneLine(AnswerText.describe(q, a)), LINE_MAX);
        return ":white_check_mark: *" + AnswerLabels.label(q.key()) + ":* " + shown;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
