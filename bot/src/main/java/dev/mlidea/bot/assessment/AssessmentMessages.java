package dev.mlidea.bot.assessment;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import dev.mlidea.bot.blocks.BlockLimits;
import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.conversations.assessment.Archetype;
import dev.mlidea.conversations.assessment.Assessment;
import dev.mlidea.conversations.assessment.AssessmentAction;
import dev.mlidea.conversations.assessment.AssessmentDecision;
import dev.mlidea.conversations.assessment.Gate;
import dev.mlidea.conversations.assessment.NextStep;
import dev.mlidea.conversations.assessment.Quadrant;
import dev.mlidea.conversations.assessment.RedFlag;
import dev.mlidea.conversations.assessment.Score;
import dev.mlidea.conversations.assessment.Verdict;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.Question;
import dev.mlidea.conversations.intake.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The assessment in the thread: why the bot concluded what it did, and buttons to correct it. The
 * actions block id names the version ({@code assessment.3}) so a click on an older one is recognised.
 */
public final class AssessmentMessages {
    public static final String ACTIONS_BLOCK_PREFIX = "assessment.";
    public static final String ARCHETYPE_ACTION_PREFIX = "archetype.";
    public static final String LOOKS_RIGHT_ACTION = "looks_right";
    public static final String EDIT_ANSWER_ACTION = "edit_answer";
    /** Shows the one who clicked the complete arithmetic of that version, privately. Anyone may click it. */
    public static final String WHY_ACTION = "why";

    private static final int GAUGE_WIDTH = 10;
    private static final int STRONGEST_REASONS = 2;

    private AssessmentMessages() {}

    /**
     * The assessment, verdict first: the verdict and the first step in one line, the archetype, the two
     * strongest reasons with the scores' gauges, the red flags once each, the next steps after the first,
     * the archetype's guidance (less what a flag already says), then the buttons. The rule-by-rule
     * arithmetic is behind {@link #WHY_ACTION} ({@link #why}).
     *
     * @param confirmed the archetype the proposer confirmed or chose, if any: without it an unsure
     *     suggestion asks for confirmation
     */
    public static SlackMessage assessment(
            String title, Assessment a, int version, Optional<Archetype> confirmed, Answers answers) {
        var blocks = new ArrayList<LayoutBlock>();
        Optional<NextStep> first = a.nextSteps().stream().findFirst();
        blocks.add(section(s -> s.blockId("assessment.verdict").text(markdownText(fit(verdictLine(a, first))))));

        boolean needsConfirmation = !a.suggested().confident() && confirmed.isEmpty();
        var archetype = new StringBuilder("*Archetype:* ").append(a.archetype().label());
        if (a.overridden()) {
            archetype
                    .append(" _(your choice; the answers suggested ")
                    .append(a.suggested().archetype().label())
                    .append(")_");
        } else {
            archetype.append(" — ").append(Mrkdwn.escape(a.suggested().reason()));
        }
        if (needsConfirmation) {
            archetype.append(" :question: The answers don't point clearly to one archetype. Which is it? Pick one"
                    + " below; the scores follow your choice.");
        }
        blocks.add(section(s -> s.blockId("assessment.archetype").text(markdownText(fit(archetype)))));

        blocks.add(section(s -> s.blockId("assessment.scores").text(markdownText(fit(reasonsAndGauges(a))))));

        List<String> flags = flagLines(a);
        if (!flags.isEmpty()) {
            var text = new StringBuilder("*Red flags*");
            for (String line : flags) text.append("\n").append(line);
            blocks.add(section(s -> s.blockId("assessment.red_flags").text(markdownText(fit(text)))));
        }

        if (a.nextSteps().size() > 1) {
            var steps = new StringBuilder("*After the first step*");
            for (int i = 1; i < a.nextSteps().size(); i++) {
                steps.append("\n")
                        .append(i + 1)
                        .append(". ")
                        .append(Mrkdwn.escape(a.nextSteps().get(i).text()));
            }
            blocks.add(section(s -> s.blockId("assessment.next_steps").text(markdownText(fit(steps)))));
        }

        List<String> guidanceLeft = Reason.guidanceNotInFlags(a);
        if (!guidanceLeft.isEmpty()) {
            var guidance = new StringBuilder("*Planning a ")
                    .append(a.archetype().label())
                    .append(" project*");
            for (String line : guidanceLeft) guidance.append("\n• ").append(Mrkdwn.escape(line));
            blocks.add(section(s -> s.blockId("assessment.guidance").text(markdownText(fit(guidance)))));
        }

        blocks.add(divider());
        blocks.add(actions(x ->
                x.blockId(ACTIONS_BLOCK_PREFIX + version).elements(actionElements(a, needsConfirmation, answers))));
        blocks.add(context(c -> c.blockId("assessment.meta")
                .elements(List.of(markdownText(Mrkdwn.fitEscaped(
                        "Assessment #" + version + " of “" + Mrkdwn.escape(title) + "” · scoring model v"
                                + a.modelVersion()
                                + " · *Why?* shows the arithmetic. Change the archetype or edit an answer and"
                                + " I'll re-assess.",
                        BlockLimits.SECTION_TEXT))))));

        String text = "Assessment: " + a.verdict().label()
                + first.map(step -> " — first step: " + step.text()).orElse("")
                + " (" + a.archetype().label() + ", impact " + format(a.impact()) + ", feasibility "
                + format(a.feasibility()) + ")";
        return new SlackMessage(Mrkdwn.escape(text), blocks);
    }

