package dev.mlidea.bot.card;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.mlidea.bot.blocks.BlockLimits;
import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.conversations.intake.IntakeFlow;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.conversations.intake.Progress;
import dev.mlidea.conversations.rituals.ProjectCandidate;
import dev.mlidea.conversations.rituals.Revalidation;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.storage.ProjectRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The project card: the root of the project's thread, updated in place as the project moves. */
public final class CardMessages {
    /** The card's button that opens the quick intake as a form. */
    public static final String OPEN_FORM_ACTION = "open_form";
    /** The card's select that moves the project to another stage; its options' values are stage ids. */
    public static final String STAGE_ACTION = "stage";
    /** The card's button that opens the criteria's Update modal (handled with the re-check's buttons). */
    public static final String UPDATE_CRITERIA_ACTION = "criteria_update";
    /** The card's button that asks the stakeholders to confirm the criteria. */
    public static final String ASK_STAKEHOLDERS_ACTION = "criteria_ask";
    /** The criteria shown on the card, before "…": the full text is one click away, in the Update modal. */
    static final int CRITERIA_SHOWN = 300;

    /** The date Slack shows where it cannot render a date token: UTC, Slack's own short form. */
    private static final DateTimeFormatter FALLBACK_DATE =
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private CardMessages() {}

    /** The card, with extra lines (the assessment's headline) under the status when there are any. */
    public static SlackMessage card(ProjectRecord project, List<String> extraMrkdwnLines) {
        return card(project, Optional.empty(), extraMrkdwnLines);
    }

