package dev.mlidea.bot.intake;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.multiUsersSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import dev.mlidea.bot.blocks.BlockLimits;
import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.AnswerEditDecision;
import dev.mlidea.conversations.intake.AnswerText;
import dev.mlidea.conversations.intake.Choice;
import dev.mlidea.conversations.intake.IntakeInput;
import dev.mlidea.conversations.intake.IntakeReply;
import dev.mlidea.conversations.intake.Progress;
import dev.mlidea.conversations.intake.Question;
import dev.mlidea.conversations.intake.QuestionKind;
import dev.mlidea.conversations.intake.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Block Kit for the intake thread. Every question carries its stable key in the block ids of its
 * question ({@code q.<key>}) and actions ({@code a.<key>}) blocks, and every button names its choice
 * in its action id ({@code answer.<choice>}) and value, so handlers and tests never read wording.
 */
public final class IntakeMessages {
    public static final String QUESTION_BLOCK_PREFIX = "q.";
    public static final String ACTIONS_BLOCK_PREFIX = "a.";
    public static final String ANSWER_ACTION_PREFIX = "answer.";
    public static final String TOGGLE_ACTION = "toggle";
    /** The people picker of a people question: picking is answering. */
    public static final String PEOPLE_ACTION = "people";

    /** Longest echo of one typed answer in the summary: the full text stays in the database. */
    private static final int ECHO_MAX = 900;

    private IntakeMessages() {}

    /**
     * An owner's reply came close to an answer but could not be read as one: told to them alone, and the
     * live question stays as it is. A reply that reads as talk gets nothing at all.
     */
    public static SlackMessage notQuiteAnAnswer(IntakeReply.Ask ask) {
        String reason = ask.rejection().orElse("I couldn't read that as an answer.");
        String text = ":thinking_face: Was that an answer to “" + ask.question().prompt() + "”? "
                + Mrkdwn.escapeAndFit(reason, 1500) + "\nHow to answer: " + howToAnswer(ask.question())
                + " If you were just talking, ignore this.";
        return new SlackMessage(
                "Was that an answer? " + Mrkdwn.escape(reason),
                List.of(section(s -> s.blockId("r." + ask.question().key()).text(markdownText(text)))));
    }

    public static SlackMessage help(IntakeReply.Help help) {
        String text = "*How to answer “" + help.question().prompt() + "”:* " + howToAnswer(help.question()) + "\n"
                + "*In this thread you can also type:*\n"
                + "• `skip` — leave this question for now (it counts as not known, not as a bad answer)\n"
                + "• `back` — go to the previous question\n"
                + "• `cancel` — stop the intake (answers so far are kept)\n"
                + "• `help` — this message\n"
                + "Prefer a form? Press *Answer in a form* on the card. Replies that don't read as an answer —"
                + " questions, @mentions, talk — are left alone, and everyone who isn't an owner can discuss"
                + " freely. `/mlidea owners` adds a co-owner.";
        return new SlackMessage(
                "How to answer: " + help.question().prompt(),
                List.of(section(s -> s.blockId("help").text(markdownText(text)))));
    }

    public static SlackMessage cancelled(IntakeReply.Cancelled cancelled) {
        String text = "Intake cancelled. The " + cancelled.progress().answered()
                + " answers so far are kept: type `resume` here to continue, or start a new idea with `/mlidea`.";
        return new SlackMessage(
                text, List.of(section(s -> s.blockId("cancelled").text(markdownText(text)))));
    }

    public static SlackMessage staleClick(String questionKey, boolean intakeOpen) {
        String prompt = Questionnaire.byKey(questionKey).map(Question::prompt).orElse("that question");
        String text = intakeOpen
                ? "“" + prompt + "” is already answered, so that click changed nothing. The open question is the"
                        + " newest one in this thread; type `back` there to revisit earlier answers."
                : "This intake is not open any more, so that click changed nothing.";
        return new SlackMessage(text, List.of(section(s -> s.blockId("stale").text(markdownText(text)))));
    }

    /**
     * The one reminder a silent intake gets, mentioning its owners. It names the open question but does
     * not repeat it: the live question message above is where it is answered.
     */
    public static SlackMessage reminder(List<String> owners, IntakeReply.Ask ask) {
        int left = ask.progress().total() - ask.progress().answered();
        String text = mentions(owners) + " this idea is waiting for you: " + left
                + (left == 1 ? " question" : " questions") + " left, about " + Math.max(1, (left + 1) / 2)
                + (left <= 2 ? " minute" : " minutes") + ", starting with “"
                + ask.question().prompt()
                + "” in the question message above. A rough answer is fine; you can change it later.";
        return new SlackMessage(text, List.of(section(s -> s.blockId("reminder").text(markdownText(text)))));
    }

