package dev.mlidea.bot.commands;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.card.CardHeadline;
import dev.mlidea.bot.card.CardMessages;
import dev.mlidea.bot.intake.IntakeConversation;
import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.conversations.rituals.ProjectCandidate;
import dev.mlidea.conversations.rituals.ProjectReference;
import dev.mlidea.storage.OutboxKind;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.UnitOfWork;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Slash commands about an existing project ({@code owners}, {@code more}), run by the worker. The
 * project is named by its short id or the start of its title, looked for first among the channel's
 * projects, then the workspace's; anything but one match is answered with the choices. Answers go to
 * the one who typed, through the command's response_url.
 */
public final class ProjectCommands {
    /** Enough for a team; a list longer than this is a typo or a bot, and the card must stay readable. */
    static final int MAX_OWNERS = 12;

    private final IntakeConversation intake;
    private final CardHeadline headline;

    public ProjectCommands(IntakeConversation intake, CardHeadline headline) {
        this.intake = intake;
        this.headline = headline;
    }

    public String run(UnitOfWork uow, String teamId, InboxPayload p) {
        return switch (p.action() == null ? "" : p.action()) {
            case "owners" -> owners(uow, teamId, p);
            case "more" -> more(uow, teamId, p);
            default -> "ignored:unknown_command";
        };
    }

    private String owners(UnitOfWork uow, String teamId, InboxPayload p) {
        List<String> added = p.selected() == null ? List.of() : p.selected();
        Optional<ProjectRecord> found = resolve(uow, teamId, p, p.text());
        if (found.isEmpty()) return "ignored:no_such_project";
        ProjectRecord project = found.get();
        if (!project.isOwner(p.userId())) {
            respond(uow, teamId, p, CommandMessages.onlyOwnersAddOwners(project));
            return "ignored:not_an_owner";
        }
        var owners = new LinkedHashSet<>(project.owners());
        List<String> fresh = added.stream().filter(id -> !owners.contains(id)).toList();
        if (owners.size() + fresh.size() > MAX_OWNERS) {
            respond(uow, teamId, p, CommandMessages.tooManyOwners(project, MAX_OWNERS));
            return "ignored:too_many_owners";
        }
        if (fresh.isEmpty()) {
            respond(uow, teamId, p, CommandMessages.alreadyOwners(project));
            return "unchanged";
        }
        owners.addAll(fresh);
        ProjectRecord after = project.withOwners(new ArrayList<>(owners));
        uow.projects().saveOwners(after);
        SlackMessage card = CardMessages.card(after, headline.rituals(uow, after), headline.cardLines(uow, after));
        uow.outbox().send(OutboxMessage.forProject(after, OutboxKind.UPDATE_CARD, card.text(), card.blocksJson()));
        // Posted in the thread, so the new owners hear of it (a mention in an edit would not notify them).
        SlackMessage welcome = CommandMessages.ownersAdded(p.userId(), fresh);
        uow.outbox()
                .send(OutboxMessage.forProject(after, OutboxKind.POST_IN_THREAD, welcome.text(), welcome.blocksJson()));
        respond(uow, teamId, p, CommandMessages.ownersDone(after, fresh));
        return "owners_added:" + fresh.size();
    }

    /** {@code more <project>}; when no project is called that, the words were a title: a new idea. */
    private String more(UnitOfWork uow, String teamId, InboxPayload p) {
        String named = p.text() == null ? "" : p.text();
        List<ProjectRecord> mine = uow.projects().listWithoutAnswers(teamId).stream()
                .filter(project -> project.channelId().equals(p.channelId()))
                .filter(project -> project.isOwner(p.userId()))
                .toList();
        Optional<ProjectRecord> project;
        if (named.isBlank()) {
            // The newest of your projects here: "/mlidea more" right after an intake means that one.
            project = mine.isEmpty()
                    ? Optional.empty()
                    : uow.projects().lock(teamId, mine.get(mine.size() - 1).id());
            if (project.isEmpty()) {
                respond(uow, teamId, p, CommandMessages.noProjectForMore());
                return "ignored:no_such_project";
            }
        } else {
            ProjectReference ref = ProjectReference.resolve(named, candidates(mine));
            if (ref instanceof ProjectReference.Unknown) {
                InboxPayload asTitle = InboxPayload.newProject(p.channelId(), p.userId(), p.value(), p.responseUrl());
                return intake.startProject(uow, teamId, asTitle);
            }
            project = pick(uow, teamId, p, ref, mine);
            if (project.isEmpty()) return "ignored:ambiguous_project";
        }
        return intake.more(uow, project.get(), p.userId(), m -> respond(uow, teamId, p, m));
    }

    private Optional<ProjectRecord> resolve(UnitOfWork uow, String teamId, InboxPayload p, String named) {
        List<ProjectRecord> all = uow.projects().listWithoutAnswers(teamId);
        List<ProjectRecord> here = all.stream()
                .filter(project -> project.channelId().equals(p.channelId()))
                .toList();
        ProjectReference ref = ProjectReference.resolve(named, candidates(here));
        if (ref instanceof ProjectReference.Unknown) ref = ProjectReference.resolve(named, candidates(all));
        if (ref instanceof ProjectReference.Unknown) {
            List<ProjectRecord> yours =
                    all.stream().filter(project -> project.isOwner(p.userId())).toList();
            respond(uow, teamId, p, CommandMessages.unknownProject(named, yours));
            return Optional.empty();
        }
        return pick(uow, teamId, p, ref, all);
    }

    private Optional<ProjectRecord> pick(
            UnitOfWork uow, String teamId, InboxPayload p, ProjectReference ref, List<ProjectRecord> among) {
        if (ref instanceof ProjectReference.Ambiguous ambiguous) {
            List<ProjectRecord> matches = among.stream()
                    .filter(project -> ambiguous.matches().stream().anyMatch(c -> c.id().equals(project.id())))
                    .toList();
            respond(uow, teamId, p, CommandMessages.whichProject(matches));
            return Optional.empty();
        }
        var id = ((ProjectReference.Found) ref).project().id();
        return uow.projects().lock(teamId, id);
    }

    private static List<ProjectCandidate> candidates(List<ProjectRecord> projects) {
        return projects.stream()
                .map(project -> new ProjectCandidate(project.id(), project.title()))
                .toList();
    }

    private static void respond(UnitOfWork uow, String teamId, InboxPayload p, SlackMessage m) {
        if (p.responseUrl() == null) return;
        uow.outbox().send(OutboxMessage.respond(teamId, p.channelId(), p.responseUrl(), m.text(), m.blocksJson()));
    }
}
