package dev.mlidea.bot.criteria;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.card.CardHeadline;
import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.bot.stage.StageMoves;
import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.IntakeState;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.conversations.intake.Questionnaire;
import dev.mlidea.conversations.rituals.MetricTrend;
import dev.mlidea.conversations.rituals.Revalidation;
import dev.mlidea.conversations.rituals.SignOffs;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.storage.OutboxKind;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.RitualRecord;
import dev.mlidea.storage.UnitOfWork;
import dev.mlidea.storage.ValidationRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The re-check's answers, run by the worker with the project and its rituals locked. Owners answer
 * the reminder (still valid, new words, not worth it) and ask the stakeholders to confirm; a
 * stakeholder agrees with or suggests other words for the wording they were asked about. Every answer
 * is stored as a validation, is progress (the next nudge moves out), and redraws the card.
 */
public final class CriteriaChecks {
    private final CriteriaRituals rituals;
    private final CardHeadline headline;
    private final StageMoves stages;

    public CriteriaChecks(CriteriaRituals rituals, CardHeadline headline, StageMoves stages) {
        this.rituals = rituals;
        this.headline = headline;
        this.stages = stages;
    }

    public String handle(UnitOfWork uow, String teamId, InboxPayload p) {
        String action = p.action() == null ? "" : p.action();
        boolean byStakeholder = action.equals(CriteriaMessages.AGREE_ACTION) || action.equals(CriteriaViews.SUGGEST);
        Optional<SignOffToken> token = byStakeholder ? SignOffToken.parse(p.value()) : Optional.empty();
        Optional<UUID> id = byStakeholder ? token.map(SignOffToken::projectId) : uuid(p.value());
        Optional<ProjectRecord> found = id.flatMap(projectId -> uow.projects().lock(teamId, projectId));
        if (found.isEmpty()) {
            replace(uow, teamId, p, CriteriaMessages.closedRequest("That project is gone: nothing to confirm."));
            return "ignored:no_project";
        }
        ProjectRecord project = found.get();
        Optional<RitualRecord> locked = started(uow, project);
        if (locked.isEmpty()) return "ignored:intake_open";
        RitualRecord r = locked.get();
        if (byStakeholder) {
            return action.equals(CriteriaMessages.AGREE_ACTION)
                    ? agree(uow, project, r, token.get(), p)
                    : suggest(uow, project, r, p);
        }
        if (!project.isOwner(p.userId())) {
            tell(uow, project, p, CriteriaMessages.notAnOwner(project));
            return "ignored:not_an_owner";
        }
        if (action.equals(CriteriaViews.KILL)) return kill(uow, project, p);
        if (!Revalidation.runsIn(r.stage())) {
            tell(uow, project, p, CriteriaMessages.notRunning(project, r.stage().label()));
            return "ignored:not_running";
        }
        return switch (action) {
            case CriteriaViews.STILL_VALID -> checked(uow, project, r, p, Optional.empty());
            case CriteriaViews.UPDATE -> checked(uow, project, r, p, field(p, CriteriaViews.CRITERIA));
            case CriteriaMessages.ASK_ACTION -> ask(uow, project, r, p);
            default -> "ignored:unknown_action";
        };
    }

    /** Still valid, or new words (the same words count as still valid); either starts the count again. */
    private String checked(
            UnitOfWork uow, ProjectRecord project, RitualRecord r, InboxPayload p, Optional<String> words) {
        boolean changed = words.isPresent() && !words.get().equals(r.criteria());
        SignOffs after = changed ? r.signOffs().withCriteria(words.get()) : r.signOffs();
        Optional<String> metric = field(p, CriteriaViews.METRIC_TEXT);
        Optional<BigDecimal> number =
                metric.flatMap(m -> field(p, CriteriaViews.METRIC_NUMBER)).map(BigDecimal::new);
        record(
                uow,
                r,
                p.userId(),
                changed ? ValidationRecord.Outcome.UPDATED : ValidationRecord.Outcome.STILL_VALID,
                changed ? words : Optional.empty(),
                metric,
                number,
                Optional.empty(),
                after);
        RitualRecord saved = r.withSignOffs(after, uow.now())
                .withRevalidation(Revalidation.validated(uow.now(), r.cadence()))
                .withProgress(uow.now());
        rituals.save(uow, saved);
        if (changed) keepIntakeAnswer(uow, project, words.get(), p.userId());
        String trend = metric.isPresent() ? MetricTrend.render(uow.rituals().checkIns(r.teamId(), r.projectId())) : "";
        boolean cleared = !after.agreed().equals(r.signOffs().agreed());
        post(
                uow,
                project,
                changed
                        ? CriteriaMessages.updated(p.userId(), saved, cleared, trend)
                        : CriteriaMessages.stillValid(p.userId(), saved, trend));
        redrawCard(uow, project);
        return changed ? "criteria_updated" : "criteria_still_valid";
    }

