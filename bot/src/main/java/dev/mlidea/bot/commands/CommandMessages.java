package dev.mlidea.bot.commands;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.conversations.rituals.ProjectCandidate;
import dev.mlidea.storage.ProjectRecord;
import java.util.List;

/** What the project commands answer, privately, to the one who typed them. */
final class CommandMessages {
    /** A list longer than this is cut: the person can type more of the title. */
    private static final int LIST_MAX = 15;

    private CommandMessages() {}

    static SlackMessage ownersAdded(String by, List<String> added) {
        String text = mentions(added) + (added.size() == 1 ? " is" : " are") + " now co-owner"
                + (added.size() == 1 ? "" : "s") + " of this idea (added by <@" + by + ">): replies here count as"
                + " answers, and the buttons work for you.";
        return notice("owners.added", text);
    }

    static SlackMessage ownersDone(ProjectRecord project, List<String> added) {
        return notice(
                "owners.done",
                "Done: " + mentions(added) + " now co-own *" + title(project) + "*. I told them in its thread.");
    }

    static SlackMessage alreadyOwners(ProjectRecord project) {
        return notice("owners.unchanged", "They already own *" + title(project) + "*, so nothing changed.");
    }

    static SlackMessage tooManyOwners(ProjectRecord project, int max) {
        return notice(
                "owners.too_many",
                "*" + title(project) + "* can have at most " + max + " owners, so nobody was added.");
    }

    static SlackMessage onlyOwnersAddOwners(ProjectRecord project) {
        return notice(
                "owners.not_owner",
                "Only the owners of *" + title(project) + "* (" + mentions(project.owners())
                        + ") can add owners; ask one of them.");
    }

    static SlackMessage unknownProject(String named, List<ProjectRecord> yours) {
        String what = named.isBlank()
                ? "Which project? Name it by its short id or the start of its title, e.g. `/mlidea owners churn"
                        + " @alex`."
                : "No project here is called “" + Mrkdwn.escapeAndFit(named, 80) + "”.";
        String list = yours.isEmpty() ? "You don't own any project yet." : "Your projects:\n" + list(yours);
        return notice("project.unknown", what + "\n" + list);
    }

    static SlackMessage whichProject(List<ProjectRecord> matches) {
        return notice("project.ambiguous", "Several projects match; name one by its short id:\n" + list(matches));
    }

    static SlackMessage noProjectForMore() {
        return notice(
                "more.none",
                "You have no project in this channel yet. Start one with `/mlidea <short title>`; `/mlidea more`"
                        + " then asks the rest of the full intake.");
    }

    private static String list(List<ProjectRecord> projects) {
        var lines = projects.stream()
                .limit(LIST_MAX)
                .map(p -> "• `#" + ProjectCandidate.shortIdOf(p.id()) + "` " + title(p))
                .toList();
        String more = projects.size() > LIST_MAX ? "\n… and " + (projects.size() - LIST_MAX) + " more" : "";
        return String.join("\n", lines) + more;
    }

    private static String title(ProjectRecord project) {
        return Mrkdwn.escapeAndFit(project.title(), 100);
    }

    private static String mentions(List<String> userIds) {
        return String.join(", ", userIds.stream().map(id -> "<@" + id + ">").toList());
    }

    private static SlackMessage notice(String blockId, String text) {
        return new SlackMessage(text, List.of(section(s -> s.blockId(blockId).text(markdownText(text)))));
    }
}