    /**
     * The buttons, one of them primary: <em>Looks right</em>, then <em>Why?</em>, the archetypes (the
     * current one ticked) and the menu of answers to edit.
     */
    private static List<BlockElement> actionElements(Assessment a, boolean needsConfirmation, Answers answers) {
        var elements = new ArrayList<BlockElement>();
        elements.add(button(b -> b.actionId(LOOKS_RIGHT_ACTION)
                .value("looks_right")
                .style("primary")
                .text(plainText("Looks right"))));
        elements.add(button(b -> b.actionId(WHY_ACTION).value(WHY_ACTION).text(plainText("Why?"))));
        for (Archetype archetype : Archetype.values()) {
            boolean current = archetype == a.archetype();
            String label = needsConfirmation
                    ? archetype.label()
                    : current ? "✓ " + archetype.label() : "Change to " + archetype.label();
            elements.add(button(b -> b.actionId(ARCHETYPE_ACTION_PREFIX + archetype.id())
                    .value(archetype.id())
                    .text(plainText(Mrkdwn.fitPlain(label, BlockLimits.BUTTON_TEXT)))));
        }
        // The answered questions, whichever intake gave them: a quick intake's, or the full one's after "more".
        List<OptionObject> editable = Questionnaire.applicable(IntakeMode.FULL, answers).stream()
                .filter(q -> answers.has(q.key()))
                .map(AssessmentMessages::editOption)
                .toList();
        elements.add(staticSelect(s -> s.actionId(EDIT_ANSWER_ACTION)
                .placeholder(plainText("Edit an answer…"))
                .options(editable)));
        return elements;
    }

    private static OptionObject editOption(Question q) {
        return OptionObject.builder()
                .text(plainText(Mrkdwn.fitPlain(q.prompt(), BlockLimits.OPTION_TEXT)))
                .value(q.key())
                .build();
    }

    /**
     * The card's lines, verdict first: the verdict and the first step, then the archetype and the
     * scores, so the channel sees where the project stands.
     *
     * @param verdictLabel the stored verdict's label, from any scoring model ({@link Verdict#stored})
     */
    public static List<String> cardLines(
            String archetypeLabel,
            boolean confirmed,
            String verdictLabel,
            double impact,
            double feasibility,
            Optional<String> firstStep,
            boolean dontBuild) {
        var lines = new ArrayList<String>();
        lines.add((dontBuild ? ":octagonal_sign: " : "") + "*Verdict:* " + verdictLabel
                + firstStep
                        .map(step -> " — *next step:* " + Mrkdwn.escape(step))
                        .orElse(""));
        lines.add("*Archetype:* " + archetypeLabel + (confirmed ? "" : " _(unconfirmed)_") + " · impact "
                + format(impact) + ", feasibility " + format(feasibility));
        return lines;
    }

    /** "*Impact 3.6 / 5*" and every contribution that moved it, one a line, as the domain words it. */
    public static SlackMessage looksRight(String userId, Optional<String> firstStep, boolean dontBuild) {
        String text = dontBuild
                ? "<@" + userId + "> agreed: don't build this with ML (yet). "
                        + firstStep.map(s -> "*" + Mrkdwn.escape(s) + "*").orElse("")
                : "<@" + userId + "> confirmed this assessment. "
                        + firstStep
                                .map(s -> "Just get started: *" + Mrkdwn.escape(s)
                                        + "* No perfect setup or tooling needed first.")
                                .orElse("Just get started — no perfect setup or tooling needed first.");
        return new SlackMessage(
                text, List.of(section(s -> s.blockId("assessment.confirmed").text(markdownText(text.strip())))));
    }

