package dev.mlidea.bot.assessment;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.intake.AfterIntake;
import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.bot.rituals.RitualStart;
import dev.mlidea.conversations.assessment.Archetype;
import dev.mlidea.conversations.assessment.Assessment;
import dev.mlidea.conversations.assessment.AssessmentAction;
import dev.mlidea.conversations.assessment.AssessmentDecision;
import dev.mlidea.conversations.assessment.Assessor;
import dev.mlidea.conversations.assessment.NextStep;
import dev.mlidea.conversations.assessment.RedFlag;
import dev.mlidea.conversations.assessment.Verdict;
import dev.mlidea.storage.NewAssessment;
import dev.mlidea.storage.OutboxKind;
import dev.mlidea.storage.OutboxMessage;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.StoredAssessment;
import dev.mlidea.storage.UnitOfWork;
import java.util.List;
import java.util.Optional;

/**
 * Assesses a project when its intake ends (and again when an answer is edited or the archetype is
 * changed), keeps every version, posts the assessment in the thread and puts its headline on the card.
 */
public final class AssessmentConversation implements AfterIntake {
    static final String INTAKE_COMPLETED = "intake_completed";
    static final String ARCHETYPE_CHANGED = "archetype_changed";
    static final String ANSWER_EDITED = "answer_edited";

    private final RitualStart rituals;

    public AssessmentConversation(RitualStart rituals) {
        this.rituals = rituals;
    }

    @Override
    public void intakeCompleted(UnitOfWork uow, ProjectRecord project, String actor) {
        Optional<StoredAssessment> previous = uow.assessments().latest(project.teamId(), project.id());
        Optional<Archetype> confirmed =
                previous.flatMap(StoredAssessment::confirmedArchetype).flatMap(Archetype::byId);
        assessAndPost(uow, project, confirmed, previous.isEmpty() ? INTAKE_COMPLETED : ANSWER_EDITED, actor);
        rituals.intakeCompleted(uow, project, actor);
    }

    @Override
    public void intakeChanged(UnitOfWork uow, ProjectRecord project) {
        rituals.progressed(uow, project);
    }

    @Override
    public List<String> cardLines(UnitOfWork uow, ProjectRecord project) {
        return uow.assessments()
                .latest(project.teamId(), project.id())
                .map(a -> AssessmentMessages.cardLines(
                        Archetype.byId(a.archetype()).map(Archetype::label).orElse(a.archetype()),
                        a.confirmedArchetype().isPresent(),
                        // Any model's verdict: model 1 stored quadrant names, model 2 verdict ids.
                        Verdict.stored(a.quadrant(), a.dontBuild())
                                .map(Verdict::label)
                                .orElse(a.quadrant()),
                        a.impact(),
                        a.feasibility(),
                        firstStepText(project, a),
                        a.dontBuild()))
                .orElse(List.of());
    }

