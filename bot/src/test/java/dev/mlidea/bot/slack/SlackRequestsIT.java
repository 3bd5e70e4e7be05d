package dev.mlidea.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.FakeSlack;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.bot.testing.SlackDriver;
import dev.mlidea.storage.Delivery;
import dev.mlidea.storage.ProjectRecord;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The request path: signatures, dedup of retries, acks, restarts, channels the bot is not in. */
class SlackRequestsIT {
    private static final String OWNER = "U0OWNER0002";
    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

    @AutoClose
    private static final RunningBot bot = new RunningBot();

    @Test
    void a_request_with_a_bad_missing_or_stale_signature_is_refused_and_nothing_is_stored() {
        long before = bot.probes().inboxCount();
        String channel = RunningBot.newChannel(false);
        String body = "team_id=" + FakeSlack.TEAM + "&channel_id=" + channel + "&user_id=" + OWNER
                + "&command=%2Fmlidea&text=forged&trigger_id=1.2.3&response_url=http%3A%2F%2F127.0.0.1%3A1%2Fx";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String stale = Long.toString(Instant.now().minusSeconds(6 * 60).getEpochSecond());
        String future = Long.toString(Instant.now().plusSeconds(6 * 60).getEpochSecond());

        var forged = bot.driver.send(body, FORM, false);
        var unsigned = bot.driver.sendRaw(body, FORM, null, null);
        var replayed =
                bot.driver.sendRaw(body, FORM, stale, bot.driver.signature().sign(stale, bytes));
        var fromTheFuture =
                bot.driver.sendRaw(body, FORM, future, bot.driver.signature().sign(future, bytes));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(fromTheFuture.statusCode()).isEqualTo(401);
        long after = bot.probes().inboxCount();
        assertThat(after).isEqualTo(before);
        assertThat(bot.projects()).noneMatch(p -> p.channelId().equals(channel));
    }

    @Test
    void a_retried_event_is_acked_and_handled_once() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Dedup");
        int before = c.thread().size();
        String liveTs = await().atMost(Conversation.PATIENCE)
                .until(c::liveTs, java.util.Optional::isPresent)
                .orElseThrow();
        int edits = bot.slack.updatesOf(liveTs).size();