    /**
     * The card with its stage: shown with since when (and the iteration after a move back), and a
     * select to move it; a stall and the next smallest step when the rituals say so. Without one (the
     * intake still runs), the project is in planning, no select.
     */
    public static SlackMessage card(ProjectRecord project, Optional<CardStage> stage, List<String> extraMrkdwnLines) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(header(h -> h.blockId("card.title")
                .text(plainText(Mrkdwn.fitPlain(":bulb: " + project.title(), BlockLimits.HEADER_TEXT)))));
        String status = status(project);
        var body = new StringBuilder()
                .append("*Proposed by* <@")
                .append(project.proposerId())
                .append(">")
                .append("   *Stage:* ")
                .append(stage.map(CardMessages::stageText).orElse("planning"))
                .append("   *Id:* `#")
                .append(ProjectCandidate.shortIdOf(project.id()))
                .append("`\n");
        if (project.owners().size() > 1) {
            body.append("*Owners:* ")
                    .append(String.join(
                            ", ",
                            project.owners().stream().map(id -> "<@" + id + ">").toList()))
                    .append('\n');
        }
        body.append("*Status:* ").append(status);
        stage.filter(CardStage::stalled)
                .ifPresent(r -> body.append("\n:zzz: *Stalled:* three nudges went unanswered, so they stopped."
                        + " Any step, answer or stage move starts them again."));
        stage.filter(r -> r.stage() == Stage.PLANNING)
                .flatMap(CardStage::next)
                .ifPresent(step -> body.append("\n*Next smallest step:* ").append(step.label()));
        stage.flatMap(CardStage::criteria)
                .ifPresent(c -> criteriaLines(c, stage.get().stage())
                        .forEach(line -> body.append('\n').append(line)));
        for (String line : extraMrkdwnLines) body.append('\n').append(line);
        blocks.add(section(s -> s.blockId("card.status").text(markdownText(body.toString()))));
        String hint = switch (project.intake().status()) {
            case IN_PROGRESS -> "The intake runs in this thread :thread: or in a form. Type `help` there for options.";
            case COMPLETED -> "Answers and assessment are in this thread :thread:";
            case CANCELLED -> "Intake cancelled; answers are kept. Type `resume` in the thread to continue.";
            case ABANDONED ->
                "No answer for a week, so the intake stopped; answers are kept. Type `resume` in the"
                        + " thread to continue.";
        };
        blocks.add(context(c -> c.blockId("card.hint").elements(List.of(markdownText(hint)))));
        var actions = new ArrayList<BlockElement>();
        if (project.intake().mode() == IntakeMode.QUICK) {
            String label =
                    project.intake().status() == IntakeStatus.COMPLETED ? "Edit answers in a form" : "Answer in a form";
            actions.add(button(b ->
                    b.actionId(OPEN_FORM_ACTION).value(project.id().toString()).text(plainText(label))));
        }
        if (stage.isPresent()) actions.add(stageSelect());
        stage.filter(st -> Revalidation.runsIn(st.stage()))
                .flatMap(CardStage::criteria)
                .ifPresent(c -> criteriaButtons(project, c).forEach(actions::add));
        if (!actions.isEmpty())
            blocks.add(actions(a -> a.blockId("card.actions").elements(actions)));
        String text = "ML idea: " + Mrkdwn.escape(project.title()) + " (" + status + ")";
        return new SlackMessage(text, blocks);
    }

    /** The criteria on one line, the trend, the sign-offs, and where the re-check stands (while it runs). */
    static List<String> criteriaLines(CardCriteria c, Stage stage) {
        var lines = new ArrayList<String>();
        String words = c.criteria().isBlank()
                ? "_not written yet_"
                : Mrkdwn.escapeAndFit(c.criteria().strip().replaceAll("\\s+", " "), CRITERIA_SHOWN);
        lines.add("*Success criteria:* " + words);
        if (!c.trend().isEmpty()) lines.add("*Metric:* " + Mrkdwn.escape(c.trend()));
        if (c.signOffs().namedCount() > 0) {
            String asked = c.signOffs().complete() || c.asked() == 0 ? "" : " (" + c.asked() + " asked)";
            lines.add("*Sign-off:* " + c.signOffs().summary() + asked);
        }
        if (Revalidation.runsIn(stage)) {
            lines.add(
                    switch (c.status()) {
                        case SCHEDULED, DUE -> "*Next re-check:* " + date(c.since());
                        case REMINDED, OWNER_DM_SENT ->
                            "*Re-check:* due since " + date(c.since()) + ", waiting for an owner";
                        case OVERDUE ->
                            ":warning: *Criteria overdue:* the re-check went unanswered (since " + date(c.since())
                                    + ")";
                    });
        }
        return lines;
    }

    private static List<BlockElement> criteriaButtons(ProjectRecord project, CardCriteria c) {
        String id = project.id().toString();
        var buttons = new ArrayList<BlockElement>();
        buttons.add(button(b -> b.actionId(UPDATE_CRITERIA_ACTION).value(id).text(plainText("Update criteria…"))));
        if (c.signOffs().namedCount() > 0 && !c.signOffs().complete()) {
            buttons.add(button(
                    b -> b.actionId(ASK_STAKEHOLDERS_ACTION).value(id).text(plainText("Ask stakeholders to confirm"))));
        }
        return buttons;
    }

    /** "Data", "Data (iteration 2)", each with since when as a date every reader sees in their own zone. */
    static String stageText(CardStage stage) {
        var text = new StringBuilder(stage.stage().label());
        if (stage.iteration() > 1)
            text.append(" (iteration ").append(stage.iteration()).append(')');
        stage.since().ifPresent(since -> text.append(" since ").append(date(since)));
        return text.toString();
    }

    /** Slack's date token: rendered in the reader's time zone, the UTC date where it cannot be. */
    static String date(Instant at) {
        return "<!date^" + at.getEpochSecond() + "^{date_short}|" + FALLBACK_DATE.format(at) + ">";
    }

    private static BlockElement stageSelect() {
        return staticSelect(s -> s.actionId(STAGE_ACTION)
                .placeholder(plainText("Move to stage…"))
                .options(Arrays.stream(Stage.values())
                        .map(st -> option(plainText(st.label()), st.id()))
                        .toList()));
    }

    private static String intakeName(ProjectRecord project) {
        return project.intake().mode() == IntakeMode.QUICK ? "quick intake" : "intake";
    }

    static String status(ProjectRecord project) {
        Progress p = IntakeFlow.progress(project.intake());
        return switch (project.intake().status()) {
            case IN_PROGRESS ->
                p.answered() == p.total()
                        ? "editing an answer"
                        : intakeName(project) + " " + p.answered() + "/" + p.total();
            case COMPLETED -> "intake complete";
            case CANCELLED -> "intake cancelled at " + p.answered() + "/" + p.total();
            case ABANDONED -> "intake abandoned at " + p.answered() + "/" + p.total();
        };
    }
}