    /** A click on an assessment's buttons: why, change archetype, or looks right. */
    public String action(UnitOfWork uow, String teamId, InboxPayload p) {
        Optional<ProjectRecord> found = uow.projects().lockByThread(teamId, p.channelId(), p.threadTs());
        if (found.isEmpty()) return "ignored:not_a_project_thread";
        ProjectRecord project = found.get();
        // Anyone may ask why, on any version, whatever the intake is doing: it changes nothing.
        if (AssessmentMessages.WHY_ACTION.equals(p.action())) return explain(uow, project, p);
        Optional<StoredAssessment> latest = uow.assessments().latest(teamId, project.id());
        Optional<AssessmentAction.Newest> newest = latest.map(AssessmentConversation::newest);
        Optional<Integer> clicked = Optional.ofNullable(p.version());
        AssessmentDecision decision = new AssessmentAction(p.userId(), clicked, choice(p))
                .decide(project.owners(), project.intake().status(), newest);
        if (decision instanceof AssessmentDecision.Acknowledge) {
            StoredAssessment acknowledged = latest.orElseThrow();
            uow.assessments().acknowledge(teamId, project.id(), acknowledged.version(), p.userId());
            SlackMessage m = AssessmentMessages.looksRight(
                    p.userId(), firstStepText(project, acknowledged), acknowledged.dontBuild());
            uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.POST_IN_THREAD, m.text(), m.blocksJson()));
            updateCard(uow, project);
            return "acknowledged";
        }
        if (decision instanceof AssessmentDecision.Reassess reassess) {
            assessAndPost(uow, project, Optional.of(reassess.archetype()), ARCHETYPE_CHANGED, p.userId());
            updateCard(uow, project);
            return "reassessed";
        }
        AssessmentDecision.Refusal reason = ((AssessmentDecision.Refuse) decision).reason();
        AssessmentMessages.refused(reason, clicked, newest)
                .ifPresent(
                        m -> uow.outbox().send(OutboxMessage.ephemeral(project, p.userId(), m.text(), m.blocksJson())));
        return outcome(reason);
    }

    /**
     * Sends the one who clicked <em>Why?</em> the arithmetic of the version they clicked on (the newest
     * when the click names none), redone from that version's stored answers and archetype.
     */
    private static String explain(UnitOfWork uow, ProjectRecord project, InboxPayload p) {
        List<StoredAssessment> versions = uow.assessments().all(project.teamId(), project.id());
        Optional<StoredAssessment> clicked = p.version() == null
                ? versions.stream().reduce((older, newer) -> newer)
                : versions.stream().filter(v -> v.version() == p.version()).findFirst();
        if (clicked.isEmpty()) return "ignored:unknown_assessment";
        SlackMessage m = whyMessage(clicked.get());
        uow.outbox().send(OutboxMessage.ephemeral(project, p.userId(), m.text(), m.blocksJson()));
        return "explained";
    }

    /**
     * The version's arithmetic when this build's model, given its inputs and archetype, gives back the
     * stored scores and verdict; else (another scoring model made it) what was stored, saying so.
     */
    static SlackMessage whyMessage(StoredAssessment stored) {
        Optional<Archetype> archetype = Archetype.byId(stored.archetype());
        if (archetype.isPresent() && Assessor.MODEL_VERSION.equals(stored.modelVersion())) {
            Assessment redone = Assessor.assess(AssessmentInputs.answers(stored.inputs()), archetype);
            boolean same = Math.abs(redone.impact().value() - stored.impact()) < 0.05
                    && Math.abs(redone.feasibility().value() - stored.feasibility()) < 0.05
                    && redone.verdict().id().equals(stored.quadrant());
            if (same) return WhyMessages.why(redone, stored.version());
        }
        return WhyMessages.whyUnavailable(
                stored.version(),
                stored.modelVersion(),
                Verdict.stored(stored.quadrant(), stored.dontBuild())
                        .map(Verdict::label)
                        .orElse(stored.quadrant()),
                stored.impact(),
                stored.feasibility());
    }

    private static AssessmentAction.Choice choice(InboxPayload p) {
        return AssessmentMessages.LOOKS_RIGHT_ACTION.equals(p.action())
                ? new AssessmentAction.Choice.LooksRight()
                : new AssessmentAction.Choice.ChangeArchetype(p.value());
    }

    private static AssessmentAction.Newest newest(StoredAssessment stored) {
        return new AssessmentAction.Newest(
                stored.version(), stored.confirmedArchetype().flatMap(Archetype::byId));
    }

    private static String outcome(AssessmentDecision.Refusal reason) {
        return switch (reason) {
            case NOT_AN_OWNER -> "ignored:not_an_owner";
            case INTAKE_OPEN -> "ignored:intake_open";
            case OLDER_VERSION -> "ignored:stale_assessment";
            case UNKNOWN_ARCHETYPE -> "ignored:unknown_archetype";
            case ALREADY_CONFIRMED -> "ignored:same_archetype";
        };
    }

    private void assessAndPost(
            UnitOfWork uow, ProjectRecord project, Optional<Archetype> confirmed, String trigger, String actor) {
        Assessment a = Assessor.assess(project.intake().answers(), confirmed);
        int version = uow.assessments()
                .insert(
                        project.teamId(),
                        project.id(),
                        new NewAssessment(
                                a.modelVersion(),
                                trigger,
                                a.suggested().archetype().id(),
                                a.suggested().confident(),
                                confirmed.map(Archetype::id),
                                a.archetype().id(),
                                a.impact().value(),
                                a.feasibility().value(),
                                a.verdict().id(),
                                a.redFlags().stream().map(RedFlag::name).toList(),
                                a.nextSteps().stream().map(NextStep::id).toList(),
                                a.dontBuild().isPresent(),
                                actor));
        SlackMessage m = AssessmentMessages.assessment(
                project.title(), a, version, confirmed, project.intake().answers());
        uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.POST_IN_THREAD, m.text(), m.blocksJson()));
    }

    private void updateCard(UnitOfWork uow, ProjectRecord project) {
        SlackMessage card = card(uow, project);
        uow.outbox().send(OutboxMessage.forProject(project, OutboxKind.UPDATE_CARD, card.text(), card.blocksJson()));
    }

    /**
     * The words of the stored version's first next step (steps are stored by id; their wording lives
     * in the domain), so the card matches the assessment it summarises.
     */
    private static Optional<String> firstStepText(ProjectRecord project, StoredAssessment stored) {
        if (stored.nextSteps().isEmpty()) return Optional.empty();
        String firstId = stored.nextSteps().get(0);
        Assessment a = Assessor.assess(project.intake().answers(), Archetype.byId(stored.archetype()));
        return a.nextSteps().stream()
                .filter(step -> step.id().equals(firstId))
                .findFirst()
                .or(() -> a.nextSteps().stream().findFirst())
                .map(NextStep::text);
    }
}
