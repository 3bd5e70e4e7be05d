package dev.mlidea.bot.inbox;

import dev.mlidea.bot.assessment.AssessmentConversation;
import dev.mlidea.bot.commands.ProjectCommands;
import dev.mlidea.bot.criteria.CriteriaChecks;
import dev.mlidea.bot.intake.IntakeConversation;
import dev.mlidea.bot.requests.InboxKind;
import dev.mlidea.bot.requests.InboxPayload;
import dev.mlidea.bot.rituals.RitualActions;
import dev.mlidea.bot.rituals.UserZones;
import dev.mlidea.bot.settings.SettingsWork;
import dev.mlidea.bot.stage.StageMoves;
import dev.mlidea.storage.InboxRow;
import dev.mlidea.storage.UnitOfWork;

/** Sends each kind of stored request to the feature that handles it. */
public final class Requests implements RequestHandler {
    private final IntakeConversation intake;
    private final AssessmentConversation assessment;
    private final ProjectCommands commands;
    private final StageMoves stages;
    private final RitualActions rituals;
    private final CriteriaChecks criteria;
    private final SettingsWork settings;

    public Requests(
            IntakeConversation intake,
            AssessmentConversation assessment,
            StageMoves stages,
            RitualActions rituals,
            CriteriaChecks criteria,
            SettingsWork settings) {
        this.intake = intake;
        this.assessment = assessment;
        this.stages = stages;
        this.commands = new ProjectCommands(intake, assessment, stages);
        this.rituals = rituals;
        this.criteria = criteria;
        this.settings = settings;
    }

    @Override
    public String handle(UnitOfWork uow, InboxRow row) {
        InboxPayload payload = Inbox.payload(row.payload());
        return switch (InboxKind.valueOf(row.kind())) {
            // Someone using the bot in a workspace with no summary channel is asked for one (once).
            case NEW_PROJECT ->
                settings.askForChannelOnce(
                        uow, row.teamId(), payload.userId(), intake.startProject(uow, row.teamId(), payload));
            case THREAD_REPLY -> intake.threadReply(uow, row.teamId(), payload);
            case CLICK -> intake.click(uow, row.teamId(), payload);
            case TOGGLE -> intake.toggle(uow, row.teamId(), payload);
            case BOT_JOINED -> intake.botJoined(uow, row.teamId(), payload);
            case ASSESSMENT_ACTION -> assessment.action(uow, row.teamId(), payload);
            case EDIT_ANSWER -> intake.reopen(uow, row.teamId(), payload);
            case FORM -> intake.form(uow, row.teamId(), payload);
            case PROJECT_COMMAND ->
                settings.askForChannelOnce(
                        uow, row.teamId(), payload.userId(), commands.run(uow, row.teamId(), payload));
            case STAGE_MOVE -> stages.select(uow, row.teamId(), payload);
            case RITUAL_ACTION -> rituals.action(uow, row.teamId(), payload);
            case USER_ZONE -> UserZones.changed(uow, row.teamId(), payload);
            case CRITERIA -> criteria.handle(uow, row.teamId(), payload);
            case SETTINGS -> settings.apply(uow, row.teamId(), payload);
        };
    }
}