    /** A stage move to KILLED like any other (it posts and redraws), with the reason stored and said. */
    private String kill(UnitOfWork uow, ProjectRecord project, InboxPayload p) {
        String result = stages.move(uow, project, p.userId(), Stage.KILLED, m -> tell(uow, project, p, m), false);
        if (!result.startsWith("moved:")) return result;
        RitualRecord r = uow.rituals().lock(project.teamId(), project.id()).orElseThrow();
        Optional<String> reason = field(p, CriteriaViews.REASON);
        record(
                uow,
                r,
                p.userId(),
                ValidationRecord.Outcome.KILLED,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                reason,
                r.signOffs());
        post(uow, project, CriteriaMessages.killed(p.userId(), reason.orElse("")));
        return "killed";
    }

    /** One direct message per stakeholder and wording, however often the button is pressed. */
    private String ask(UnitOfWork uow, ProjectRecord project, RitualRecord r, InboxPayload p) {
        SignOffs s = r.signOffs();
        var askedNow = new ArrayList<String>();
        var askedBefore = new ArrayList<String>();
        if (!s.complete()) {
            for (String stakeholder : s.waitingFor()) {
                if (uow.rituals()
                        .askSignOff(r.teamId(), r.projectId(), stakeholder, r.criteria(), p.userId(), uow.now())) {
                    askedNow.add(stakeholder);
                    SlackMessage m = CriteriaMessages.signOffRequest(project, p.userId(), r.criteria());
                    uow.outbox().send(OutboxMessage.direct(project, stakeholder, m.text(), m.blocksJson()));
                } else {
                    askedBefore.add(stakeholder);
                }
            }
        }
        tell(uow, project, p, CriteriaMessages.asked(askedNow, askedBefore, s));
        if (askedNow.isEmpty()) return "ignored:nobody_to_ask";
        rituals.save(uow, r.withProgress(uow.now()));
        redrawCard(uow, project);
        return "asked:" + askedNow.size();
    }

    private String agree(UnitOfWork uow, ProjectRecord project, RitualRecord r, SignOffToken token, InboxPayload p) {
        String user = p.userId();
        String title = CriteriaMessages.title(project);
        if (!r.signOffs().isStakeholder(user)) {
            replace(
                    uow,
                    project.teamId(),
                    p,
                    CriteriaMessages.closedRequest("You are not named as a stakeholder of *" + title
                            + "* any more, so there is nothing to confirm."));
            return "ignored:not_a_stakeholder";
        }
        if (r.stage() == Stage.KILLED) {
            replace(
                    uow,
                    project.teamId(),
                    p,
                    CriteriaMessages.closedRequest("*" + title + "* was stopped, so there is nothing to confirm."));
            return "ignored:killed";
        }
        if (!token.isFor(r.criteria())) {
            replace(
                    uow,
                    project.teamId(),
                    p,
                    CriteriaMessages.changedRequest(project, RecheckWork.firstOwner(project), r.criteria()));
            return "ignored:wording_changed";
        }
        if (r.signOffs().agreed().contains(user)) {
            replace(uow, project.teamId(), p, CriteriaMessages.agreedRequest(project, r.criteria(), uow.now()));
            return "ignored:already_agreed";
        }
        SignOffs after = r.signOffs().agree(user);
        record(
                uow,
                r,
                user,
                ValidationRecord.Outcome.AGREED,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                after);
        rituals.save(uow, r.withSignOffs(after, uow.now()).withProgress(uow.now()));
        post(uow, project, CriteriaMessages.agreed(after));
        replace(uow, project.teamId(), p, CriteriaMessages.agreedRequest(project, r.criteria(), uow.now()));
        redrawCard(uow, project);
        return "agreed";
    }