    /** What the live message says once the intake stopped because nobody answered. */
    public static String abandonedLine(List<String> owners, Progress progress) {
        return "No answers for a week, so I've stopped asking and marked this intake abandoned. The "
                + progress.answered() + " answers so far are kept; " + mentions(owners)
                + " type `resume` in this thread whenever you want to pick it up again.";
    }

    /** What the live message says once an owner cancelled. */
    public static String cancelledLine(Progress progress) {
        return "Intake cancelled. The " + progress.answered()
                + " answers so far are kept: type `resume` in this thread to continue, or start a new idea with"
                + " `/mlidea`.";
    }

    public static SlackMessage editCancelled(IntakeReply.EditCancelled edit) {
        String text = "Edit cancelled: the answer to “" + edit.question().prompt() + "” stays as it was, and so does"
                + " the assessment.";
        return new SlackMessage(
                text, List.of(section(s -> s.blockId("edit_cancelled").text(markdownText(text)))));
    }

    public static SlackMessage couldNotProcess() {
        String text = "Sorry: something went wrong on my side and I couldn't handle your last message or click, so"
                + " nothing changed. Please send it again; if it keeps failing, tell whoever runs mlidea.";
        return new SlackMessage(
                text, List.of(section(s -> s.blockId("could_not_process").text(markdownText(text)))));
    }

    public static SlackMessage cannotEdit(boolean questionOpen) {
        String text = questionOpen
                ? "Answer the open question in this thread first; then pick the next answer to edit."
                : "That answer can't be edited here: pick one from the newest assessment's menu.";
        return new SlackMessage(
                text, List.of(section(s -> s.blockId("cannot_edit").text(markdownText(text)))));
    }

    /** Why picking an answer to edit changed nothing, in the words the one who picked it reads. */
    public static SlackMessage editRefused(AnswerEditDecision.Refusal reason, List<String> owners) {
        return switch (reason) {
            case NOT_AN_OWNER -> notAnOwner(owners);
            case QUESTION_OPEN -> cannotEdit(true);
            case OLDER_ASSESSMENT, NOT_EDITABLE -> cannotEdit(false);
        };
    }

    /** Why a form's answers were not taken, field by field (the form itself refuses them first). */
    public static SlackMessage formRefused(Map<String, String> errors) {
        var text = new StringBuilder("Those answers were not saved:");
        errors.forEach((key, reason) -> text.append("\n• *")
                .append(AnswerLabels.label(key))
                .append(":* ")
                .append(Mrkdwn.escapeAndFit(reason, 300)));
        return notice("form_refused", text.toString());
    }

    public static SlackMessage nothingMore() {
        return notice(
                "nothing_more",
                "Every question of the full intake is answered already. To change one, pick it in the newest"
                        + " assessment's *Edit an answer* menu.");
    }

    public static SlackMessage moreAsked(String title, int left) {
        return notice(
                "more.asked",
                "The full intake of *" + Mrkdwn.escapeAndFit(title, 100) + "* goes on in its thread: " + left
                        + (left == 1 ? " question" : " questions") + " left. Your earlier answers are kept.");
    }

    public static SlackMessage notAnOwnerMore(List<String> owners) {
        return notice(
                "not_owner",
                "Only this project's owners (" + mentions(owners) + ") can ask for the rest of its intake. An owner"
                        + " can add you with `/mlidea owners`.");
    }

    public static SlackMessage notAnOwnerForm(List<String> owners) {
        return notice(
                "not_owner",
                "Only this project's owners (" + mentions(owners) + ") answer its intake, so those answers were not"
                        + " saved. An owner can add you with `/mlidea owners`.");
    }

    private static SlackMessage notice(String blockId, String text) {
        return new SlackMessage(text, List.of(section(s -> s.blockId(blockId).text(markdownText(text)))));
    }

    public static SlackMessage notAnOwner(List<String> owners) {
        String text = "Only this project's owners (" + mentions(owners) + ") answer its intake, so your click changed"
                + " nothing. Replies from everyone else are welcome as discussion in the thread.";
        return new SlackMessage(
                text, List.of(section(s -> s.blockId("not_owner").text(markdownText(text)))));
    }

    /** An answer as the thread shows it: user text escaped and cut, ids turned into labels. */
    static String echo(Question q, Answer a) {
        // Echoing <@U…> would notify every stakeholder named: PRODUCT.md §7 says a typed mention never pings.
        if (a instanceof Answer.People people) {
            int n = people.userIds().size();
            return n + (n == 1 ? " person" : " people") + " named (not notified from here)";
        }
        if (a instanceof Answer.Skipped) return "_skipped_";
        return Mrkdwn.escapeAndFit(AnswerText.describe(q, a), ECHO_MAX);
    }

