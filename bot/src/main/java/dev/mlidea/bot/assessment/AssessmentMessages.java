package dev.mlidea.bot.assessment;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
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
    private static final int GAUGE_WIDTH = 10;

    private AssessmentMessages() {}

    /**
     * @param confirmed the archetype the proposer confirmed or chose, if any: without it an unsure
     *     suggestion asks for confirmation
     */
    public static SlackMessage assessment(
            String title, Assessment a, int version, Optional<Archetype> confirmed, Answers answers) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(header(h -> h.blockId("assessment.header")
                .text(plainText(Mrkdwn.fitPlain("Assessment: " + title, BlockLimits.HEADER_TEXT)))));
        a.dontBuild()
                .ifPresent(reason -> blocks.add(section(s -> s.blockId("assessment.dont_build")
                        .text(markdownText(
                                ":octagonal_sign: *Don't build this with ML (yet).* " + Mrkdwn.escape(reason))))));

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
            archetype.append("\n:question: The answers don't point clearly to one archetype. Which is it? Pick one"
                    + " below; the scores follow your choice.");
        }
        blocks.add(section(s -> s.blockId("assessment.archetype").text(markdownText(archetype.toString()))));

        blocks.add(section(s -> s.blockId("assessment.scores")
                .text(markdownText("*Impact* `" + gauge(a.impact()) + "` " + format(a.impact()) + " / 5\n"
                        + "*Feasibility* `" + gauge(a.feasibility()) + "` " + format(a.feasibility()) + " / 5\n"
                        + verdictLines(a)))));
        if (!a.gates().isEmpty()) {
            var gates = new StringBuilder("*Before you start*");
            for (Gate gate : a.gates()) {
                gates.append("\n:no_entry: *Not yet — ")
                        .append(Mrkdwn.escape(gate.label()))
                        .append(".* ")
                        .append(Mrkdwn.escape(gate.unblockedBy()));
            }
            blocks.add(section(s -> s.blockId("assessment.gates").text(markdownText(fit(gates)))));
        }
        blocks.add(context(c -> c.blockId("assessment.why")
                .elements(List.of(
                        markdownText(Mrkdwn.escapeAndFit(a.impact().explain("Impact"), BlockLimits.SECTION_TEXT)),
                        markdownText(Mrkdwn.escapeAndFit(
                                a.feasibility().explain("Feasibility"), BlockLimits.SECTION_TEXT))))));

        // A gate already says what its red flag would: each is said once.
        List<RedFlag> flagsLeft = a.redFlags().stream()
                .filter(flag -> a.gates().stream().noneMatch(gate -> gate.flag() == flag))
                .toList();
        if (!flagsLeft.isEmpty()) {
            var flags = new StringBuilder("*Red flags*");
            for (RedFlag flag : flagsLeft) flags.append("\n:warning: ").append(Mrkdwn.escape(flag.text()));
            blocks.add(section(s -> s.blockId("assessment.red_flags").text(markdownText(fit(flags)))));
        }
        var guidance =
                new StringBuilder("*Planning a ").append(a.archetype().label()).append(" project*");
        for (String line : a.guidance()) guidance.append("\n• ").append(Mrkdwn.escape(line));
        blocks.add(section(s -> s.blockId("assessment.guidance").text(markdownText(fit(guidance)))));

        var steps = new StringBuilder("*Next steps* — the first is the smallest thing that moves this project");
        int n = 1;
        for (NextStep step : a.nextSteps())
            steps.append("\n").append(n++).append(". ").append(Mrkdwn.escape(step.text()));
        blocks.add(section(s -> s.blockId("assessment.next_steps").text(markdownText(fit(steps)))));
        blocks.add(divider());
        blocks.add(actions(x ->
                x.blockId(ACTIONS_BLOCK_PREFIX + version).elements(actionElements(a, needsConfirmation, answers))));
        blocks.add(context(c -> c.blockId("assessment.meta")
                .elements(List.of(markdownText("Assessment #" + version + " · scoring model v" + a.modelVersion()
                        + " · Change the archetype or edit an answer and I'll re-assess.")))));

        String text =
                "Assessment: " + a.archetype().label() + ", " + a.verdict().label() + " (impact " + format(a.impact())
                        + ", feasibility " + format(a.feasibility()) + ")";
        return new SlackMessage(text, blocks);
    }

    private static List<BlockElement> actionElements(Assessment a, boolean needsConfirmation, Answers answers) {
        var elements = new ArrayList<BlockElement>();
        for (Archetype archetype : Archetype.values()) {
            boolean current = archetype == a.archetype();
            String label = needsConfirmation
                    ? archetype.label()
                    : current ? "✓ " + archetype.label() : "Change to " + archetype.label();
            elements.add(button(b -> {
                b.actionId(ARCHETYPE_ACTION_PREFIX + archetype.id())
                        .value(archetype.id())
                        .text(plainText(Mrkdwn.fitPlain(label, BlockLimits.BUTTON_TEXT)));
                if (current && !needsConfirmation) b.style("primary");
                return b;
            }));
        }
        // The answered questions, whichever intake gave them: a quick intake's, or the full one's after "more".
        List<OptionObject> editable = Questionnaire.applicable(IntakeMode.FULL, answers).stream()
                .filter(q -> answers.has(q.key()))
                .map(AssessmentMessages::editOption)
                .toList();
        elements.add(staticSelect(s -> s.actionId(EDIT_ANSWER_ACTION)
                .placeholder(plainText("Edit an answer…"))
                .options(editable)));
        elements.add(button(b -> b.actionId(LOOKS_RIGHT_ACTION)
                .value("looks_right")
                .style("primary")
                .text(plainText("Looks right"))));
        return elements;
    }

    private static OptionObject editOption(Question q) {
        return OptionObject.builder()
                .text(plainText(Mrkdwn.fitPlain(q.prompt(), BlockLimits.OPTION_TEXT)))
                .value(q.key())
                .build();
    }

    /**
     * The card's lines: archetype, verdict and the first step, so the channel sees where it stands.
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
        lines.add("*Archetype:* " + archetypeLabel + (confirmed ? "" : " _(unconfirmed)_")
                + "   *Verdict:* " + verdictLabel + " (impact " + format(impact) + ", feasibility "
                + format(feasibility) + ")");
        if (dontBuild) lines.add(":octagonal_sign: Don't build this with ML (yet) — see the assessment in the thread.");
        firstStep.ifPresent(step -> lines.add("*Next step:* " + step));
        return lines;
    }

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
     * The verdict, and where the scores put the project: on the same line when the quadrant is the
     * verdict, on a line of its own (in words, not the quadrant's name) when "don't build" or a gate wins.
     */
    private static String verdictLines(Assessment a) {
        if (a.verdict() instanceof Verdict.OnTheMatrix) {
            return "*Verdict:* *" + a.quadrant().label() + "* — " + where(a.quadrant());
        }
        // Where the scores put it, without the quadrant's name: "Do it now" must never sit beside "Not yet".
        return "*Verdict:* *" + a.verdict().label() + "*\n_Where the scores put it: " + where(a.quadrant()) + "._";
    }

    private static String where(Quadrant q) {
        return switch (q) {
            case DO_IT_NOW -> "high impact, high feasibility";
            case BIG_BET -> "high impact, low feasibility";
            case CHEAP_WIN -> "low impact, high feasibility";
            case DONT_YET -> "low impact, low feasibility";
        };
    }

    /** Cuts escaped mrkdwn to one section without splitting an entity such as {@code &amp;}. */
    private static String fit(StringBuilder mrkdwn) {
        return Mrkdwn.fitEscaped(mrkdwn.toString(), BlockLimits.SECTION_TEXT);
    }
}
