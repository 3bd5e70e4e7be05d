package dev.mlidea.bot.stage;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.conversations.rituals.ProjectCandidate;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageMove;
import dev.mlidea.storage.ProjectRecord;
import java.util.List;

/** The line a stage move posts in the project's thread, and the private answers about moving stages. */
public final class StageMessages {
    private StageMessages() {}

    /**
     * One short line in the thread, so the team sees who moved the project where. {@code iterationBefore}
     * tells a resume at an earlier stage (a new iteration) from a plain resume.
     */
    public static SlackMessage moved(StageMove move, int iterationBefore) {
        String who = "<@" + move.by() + ">";
        String to = "*" + move.to().label() + "*";
        String from = move.from().label();
        String text = switch (move.kind()) {
            case FORWARD -> who + " moved this to " + to + " (from " + from + ").";
            case BACK ->
                who + " moved this to " + to + " (back from " + from + ": iteration " + move.iteration() + ").";
            case PAUSE -> who + " paused this (it was in *" + from + "*).";
            case RESUME ->
                who + " resumed this in " + to
                        + (move.iteration() > iterationBefore ? " (iteration " + move.iteration() + ")." : ".");
            case KILL ->
                who + " killed this (it was in *" + from + "*). Stopping an idea that is not worth"
                        + " it is a good outcome.";
            case REOPEN -> who + " reopened this: back in " + to + ", where it was killed.";
        };
        return notice("stage.moved", text);
    }

    /** For the one who typed the command: done, and where it is said. */
    public static SlackMessage done(ProjectRecord project, StageMove move) {
        String iteration = move.iteration() > 1 ? " (iteration " + move.iteration() + ")" : "";
        return notice(
                "stage.done",
                "Done: *" + title(project) + "* is now in *" + move.to().label() + "*" + iteration
                        + ". I said so in its thread.");
    }

    public static SlackMessage notOwner(ProjectRecord project) {
        return notice(
                "stage.not_owner",
                "Only the owners of *" + title(project) + "* can change its stage: ask " + owners(project.owners())
                        + ".");
    }

    public static SlackMessage alreadyThere(ProjectRecord project, Stage stage) {
        return notice("stage.already", "*" + title(project) + "* is already in *" + stage.label() + "*.");
    }

    /** A killed project moves only by an explicit reopen, back to where it was killed from. */
    public static SlackMessage killed(ProjectRecord project, Stage killedFrom) {
        return notice(
                "stage.killed",
                "*" + title(project) + "* was killed, and a stage move does not bring it back. If the kill was a"
                        + " slip, `/mlidea stage #" + ProjectCandidate.shortIdOf(project.id()) + " reopen` puts it"
                        + " back in *" + killedFrom.label() + "*; to try the idea again for real, start a new one"
                        + " with `/mlidea &lt;title&gt;`, which asks again whether it needs ML at all.");
    }

    public static SlackMessage notKilled(ProjectRecord project, Stage stage) {
        return notice(
                "stage.not_killed",
                "*" + title(project) + "* was not killed, so there is nothing to reopen: it is in *" + stage.label()
                        + "*.");
    }

    /** The rituals start when the intake is complete; until then the project is planning its answers. */
    public static SlackMessage intakeOpen(ProjectRecord project) {
        return notice(
                "stage.intake_open",
                "*" + title(project) + "* is still in its intake, so it is in planning. Finish the intake first"
                        + " (in its thread, or in the form from the card); then its stage can move.");
    }

    private static String title(ProjectRecord project) {
        return Mrkdwn.escapeAndFit(project.title(), 100);
    }

    private static String owners(List<String> userIds) {
        var mentions = userIds.stream().map(id -> "<@" + id + ">").toList();
        if (mentions.size() <= 1) return String.join("", mentions);
        return String.join(", ", mentions.subList(0, mentions.size() - 1)) + " or " + mentions.get(mentions.size() - 1);
    }

    private static SlackMessage notice(String blockId, String text) {
        return new SlackMessage(text, List.of(section(s -> s.blockId(blockId).text(markdownText(text)))));
    }
}