    /**
     * Why a click on an assessment changed nothing, for the one who clicked; empty when telling them
     * would not help (a button naming no archetype is not something a person did).
     */
    public static Optional<SlackMessage> refused(
            AssessmentDecision.Refusal reason, Optional<Integer> clicked, Optional<AssessmentAction.Newest> newest) {
        String text = switch (reason) {
            case NOT_AN_OWNER ->
                "Only this project's owners can change its assessment; your click changed nothing. Say what you"
                        + " think in the thread!";
            case INTAKE_OPEN -> "Finish the open question in this thread first; then I'll re-assess.";
            case OLDER_VERSION ->
                "That is an older assessment"
                        + clicked.map(v -> " (#" + v + ")").orElse("")
                        + ", so nothing changed. Use the buttons on the newest one, #"
                        + newest.map(AssessmentAction.Newest::version).orElse(0) + ".";
            case ALREADY_CONFIRMED ->
                "It is already assessed as "
                        + newest.flatMap(AssessmentAction.Newest::confirmed)
                                .map(Archetype::label)
                                .orElse("that archetype")
                        + ": nothing changed.";
            case UNKNOWN_ARCHETYPE -> null;
        };
        return Optional.ofNullable(text).map(t -> notice("assessment.notice", t));
    }

    private static SlackMessage notice(String blockId, String text) {
        return new SlackMessage(text, List.of(section(s -> s.blockId(blockId).text(markdownText(text)))));
    }

    static String gauge(Score score) {
        int filled = (int) Math.round(score.value() / Score.MAX * GAUGE_WIDTH);
        return "█".repeat(filled) + "░".repeat(GAUGE_WIDTH - filled);
    }

    static String format(Score score) {
        return format(score.value());
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * The verdict and the first step, in one line. A "not yet" names what unblocks it and a "don't
     * build" its reason, after the step.
     */
    private static StringBuilder verdictLine(Assessment a, Optional<NextStep> first) {
        var line = new StringBuilder();
        Verdict v = a.verdict();
        if (v instanceof Verdict.DontBuildYet) line.append(":octagonal_sign: ");
        if (v instanceof Verdict.NotYet) line.append(":no_entry: ");
        line.append('*').append(v.label()).append('*');
        first.ifPresent(step -> line.append(" — first step: ").append(Mrkdwn.escape(step.text())));
        if (v instanceof Verdict.NotYet notYet) {
            line.append(" _").append(Mrkdwn.escape(notYet.gate().unblockedBy())).append("_");
        }
        a.dontBuild()
                .ifPresent(reason ->
                        line.append(" _").append(Mrkdwn.escape(reason)).append("_"));
        return line;
    }

    /**
     * The two strongest reasons and the gauges. Where the scores put the project is said in words, not
     * by the quadrant's name, when "don't build" or a gate is the verdict: "Do it now" must never sit
     * beside "Not yet".
     */
    private static StringBuilder reasonsAndGauges(Assessment a) {
        var text = new StringBuilder();
        List<Reason> strongest = Reason.strongest(a, STRONGEST_REASONS);
        if (strongest.isEmpty()) {
            text.append("*What moved the scores most:* nothing; they are where they start.\n");
        } else {
            text.append("*What moved the scores most*");
            for (Reason r : strongest) text.append("\n• ").append(r.mrkdwn());
            text.append('\n');
        }
        text.append("*Impact* `")
                .append(gauge(a.impact()))
                .append("` ")
                .append(format(a.impact()))
                .append("/5 · *Feasibility* `")
                .append(gauge(a.feasibility()))
                .append("` ")
                .append(format(a.feasibility()))
                .append("/5");
        if (a.verdict() instanceof Verdict.OnTheMatrix) {
            text.append(" — ").append(where(a.quadrant()));
        } else {
            text.append("\n_Where the scores put it: ")
                    .append(where(a.quadrant()))
                    .append("._");
        }
        return text;
    }

    /**
     * The red flags, each said once: the verdict's own gate is the verdict, so its flag is left out;
     * another closed gate is said as the gate, with what unblocks it, in place of its flag.
     */
    private static List<String> flagLines(Assessment a) {
        Optional<Gate> verdictGate =
                a.verdict() instanceof Verdict.NotYet notYet ? Optional.of(notYet.gate()) : Optional.empty();
        var lines = new ArrayList<String>();
        for (Gate gate : a.gates()) {
            if (verdictGate.equals(Optional.of(gate))) continue;
            lines.add(
                    ":no_entry: *Not yet — " + Mrkdwn.escape(gate.label()) + ".* " + Mrkdwn.escape(gate.unblockedBy()));
        }
        for (RedFlag flag : a.redFlags()) {
            if (a.gates().stream().anyMatch(gate -> gate.flag() == flag)) continue;
            lines.add(":warning: " + Mrkdwn.escape(flag.text()));
        }
        return lines;
    }

    static String where(Quadrant q) {
        return switch (q) {
            case DO_IT_NOW -> "high impact, high feasibility";
            case BIG_BET -> "high impact, low feasibility";
            case CHEAP_WIN -> "low impact, high feasibility";
            case DONT_YET -> "low impact, low feasibility";
        };
    }

    /** Cuts escaped mrkdwn to one section without splitting an entity such as {@code &amp;}. */
    static String fit(StringBuilder mrkdwn) {
        return Mrkdwn.fitEscaped(mrkdwn.toString(), BlockLimits.SECTION_TEXT);
    }
}