    static List<LayoutBlock> questionBlocks(Question q, Answer current, Set<String> draft) {
        var blocks = new ArrayList<LayoutBlock>();
        // The live message's progress line above counts the questions; the question stands alone here.
        blocks.add(section(s -> s.blockId(QUESTION_BLOCK_PREFIX + q.key()).text(markdownText("*" + q.prompt() + "*"))));
        var notes = new ArrayList<String>();
        notes.add(":bulb: _Why we ask:_ " + q.why());
        if (current != null) notes.add("Current answer: " + echo(q, current));
        blocks.add(context(c -> c.blockId("why." + q.key())
                .elements(notes.stream()
                        .map(n -> (com.slack.api.model.block.ContextBlockElement) markdownText(n))
                        .toList())));
        List<BlockElement> elements = answerElements(q, draft);
        if (!elements.isEmpty()) {
            blocks.add(actions(a -> a.blockId(ACTIONS_BLOCK_PREFIX + q.key()).elements(elements)));
        }
        blocks.add(context(c -> c.blockId("how." + q.key()).elements(List.of(markdownText(hint(q))))));
        return blocks;
    }

    private static List<BlockElement> answerElements(Question q, Set<String> draft) {
        if (q.kind() == QuestionKind.CHOICE) {
            return q.choices().stream().map(IntakeMessages::choiceButton).toList();
        }
        if (q.kind() == QuestionKind.SCALE) {
            return IntStream.rangeClosed(Question.SCALE_MIN, Question.SCALE_MAX)
                    .mapToObj(n -> (BlockElement) button(b -> b.actionId(ANSWER_ACTION_PREFIX + n)
                            .value(Integer.toString(n))
                            .text(plainText(Mrkdwn.fitPlain(scaleLabel(q, n), BlockLimits.BUTTON_TEXT)))))
                    .toList();
        }
        if (q.kind() == QuestionKind.PEOPLE) {
            return List.of(multiUsersSelect(
                    s -> s.actionId(PEOPLE_ACTION).placeholder(plainText("Pick people (they are not notified)"))));
        }
        if (q.kind() == QuestionKind.MULTI) {
            List<OptionObject> options = q.choices().stream()
                    .map(c -> OptionObject.builder()
                            .text(plainText(Mrkdwn.fitPlain(c.label(), BlockLimits.OPTION_TEXT)))
                            .value(c.id())
                            .build())
                    .toList();
            List<OptionObject> ticked =
                    options.stream().filter(o -> draft.contains(o.getValue())).toList();
            var elements = new ArrayList<BlockElement>();
            elements.add(checkboxes(c -> {
                c.actionId(TOGGLE_ACTION).options(options);
                if (!ticked.isEmpty()) c.initialOptions(ticked);
                return c;
            }));
            elements.add(button(b -> b.actionId(ANSWER_ACTION_PREFIX + IntakeInput.DONE)
                    .value(IntakeInput.DONE)
                    .style("primary")
                    .text(plainText("Done"))));
            return elements;
        }
        return List.of();
    }

    private static BlockElement choiceButton(Choice c) {
        return button(b -> b.actionId(ANSWER_ACTION_PREFIX + c.id())
                .value(c.id())
                .text(plainText(Mrkdwn.fitPlain(c.label(), BlockLimits.BUTTON_TEXT))));
    }

    private static String scaleLabel(Question q, int n) {
        if (n == Question.SCALE_MIN) return n + " · " + q.lowLabel();
        if (n == Question.SCALE_MAX) return n + " · " + q.highLabel();
        return Integer.toString(n);
    }

    private static String hint(Question q) {
        return switch (q.kind()) {
            case TEXT -> "Reply in this thread with your answer · `skip` · `back` · `cancel` · `help`";
            case PEOPLE ->
                "Pick them above, or reply mentioning them (@alex @sam) · `skip` · `back` · `cancel` · `help`";
            case MULTI ->
                "Tick all that apply and press Done (Done with nothing ticked means none), or type a list"
                        + " like `1, 3` or `none` · `skip` · `back` · `help`";
            case SCALE -> "Click a number or type 1–5 · `skip` · `back` · `cancel` · `help`";
            case CHOICE -> "Click an answer or type it (or its number) · `skip` · `back` · `cancel` · `help`";
        };
    }

    private static String howToAnswer(Question q) {
        return switch (q.kind()) {
            case TEXT -> "reply in this thread with a sentence or two.";
            case PEOPLE -> "pick them in the people picker, or reply mentioning each with @, like `@alex @sam`.";
            case MULTI ->
                "tick the boxes that apply and press *Done*, or type a list such as `1, 3`, the names of the"
                        + " options, or `none`.";
            case SCALE -> "click a number, or type one from 1 (" + q.lowLabel() + ") to 5 (" + q.highLabel() + ").";
            case CHOICE ->
                "click a button, or type the answer or its number ("
                        + String.join(
                                ", ",
                                IntStream.range(0, q.choices().size())
                                        .mapToObj(i -> (i + 1) + " = "
                                                + q.choices().get(i).label())
                                        .toList())
                        + ").";
        };
    }

    static String mentions(List<String> userIds) {
        return String.join(", ", userIds.stream().map(id -> "<@" + id + ">").toList());
    }
}
