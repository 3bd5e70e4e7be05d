package dev.mlidea.bot.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonObject;
import dev.mlidea.bot.card.CardMessages;
import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.FakeSlack;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.bot.testing.SlackDriver;
import dev.mlidea.conversations.rituals.ProjectCandidate;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.conversations.rituals.StageMove;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.RitualRecord;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Stage moves as a team makes them, through signed requests: the select on the card and {@code
 * /mlidea stage}, forward, back (a new iteration), pause and resume, kill and reopen; owners only;
 * projects named ambiguously or not at all; a stage word that is none.
 */
class StageMovesIT {
    private static final String OWNER = "U0OWNER0001";
    private static final String GUEST = "U0GUEST0001";

    @AutoClose
    private static final RunningBot bot = new RunningBot();

    @Test
    void forward_from_the_card_then_back_by_command_is_iteration_two_with_every_move_stored() {
        String channel = RunningBot.newChannel(false);
        Conversation c = completed(channel, "Reply drafts for agents");
        assertThat(lastCard(c).actionIds()).contains(CardMessages.OPEN_FORM_ACTION, CardMessages.STAGE_ACTION);
        assertThat(lastCard(c).allText()).contains("*Stage:* Planning since <!date^");

        select(c, OWNER, "data");
        assertThat(lastLine(c)).isEqualTo("<@" + OWNER + "> moved this to *Data* (from Planning).");
        bot.clock.advance(Duration.ofDays(3));
        select(c, OWNER, "training");
        assertThat(lastLine(c)).isEqualTo("<@" + OWNER + "> moved this to *Training* (from Data).");

        bot.clock.advance(Duration.ofDays(2));
        String done = command(channel, OWNER, "stage #" + shortId(c) + " data");
        assertThat(lastLine(c)).isEqualTo("<@" + OWNER + "> moved this to *Data* (back from Training: iteration 2).");
        assertThat(onlyResponse(done)).contains("Done: *Reply drafts for agents* is now in *Data* (iteration 2)");
        assertThat(lastCard(c).allText())
                .contains("*Stage:* Data (iteration 2) since <!date^"
                        + bot.clock.instant().getEpochSecond() + "^");

        assertThat(moves(c))
                .extracting(StageMove::from, StageMove::to, StageMove::iteration, StageMove::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Stage.PLANNING, Stage.DATA, 1, OWNER),
                        org.assertj.core.groups.Tuple.tuple(Stage.DATA, Stage.TRAINING, 1, OWNER),
                        org.assertj.core.groups.Tuple.tuple(Stage.TRAINING, Stage.DATA, 2, OWNER));
        RitualRecord rituals = rituals(c);
        assertThat(rituals.stage()).isEqualTo(Stage.DATA);
        assertThat(rituals.iteration()).isEqualTo(2);
        // A move is progress: the nudges count from it.
        assertThat(rituals.lastProgressAt())
                .isCloseTo(bot.clock.instant(), within(1, java.time.temporal.ChronoUnit.MILLIS));
        assertThat(rituals.stageSince()).isEqualTo(rituals.lastProgressAt());
    }

    @Test
    void pause_and_resume_keep_the_iteration_and_the_current_stage_is_answered_privately() {
        String channel = RunningBot.newChannel(false);
        Conversation c = completed(channel, "Invoice field extraction");
        String already = select(c, OWNER, "planning");
        assertThat(onlyResponse(already)).contains("*Invoice field extraction* is already in *Planning*.");
        assertThat(moves(c)).isEmpty();

        select(c, OWNER, "data");
        String paused = command(channel, OWNER, "stage invoice paused");
        assertThat(lastLine(c)).isEqualTo("<@" + OWNER + "> paused this (it was in *Data*).");
        assertThat(onlyResponse(paused)).contains("is now in *Paused*");
        assertThat(lastCard(c).allText()).contains("*Stage:* Paused since");

        command(channel, OWNER, "stage Invoice field data");
        assertThat(lastLine(c)).isEqualTo("<@" + OWNER + "> resumed this in *Data*.");
        assertThat(rituals(c).stage()).isEqualTo(Stage.DATA);
        assertThat(rituals(c).iteration()).isEqualTo(1);
    }

    @Test
    void a_killed_project_refuses_moves_and_says_how_to_reopen_it() {
        String channel = RunningBot.newChannel(false);
        Conversation c = completed(channel, "Demand forecast");
        select(c, OWNER, "training");
        select(c, OWNER, "killed");
        assertThat(lastLine(c)).startsWith("<@" + OWNER + "> killed this (it was in *Training*).");
        assertThat(lastCard(c).allText()).contains("*Stage:* Killed since");

        String refused = select(c, OWNER, "data");
        assertThat(onlyResponse(refused))
                .contains("*Demand forecast* was killed", "`/mlidea stage #" + shortId(c) + " reopen`", "*Training*");
        assertThat(rituals(c).stage()).isEqualTo(Stage.KILLED);
        assertThat(moves(c)).hasSize(2);

        String reopened = command(channel, OWNER, "stage " + shortId(c) + " reopen");
        assertThat(lastLine(c)).isEqualTo("<@" + OWNER + "> reopened this: back in *Training*, where it was killed.");
        assertThat(onlyResponse(reopened)).contains("is now in *Training*");
        assertThat(rituals(c).stage()).isEqualTo(Stage.TRAINING);
        String again = command(channel, OWNER, "stage " + shortId(c) + " reopen");
        assertThat(onlyResponse(again)).contains("was not killed, so there is nothing to reopen");
    }

    @Test
    void someone_who_is_not_an_owner_is_told_whom_to_ask_on_both_paths_and_nothing_changes() {
        String channel = RunningBot.newChannel(false);
        Conversation c = completed(channel, "Ticket routing");
        int postsBefore = c.thread().size();
        int cardUpdatesBefore = bot.slack.cardUpdates(c.cardTs).size();

        String fromCard = select(c, GUEST, "data");
        String fromCommand = command(channel, GUEST, "stage ticket data");

        String expected = "Only the owners of *Ticket routing* can change its stage: ask <@" + OWNER + ">.";
        assertThat(onlyResponse(fromCard)).contains(expected);
        assertThat(onlyResponse(fromCommand)).contains(expected);
        assertThat(moves(c)).isEmpty();
        assertThat(rituals(c).stage()).isEqualTo(Stage.PLANNING);
        assertThat(c.thread()).hasSize(postsBefore);
        assertThat(bot.slack.cardUpdates(c.cardTs)).hasSize(cardUpdatesBefore);
    }

    @Test
    void an_ambiguous_name_gets_the_choices_and_an_unknown_one_the_list_of_your_projects() {
        String channel = RunningBot.newChannel(false);
        Conversation a = Conversation.start(bot, channel, OWNER, "Churn model for retail");
        Conversation b = Conversation.start(bot, channel, OWNER, "Churn model for telco");
        a.settle();

        String ambiguous = command(channel, OWNER, "stage churn model data");
        assertThat(onlyResponse(ambiguous)).contains("Several projects match", "#" + shortId(a), "#" + shortId(b));
        String unknown = command(channel, OWNER, "stage fraud data");
        assertThat(onlyResponse(unknown))
                .contains("No project here is called “fraud”", "Your projects", "#" + shortId(a), "#" + shortId(b));
        assertThat(moves(a)).isEmpty();
        assertThat(moves(b)).isEmpty();
    }

    @Test
    void a_project_still_in_its_intake_is_asked_to_finish_it_first() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Lead scoring");
        c.settle();
        assertThat(bot.slack.cardPostsIn(channel).get(0).actionIds()).doesNotContain(CardMessages.STAGE_ACTION);

        String refused = command(channel, OWNER, "stage lead scoring data");
        assertThat(onlyResponse(refused)).contains("*Lead scoring* is still in its intake", "Finish the intake first");
        var id = project(c).id();
        Optional<RitualRecord> rituals = bot.db(uow -> uow.rituals().find(FakeSlack.TEAM, id));
        assertThat(rituals).isEmpty();
    }

    @Test
    void a_word_that_is_no_stage_gets_the_stages_at_once() {
        String channel = RunningBot.newChannel(false);
        for (String text : List.of("stage churn prod", "stage churn", "stage", "stage data")) {
            HttpResponse<String> answer =
                    bot.driver.slashCommand(channel, OWNER, text, bot.slack.responseUrl(SlackDriver.nextId("r")));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).as(text).contains("help.stage", "`planning` → `data`", "reopen");
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static Conversation completed(String channel, String title) {
        Conversation c = Conversation.start(bot, channel, OWNER, title);
        c.completeQuick();
        c.settle();
        return c;
    }

    /** Chooses a stage on the card; returns the id of the response_url it may be answered on. */
    private static String select(Conversation c, String user, String stage) {
        String id = SlackDriver.nextId("r");
        var response = bot.driver.selectOnCard(
                c.channel, user, c.cardTs, CardMessages.STAGE_ACTION, stage, bot.slack.responseUrl(id));
        assertThat(response.statusCode()).isEqualTo(200);
        bot.settle();
        return id;
    }

    private static String command(String channel, String user, String text) {
        String id = SlackDriver.nextId("r");
        var response = bot.driver.slashCommand(channel, user, text, bot.slack.responseUrl(id));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("help.");
        bot.settle();
        return id;
    }

    private static String onlyResponse(String id) {
        List<JsonObject> responses = bot.slack.responses(id);
        assertThat(responses).hasSize(1);
        JsonObject response = responses.get(0);
        assertThat(response.get("response_type").getAsString()).isEqualTo("ephemeral");
        return response.get("text").getAsString();
    }

    private static String lastLine(Conversation c) {
        SlackCall last = c.lastPost();
        assertThat(last.blockIds()).containsExactly("stage.moved");
        return last.param("text");
    }

    private static SlackCall lastCard(Conversation c) {
        List<SlackCall> updates = bot.slack.cardUpdates(c.cardTs);
        return updates.get(updates.size() - 1);
    }

    private static ProjectRecord project(Conversation c) {
        return bot.projects().stream()
                .filter(p -> p.cardTs().equals(Optional.of(c.cardTs)))
                .findFirst()
                .orElseThrow();
    }

    private static String shortId(Conversation c) {
        return ProjectCandidate.shortIdOf(project(c).id());
    }

    private static List<StageMove> moves(Conversation c) {
        var id = project(c).id();
        return bot.db(uow -> uow.rituals().stageMoves(FakeSlack.TEAM, id));
    }

    private static RitualRecord rituals(Conversation c) {
        var id = project(c).id();
        return bot.db(uow -> uow.rituals().find(FakeSlack.TEAM, id)).orElseThrow();
    }
}