        var first = bot.driver.threadReply(channel, OWNER, c.cardTs, "Duplicates everywhere", "Ev0DUP0001", null);
        var retry = bot.driver.threadReply(channel, OWNER, c.cardTs, "Duplicates everywhere", "Ev0DUP0001", 1);
        var again = bot.driver.threadReply(channel, OWNER, c.cardTs, "Duplicates everywhere", "Ev0DUP0001", 2);
        c.settle();

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        // Handled once: one answer stored, the live message moved on by one question, nothing else said.
        assertThat(bot.slack.updatesOf(liveTs)).hasSize(edits + 1);
        assertThat(c.thread()).hasSize(before);
        assertThat(c.ephemeralsTo(OWNER)).isEmpty();
        assertThat(bot.storedAnswers(projectIn(channel).id())).hasSize(1);
        assertThat(c.openQuestion()).isEqualTo("use.how");
    }

    @Test
    void a_restart_in_the_middle_of_an_intake_continues_it() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Survives restarts");
        c.type("Pose estimation for the warehouse robot");
        c.click("acts_alone");
        assertThat(c.openQuestion()).isEqualTo("need.ml");
        c.settle();
        String liveTs = c.liveTs().orElseThrow();

        bot.restart();

        SlackCall next = Conversation.resume(bot, channel, OWNER, c.cardTs).type("fell short");
        // the same live message goes on: edited, not posted again.
        assertThat(next.method()).isEqualTo("chat.update");
        assertThat(next.param("ts")).isEqualTo(liveTs);
        assertThat(next.questionKey()).isEqualTo("impact.signals");
        assertThat(next.allText()).contains("question 4 of 8");
        c.settle();
        assertThat(c.thread()).hasSize(1);
        assertThat(projectIn(channel).intake().answers().byKey()).containsKeys("problem", "use.how", "need.ml");
    }

    @Test
    void a_private_channel_the_bot_is_not_in_gets_an_invite_explanation_and_nothing_is_lost() {
        String channel = RunningBot.newChannel(true);
        bot.slack.failPostsIn(channel, "channel_not_found");
        bot.slack.failJoin(channel, "method_not_supported_for_channel_type");
        String responseId = SlackDriver.nextId("private");

        var ack = bot.driver.slashCommand(channel, OWNER, "Secret project", bot.slack.responseUrl(responseId));

        assertThat(ack.statusCode()).isEqualTo(200);
        await().atMost(Conversation.PATIENCE)
                .until(() -> !bot.slack.responses(responseId).isEmpty());
        JsonObject explanation = bot.slack.responses(responseId).get(0);
        assertThat(explanation.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(explanation.toString()).contains("/invite @mlidea").contains("Secret project");
        assertThat(projectIn(channel).delivery()).isEqualTo(Delivery.AWAITING_INVITE);

        // The person invites the bot: the card and the first question go out, in order.
        bot.slack.heal();
        bot.driver.memberJoined(channel, FakeSlack.BOT_USER);
        await().atMost(Conversation.PATIENCE)
                .until(() -> projectIn(channel).cardTs().isPresent());
        bot.settle();
        String cardTs = projectIn(channel).cardTs().orElseThrow();
        assertThat(bot.slack.cardPostsIn(channel)).isNotEmpty();
        assertThat(bot.slack.postsInThread(cardTs))
                .extracting(SlackCall::questionKey)
                .containsExactly("problem");
    }

    @Test
    void a_public_channel_is_joined_before_the_card_is_posted_so_the_bot_hears_replies() {
        String channel = RunningBot.newChannel(false);
        bot.slack.notAMemberOf(channel);
        bot.driver.slashCommand(channel, OWNER, "Public idea", bot.slack.responseUrl(SlackDriver.nextId("r")));
        await().atMost(Conversation.PATIENCE)
                .ignoreException(java.util.NoSuchElementException.class) // no project yet: the worker is busy
                .until(() -> projectIn(channel).cardTs().isPresent());
        bot.settle();
        assertThat(bot.slack.calls("conversations.join")).anyMatch(call -> channel.equals(call.param("channel")));
        assertThat(bot.slack.cardPostsIn(channel)).hasSize(1);
        assertThat(projectIn(channel).delivery()).isEqualTo(Delivery.POSTED);
        assertThat(bot.slack.postsInThread(projectIn(channel).cardTs().get())).isNotEmpty();
    }

    @Test
    void an_intake_runs_in_the_bots_own_dm_without_trying_to_join_it() {
        String dm = "D0DIRECT" + SlackDriver.nextId("");
        Conversation c = Conversation.start(bot, dm, OWNER, "Private thoughts");

        SlackCall next = c.type("Meeting notes are summarised by hand");

        assertThat(next.questionKey()).isEqualTo("use.how");
        assertThat(bot.slack.calls("conversations.join")).noneMatch(call -> dm.equals(call.param("channel")));
    }

    @Test
    void a_dm_between_other_people_gets_a_clear_answer_instead_of_an_invite_that_cannot_work() {
        String dm = "D0OTHERS" + SlackDriver.nextId("");
        bot.slack.failPostsIn(dm, "channel_not_found");
        String responseId = SlackDriver.nextId("dm");

        bot.driver.slashCommand(dm, OWNER, "Not here", bot.slack.responseUrl(responseId));

        await().atMost(Conversation.PATIENCE)
                .until(() -> !bot.slack.responses(responseId).isEmpty());
        assertThat(bot.slack.responses(responseId).get(0).toString())
                .contains("couldn't post the card")
                .contains("channel_not_found")
                .doesNotContain("/invite");
        assertThat(projectIn(dm).delivery()).isNotEqualTo(Delivery.AWAITING_INVITE);
    }

    @Test
    void a_rate_limited_post_waits_for_retry_after_and_then_goes_out() {
        String channel = RunningBot.newChannel(false);
        bot.slack.rateLimitOnce(channel, 1);
        bot.driver.slashCommand(channel, OWNER, "Patient", bot.slack.responseUrl(SlackDriver.nextId("r")));
        await().atMost(Conversation.PATIENCE)
                .until(() -> bot.slack.cardPostsIn(channel).size() == 1);
        assertThat(projectIn(channel).cardTs()).isEmpty();

        bot.clock.advance(Duration.ofSeconds(2));
        await().atMost(Conversation.PATIENCE)
                .until(() -> projectIn(channel).cardTs().isPresent());
        bot.settle();
        assertThat(bot.slack.cardPostsIn(channel)).hasSize(2);
        assertThat(bot.slack.postsInThread(projectIn(channel).cardTs().get())).hasSize(1);
    }

    @Test
    void a_request_that_keeps_failing_is_set_aside_and_its_sender_is_asked_to_resend() {
        String channel = RunningBot.newChannel(false);
        Conversation c = Conversation.start(bot, channel, OWNER, "Poison");
        // A kind this version does not know, as a newer replica might store it during a rolling deploy.
        String payload = new com.google.gson.Gson()
                .toJson(dev.mlidea.bot.requests.InboxPayload.reply(channel, OWNER, c.cardTs, "hello"));
        bot.db(uow -> uow.inbox()
                .enqueue(new dev.mlidea.storage.InboxItem(
                        FakeSlack.TEAM,
                        "event:Ev0POISON",
                        "thread:" + channel + ":" + c.cardTs,
                        "FUTURE_KIND",
                        payload)));

        await().atMost(Conversation.PATIENCE).until(() -> {
            bot.clock.advance(Duration.ofSeconds(5)); // past each retry's backoff
            return bot.slack.ephemeralsTo(OWNER).stream()
                    .anyMatch(e -> e.allText().contains("couldn't handle your last message"));
        });

        // the thread is not blocked: the next answer goes through.
        SlackCall next = c.type("Invoices are matched by hand");
        assertThat(next.questionKey()).isEqualTo("use.how");
    }

    @Test
    void help_and_unknown_subcommands_answer_at_once_and_privately() {
        HttpResponse<String> help = bot.driver.slashCommand("C0HELP0001", OWNER, "help", "http://127.0.0.1:1/unused");
        HttpResponse<String> typo = bot.driver.slashCommand("C0HELP0001", OWNER, "hlep", "http://127.0.0.1:1/unused");

        assertThat(help.statusCode()).isEqualTo(200);
        JsonObject body = JsonParser.parseString(help.body()).getAsJsonObject();
        assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
        // in mrkdwn a bare <short title> would be read as a link: it must arrive escaped.
        assertThat(body.toString()).contains("/mlidea &lt;short title&gt;");
        assertThat(JsonParser.parseString(typo.body()).toString())
                .contains("I don't know the command")
                .contains("hlep");
        assertThat(bot.projects()).noneMatch(p -> p.channelId().equals("C0HELP0001"));
    }

    @Test
    void url_verification_is_answered_and_unhandled_events_are_acked_with_200() {
        String challenge = "{\"token\":\"x\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                + "\"type\":\"url_verification\"}";
        var verification = bot.driver.send(challenge, Map.of("Content-Type", "application/json"), true);
        assertThat(verification.statusCode()).isEqualTo(200);
        assertThat(verification.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");

        var reaction = new JsonObject();
        reaction.addProperty("type", "reaction_added");
        reaction.addProperty("user", OWNER);
        reaction.addProperty("reaction", "thumbsup");
        reaction.addProperty("event_ts", "1700000000.000100");
        assertThat(bot.driver
                        .sendEvent(reaction, SlackDriver.nextId("Ev0"), null)
                        .statusCode())
                .isEqualTo(200);

        var edited = new JsonObject();
        edited.addProperty("type", "message");
        edited.addProperty("subtype", "message_changed");
        edited.addProperty("channel", "C0EDIT0001");
        edited.addProperty("ts", "1700000000.000200");
        edited.addProperty("event_ts", "1700000000.000200");
        assertThat(bot.driver.sendEvent(edited, SlackDriver.nextId("Ev0"), null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void health_and_readiness_answer_json() {
        var health = bot.driver.get("/healthz");
        var ready = bot.driver.get("/readyz");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"ok\"");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"ready\"");
        var work = com.google.gson.JsonParser.parseString(ready.body())
                .getAsJsonObject()
                .getAsJsonObject("work");
        assertThat(work.keySet()).containsExactly("inbox", "outbox", "housekeeping");
        for (String loop : work.keySet()) {
            assertThat(work.getAsJsonObject(loop).get("running").getAsBoolean()).isTrue();
            assertThat(work.getAsJsonObject(loop).get("restarts").getAsInt()).isZero();
        }
    }

    private static ProjectRecord projectIn(String channel) {
        return bot.projects().stream()
                .filter(p -> p.channelId().equals(channel))
                .findFirst()
                .orElseThrow();
    }
}
