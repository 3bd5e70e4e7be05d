package dev.mlidea.storage;

import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.IntakeState;
import dev.mlidea.conversations.intake.IntakeStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Projects with their answers: the aggregate the intake and the assessment load, lock and save. Every
 * method names the workspace, so no team can read or change another's rows.
 */
public final class Projects {
    private final ProjectDao projects;
    private final AnswerDao answers;
    private final Instant now;

    Projects(ProjectDao projects, AnswerDao answers, Instant now) {
        this.projects = projects;
        this.answers = answers;
        this.now = now;
    }

    public void insert(ProjectRecord project) {
        projects.insert(
                project.id(),
                project.teamId(),
                project.channelId(),
                project.proposerId(),
                project.owners().toArray(String[]::new),
                project.title(),
                project.titled(),
                status(project.intake().status()),
                mode(project.intake().mode()),
                project.intake().currentKey().orElse(null),
                draft(project.intake()),
                delivery(project.delivery()),
                project.cardTs().orElse(null),
                project.responseUrl().orElse(null),
                project.createdAt(),
                project.lastActivityAt());
        saveAnswers(project, project.proposerId());
    }

    /** The project whose card is the root of this thread, locked for the rest of the transaction. */
    public Optional<ProjectRecord> lockByThread(String teamId, String channelId, String threadTs) {
        return withAnswers(projects.lockByThread(teamId, channelId, threadTs));
    }

    /** The project whose card is the root of this thread, without locking it. */
    public Optional<ProjectRecord> findByThread(String teamId, String channelId, String threadTs) {
        return withAnswers(projects.findByThread(teamId, channelId, threadTs));
    }

    public Optional<ProjectRecord> lock(String teamId, UUID id) {
        return withAnswers(projects.lock(teamId, id));
    }

    public Optional<ProjectRecord> find(String teamId, UUID id) {
        return withAnswers(projects.find(teamId, id));
    }

    /**
     * Every project of a workspace, oldest first, without answers: enough to find one by title or id,
     * and a project whose answers cannot be read does not stop the others from being listed.
     */
    public List<ProjectRecord> listWithoutAnswers(String teamId) {
        return projects.all(teamId);
    }

    /** Every project of a workspace, oldest first. */
    public List<ProjectRecord> all(String teamId) {
        return withAnswers(projects.all(teamId));
    }

    /** Projects in this channel whose messages wait for the bot to be invited, locked. */
    public List<ProjectRecord> lockAwaitingInvite(String teamId, String channelId) {
        return withAnswers(projects.lockAwaitingInvite(teamId, channelId));
    }

    /** Saves title, intake position and every answer that changed; {@code actor} is who gave them. */
    public void save(ProjectRecord project, String actor) {
        projects.save(
                project.teamId(),
                project.id(),
                project.title(),
                project.titled(),
                status(project.intake().status()),
                mode(project.intake().mode()),
                project.intake().currentKey().orElse(null),
                draft(project.intake()),
                now);
        saveAnswers(project, actor);
    }

    /** Stores an intake state change that no person made (a timeout): activity time stays as it was. */
    public void saveIntakeOnly(ProjectRecord project) {
        projects.saveIntakeOnly(
                project.teamId(),
                project.id(),
                status(project.intake().status()),
                project.intake().currentKey().orElse(null),
                draft(project.intake()));
    }

    /**
     * Intakes in progress, with their card posted, silent since before {@code silentSince}, oldest
     * first, locked; rows another replica is handling are skipped. {@code remindedOnlyBefore}: skip
     * those already reminded unless silent since before it (then they are due to be abandoned), and
     * those in {@code skip} (they failed a moment ago: they must not take every place in the batch).
     */
    public List<SilentIntake> lockSilentIntakes(
            Instant silentSince, Instant remindedOnlyBefore, int limit, Set<UUID> skip) {
        return projects.lockSilentIntakes(silentSince, remindedOnlyBefore, limit, skip.toArray(UUID[]::new));
    }

