package dev.mlidea.bot.card;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import dev.mlidea.bot.blocks.BlockLimits;
import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.conversations.intake.IntakeFlow;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.conversations.intake.Progress;
import dev.mlidea.conversations.rituals.ProjectCandidate;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.storage.ProjectRecord;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The project card: the root of the project's thread, updated in place as the project moves. */
public final class CardMessages {
    /** The card's button that opens the quick intake as a form. */
    public static final String OPEN_FORM_ACTION = "open_form";

    private CardMessages() {}

    /** The card, with extra lines (the assessment's headline) under the status when there are any. */
    public static SlackMessage card(ProjectRecord project, List<String> extraMrkdwnLines) {
        return card(project, Optional.empty(), extraMrkdwnLines);
    }

    /** The card of a project whose rituals have started: their stage, a stall and the next step on it. */
    public static SlackMessage card(
            ProjectRecord project, Optional<CardRituals> rituals, List<String> extraMrkdwnLines) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(header(h -> h.blockId("card.title")
                .text(plainText(Mrkdwn.fitPlain(":bulb: " + project.title(), BlockLimits.HEADER_TEXT)))));
        String status = status(project);
        var body = new StringBuilder()
                .append("*Proposed by* <@")
                .append(project.proposerId())
                .append(">")
                .append("   *Stage:* ")
                .append(rituals.map(CardMessages::stage).orElse("planning"))
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
        rituals.filter(CardRituals::stalled)
                .ifPresent(r -> body.append("\n:zzz: *Stalled:* three nudges went unanswered, so they stopped."
                        + " Any step, answer or stage move starts them again."));
        rituals.filter(r -> r.stage() == Stage.PLANNING)
                .flatMap(CardRituals::next)
                .ifPresent(step -> body.append("\n*Next smallest step:* ").append(step.label()));
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
        if (project.intake().mode() == IntakeMode.QUICK) {
            String label =
                    project.intake().status() == IntakeStatus.COMPLETED ? "Edit answers in a form" : "Answer in a form";
            blocks.add(actions(a -> a.blockId("card.actions")
                    .elements(List.of(button(b -> b.actionId(OPEN_FORM_ACTION)
                            .value(project.id().toString())
                            .text(plainText(label)))))));
        }
        String text = "ML idea: " + Mrkdwn.escape(project.title()) + " (" + status + ")";
        return new SlackMessage(text, blocks);
    }

    /** "Planning since <date>", the date in each reader's own zone, with the owner's as the fallback. */
    private static String stage(CardRituals r) {
        String fallback = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH)
                .format(r.since().atZone(r.zone()).toLocalDate());
        return r.stage().label() + " since <!date^" + r.since().getEpochSecond() + "^{date_short}|" + fallback + ">";
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
