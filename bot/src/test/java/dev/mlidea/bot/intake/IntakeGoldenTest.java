package dev.mlidea.bot.intake;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.bot.card.CardMessages;
import dev.mlidea.bot.testing.Golden;
import dev.mlidea.conversations.intake.IntakeFlow;
import dev.mlidea.conversations.intake.IntakeInput;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.IntakeReply;
import dev.mlidea.conversations.intake.IntakeState;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.conversations.intake.IntakeStep;
import dev.mlidea.conversations.intake.Progress;
import dev.mlidea.conversations.intake.Question;
import dev.mlidea.conversations.intake.QuestionKind;
import dev.mlidea.conversations.intake.Questionnaire;
import dev.mlidea.storage.Delivery;
import dev.mlidea.storage.ProjectRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every intake message and the card, as golden files: the live question, its edits, the private notes. */
class IntakeGoldenTest {

    static List<Object[]> messages() {
        IntakeStep first = IntakeFlow.start(IntakeMode.QUICK);
        IntakeStep second = IntakeFlow.handle(
                first.state(), new IntakeInput.Typed("Support agents retype the same answers <!here> & all day"));
        IntakeStep multi = untilKind(second, QuestionKind.MULTI);
        IntakeStep complete = completeQuick(first);
        var owners = List.of("U0OWNER001", "U0COOWNER1");
        var messages = new ArrayList<Object[]>();
        messages.add(golden("live-first-question", asking(first)));
        messages.add(golden("live-question-with-answers", asking(second)));
        messages.add(golden("live-question-multi", asking(multi)));
        messages.add(golden("live-question-people", peopleQuestion()));
        messages.add(golden(
                "live-summary",
                LiveQuestionMessages.summary(IntakeMode.QUICK, complete.state().answers())));
        messages.add(golden(
                "live-cancelled",
                LiveQuestionMessages.stopped(
                        IntakeMode.QUICK,
                        second.state().answers(),
                        IntakeMessages.cancelledLine(IntakeFlow.progress(second.state())))));
        messages.add(golden(
                "live-abandoned",
                LiveQuestionMessages.stopped(
                        IntakeMode.QUICK,
                        second.state().answers(),
                        IntakeMessages.abandonedLine(owners, IntakeFlow.progress(second.state())))));
        Question problem = Questionnaire.byKey(Questionnaire.PROBLEM).orElseThrow();
        messages.add(golden(
                "live-answer-changed",
                LiveQuestionMessages.changed(problem, complete.state().answers())));
        messages.add(golden("not-quite-an-answer", IntakeMessages.notQuiteAnAnswer(rejected(second))));
        messages.add(golden(
                "help", IntakeMessages.help(new IntakeReply.Help(ask(second).question(), progress(second)))));
        messages.add(golden("reminder", IntakeMessages.reminder(owners, ask(second))));
        messages.add(golden("cancelled", IntakeMessages.cancelled(new IntakeReply.Cancelled(progress(second)))));
        messages.add(golden(
                "form-refused",
                IntakeMessages.formRefused(Map.of(Questionnaire.PROBLEM, "An answer needs some text."))));
        messages.add(golden("more-asked", IntakeMessages.moreAsked("Reply drafts <!channel>", 17)));
        messages.add(golden("nothing-more", IntakeMessages.nothingMore()));
        messages.add(golden("not-an-owner", IntakeMessages.notAnOwner(owners)));
        messages.add(golden("not-an-owner-form", IntakeMessages.notAnOwnerForm(owners)));
        messages.add(golden("not-an-owner-more", IntakeMessages.notAnOwnerMore(owners)));
        messages.add(golden("card-quick", CardMessages.card(project(second.state(), owners), List.of())));
        // What the first owner is told, privately, when a DM about the project cannot be sent.
        messages.add(golden("dm-failed", InviteMessages.directMessageFailed("U0STAKE01", "cannot_dm_bot")));
        messages.add(golden(
                "card-quick-complete",
                CardMessages.card(project(complete.state(), List.of(owners.get(0))), List.of())));
        return messages;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void renders_as_its_golden_file(String name, SlackMessage message) {
        Golden.assertMatches(name, message);
    }

    private static Object[] golden(String name, SlackMessage message) {
        return new Object[] {name, message};
    }

    private static SlackMessage asking(IntakeStep step) {
        return LiveQuestionMessages.asking(step.state().mode(), step.state().answers(), ask(step));
    }

    private static SlackMessage peopleQuestion() {
        IntakeStep more = IntakeFlow.more(
                completeQuick(IntakeFlow.start(IntakeMode.QUICK)).state());
        while (ask(more).question().kind() != QuestionKind.PEOPLE) {
            more = IntakeFlow.handle(more.state(), new IntakeInput.Typed("skip"));
        }
        return asking(more);
    }

    private static IntakeReply.Ask ask(IntakeStep step) {
        return step.replies().stream()
                .filter(r -> r instanceof IntakeReply.Ask)
                .map(IntakeReply.Ask.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static IntakeReply.Ask rejected(IntakeStep step) {
        IntakeReply.Ask ask = ask(step);
        return new IntakeReply.Ask(
                ask.question(),
                ask.progress(),
                Optional.of("I couldn't read “maybe 7” as one of the choices."),
                Optional.empty(),
                Set.of());
    }

    private static Progress progress(IntakeStep step) {
        return IntakeFlow.progress(step.state());
    }

    /** Answers "1" (the first choice) until a question of this kind is open. */
    private static IntakeStep untilKind(IntakeStep step, QuestionKind kind) {
        IntakeStep at = step;
        while (ask(at).question().kind() != kind) at = IntakeFlow.handle(at.state(), new IntakeInput.Typed("1"));
        return at;
    }

    /** Every quick question answered: text questions typed, the others by their first choice. */
    private static IntakeStep completeQuick(IntakeStep start) {
        IntakeStep at = start;
        while (at.state().status() == IntakeStatus.IN_PROGRESS) {
            Question q = ask(at).question();
            IntakeInput input = switch (q.kind()) {
                case TEXT ->
                    new IntakeInput.Typed(
                            q.key().equals(Questionnaire.PROBLEM)
                                    ? "Support agents retype the same answers <!here> & all day"
                                    : "Half of the drafts sent with light edits in the pilot");
                case PEOPLE -> new IntakeInput.Typed("<@U0PM000001>");
                case SCALE -> new IntakeInput.Clicked(q.key(), "4");
                case MULTI -> new IntakeInput.Clicked(q.key(), IntakeInput.DONE);
                case CHOICE ->
                    new IntakeInput.Clicked(q.key(), q.choices().get(1).id());
            };
            at = IntakeFlow.handle(at.state(), input);
        }
        return at;
    }

    private static ProjectRecord project(IntakeState intake, List<String> owners) {
        return new ProjectRecord(
                UUID.fromString("00000000-0000-0000-0000-000000000002"),
                "T0TEAM0001",
                "C0CHANNEL1",
                owners.get(0),
                owners,
                "Reply drafts <!channel>",
                true,
                intake,
                Delivery.POSTED,
                Optional.of("1700000000.000100"),
                Optional.empty(),
                Instant.parse("2026-03-02T10:00:00Z"),
                Instant.parse("2026-03-02T10:00:00Z"),
                Optional.of("1700000000.000200"));
    }
}