    /** Other words from a stakeholder: stored and put to the owners; nothing changes until they adopt them. */
    private String suggest(UnitOfWork uow, ProjectRecord project, RitualRecord r, InboxPayload p) {
        if (!r.signOffs().isStakeholder(p.userId())) return "ignored:not_a_stakeholder";
        Optional<String> words = field(p, CriteriaViews.CRITERIA);
        if (words.isEmpty()) return "ignored:no_words";
        record(
                uow,
                r,
                p.userId(),
                ValidationRecord.Outcome.SUGGESTED,
                words,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                r.signOffs());
        rituals.save(uow, r.withProgress(uow.now()));
        post(uow, project, CriteriaMessages.suggested(project, words.get()));
        SlackMessage thanks = CriteriaMessages.suggestedRequest(project, words.get());
        uow.outbox().send(OutboxMessage.direct(project, p.userId(), thanks.text(), thanks.blocksJson()));
        return "suggested";
    }

    private static void record(
            UnitOfWork uow,
            RitualRecord r,
            String by,
            ValidationRecord.Outcome outcome,
            Optional<String> newWords,
            Optional<String> metric,
            Optional<BigDecimal> number,
            Optional<String> reason,
            SignOffs after) {
        uow.rituals()
                .recordValidation(new ValidationRecord(
                        r.teamId(),
                        r.projectId(),
                        by,
                        uow.now(),
                        outcome,
                        r.criteria(),
                        newWords,
                        metric,
                        number,
                        reason,
                        after.agreed()));
    }

    /** The intake's criteria answer follows the new words, so a later edit of the intake starts from them. */
    private static void keepIntakeAnswer(UnitOfWork uow, ProjectRecord project, String words, String by) {
        IntakeState intake = project.intake();
        var answers = intake.answers().with(Questionnaire.SUCCESS_CRITERIA, new Answer.Text(words));
        uow.projects()
                .save(
                        project.withIntake(new IntakeState(
                                intake.status(), intake.mode(), answers, intake.currentKey(), intake.draft())),
                        by);
    }

    /** The rituals, locked; started now for a project completed before they existed. */
    private Optional<RitualRecord> started(UnitOfWork uow, ProjectRecord project) {
        Optional<RitualRecord> row = uow.rituals().lock(project.teamId(), project.id());
        if (row.isPresent() || project.intake().status() != IntakeStatus.COMPLETED) return row;
        rituals.start(uow, project);
        return uow.rituals().lock(project.teamId(), project.id());
    }

    private void redrawCard(UnitOfWork uow, ProjectRecord project) {
        SlackMessage card = headline.card(uow, project);
        uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.UPDATE_CARD, card.text(), card.blocksJson()));
    }

    private static void post(UnitOfWork uow, ProjectRecord project, SlackMessage m) {
        uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.POST_IN_THREAD, m.text(), m.blocksJson()));
    }

    /** To the one who acted, privately: through the click's response URL, else ephemeral in the thread. */
    private static void tell(UnitOfWork uow, ProjectRecord project, InboxPayload p, SlackMessage m) {
        if (p.responseUrl() != null) {
            uow.outbox()
                    .send(OutboxMessage.respond(
                            project.teamId(), p.channelId(), p.responseUrl(), m.text(), m.blocksJson()));
        } else {
            uow.outbox().send(OutboxMessage.ephemeral(project, p.userId(), m.text(), m.blocksJson()));
        }
    }

    /** Replaces the stakeholder's message they clicked on, when the click gave a URL for it. */
    private static void replace(UnitOfWork uow, String teamId, InboxPayload p, SlackMessage m) {
        if (p.responseUrl() == null) return;
        uow.outbox()
                .send(OutboxMessage.replaceOriginal(teamId, p.channelId(), p.responseUrl(), m.text(), m.blocksJson()));
    }

    private static Optional<String> field(InboxPayload p, String key) {
        if (p.form() == null) return Optional.empty();
        List<String> values = p.form().get(key);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