    public void markReminded(String teamId, UUID projectId) {
        projects.markReminded(teamId, projectId, now);
    }

    /** The link to the project's thread, as chat.getPermalink gave it: asked once, kept. */
    public void savePermalink(String teamId, UUID projectId, String link) {
        savePermalinks(teamId, Map.of(projectId, link));
    }

    /** Several projects' thread links, in one statement. */
    public void savePermalinks(String teamId, Map<UUID, String> links) {
        if (links.isEmpty()) return;
        var ids = new ArrayList<>(links.keySet());
        projects.savePermalinks(
                teamId, ids.toArray(UUID[]::new), ids.stream().map(links::get).toArray(String[]::new));
    }

    /** The thread links known for the workspace's projects, by project id. */
    public java.util.Map<UUID, String> permalinks(String teamId) {
        return projects.permalinks(teamId);
    }

    public void cardPosted(String teamId, UUID projectId, String cardTs) {
        projects.cardPosted(teamId, projectId, cardTs);
    }

    /** The intake's live question message was posted: later questions edit this one. */
    public void questionPosted(String teamId, UUID projectId, String questionTs) {
        projects.questionPosted(teamId, projectId, questionTs);
    }

    /** The live question message could not be posted: the next edit of it posts a new one. */
    public void questionLost(String teamId, UUID projectId) {
        projects.questionPosted(teamId, projectId, null);
    }

    /** Replaces the owners; nothing else changes, and activity time stays (owning is not progress). */
    public void saveOwners(ProjectRecord project) {
        projects.saveOwners(project.teamId(), project.id(), project.owners().toArray(String[]::new));
    }

    /** A newer slash command's response_url: the old one may have expired (30 minutes, 5 uses). */
    public void updateResponseUrl(String teamId, UUID projectId, String responseUrl) {
        projects.updateResponseUrl(teamId, projectId, responseUrl);
    }

    public void setDelivery(String teamId, UUID projectId, Delivery delivery) {
        projects.setDelivery(teamId, projectId, delivery(delivery));
    }

    private void saveAnswers(ProjectRecord project, String actor) {
        var byKey = project.intake().answers().byKey();
        if (byKey.isEmpty()) return;
        var keys = new ArrayList<String>();
        var kinds = new ArrayList<String>();
        var values = new ArrayList<String>();
        byKey.forEach((key, answer) -> {
            keys.add(key);
            kinds.add(AnswerCodec.kind(answer));
            values.add(AnswerCodec.value(answer));
        });
        answers.upsert(project.teamId(), project.id(), keys, kinds, values, actor, now);
    }

    private Optional<ProjectRecord> withAnswers(Optional<ProjectRecord> project) {
        return project.map(p -> withAnswers(List.of(p)).get(0));
    }

    /** Adds the answers of projects of one workspace, with one query for all of them. */
    private List<ProjectRecord> withAnswers(List<ProjectRecord> found) {
        if (found.isEmpty()) return found;
        String teamId = found.get(0).teamId();
        var byProject = new HashMap<UUID, Map<String, Answer>>();
        for (AnswerDao.Row row :
                answers.of(teamId, found.stream().map(ProjectRecord::id).toArray(UUID[]::new))) {
            byProject
                    .computeIfAbsent(row.projectId(), id -> new LinkedHashMap<>())
                    .put(row.questionKey(), AnswerCodec.decode(row.kind(), row.value()));
        }
        return found.stream()
                .map(p -> {
                    var intake = p.intake();
                    var loaded = new Answers(byProject.getOrDefault(p.id(), Map.of()));
                    return p.withIntake(new IntakeState(
                            intake.status(), intake.mode(), loaded, intake.currentKey(), intake.draft()));
                })
                .toList();
    }

    private static String status(IntakeStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static String mode(IntakeMode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    private static String delivery(Delivery delivery) {
        return delivery.name().toLowerCase(Locale.ROOT);
    }

    private static String[] draft(IntakeState intake) {
        return intake.draft().stream().sorted().toArray(String[]::new);
    }
}
