package dev.mlidea.bot.rituals;

import static org.awaitility.Awaitility.await;

import dev.mlidea.bot.testing.Conversation;
import dev.mlidea.bot.testing.FakeSlack;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.bot.testing.SlackCall;
import dev.mlidea.storage.NudgeRecord;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.RitualRecord;
import dev.mlidea.storage.ValidationRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A project through its intake, and what its rituals did since: nudges posted and recorded, its row. */
final class RitualsHarness {
    final RunningBot bot;
    final Conversation c;

    private RitualsHarness(RunningBot bot, Conversation c) {
        this.bot = bot;
        this.c = c;
    }

    /** Starts a project and completes its quick intake at the bot's clock: its rituals start then. */
    static RitualsHarness completed(RunningBot bot, String owner, String title) {
        Conversation c = Conversation.start(bot, RunningBot.newChannel(false), owner, title);
        c.completeQuick();
        c.settle();
        var h = new RitualsHarness(bot, c);
        await().atMost(Conversation.PATIENCE).until(() -> h.rituals().isPresent());
        return h;
    }

    /** A project whose intake {@code c} completed: waits for its rituals to start. */
    static RitualsHarness of(RunningBot bot, Conversation c) {
        c.settle();
        var h = new RitualsHarness(bot, c);
        await().atMost(Conversation.PATIENCE).until(() -> h.rituals().isPresent());
        return h;
    }

    ProjectRecord project() {
        return bot.projects().stream()
                .filter(p -> p.cardTs().equals(Optional.of(c.cardTs)))
                .findFirst()
                .orElseThrow();
    }

    Optional<RitualRecord> rituals() {
        ProjectRecord p = project();
        return bot.db(uow -> uow.rituals().find(FakeSlack.TEAM, p.id()));
    }

    RitualRecord ritual() {
        return rituals().orElseThrow();
    }

    Optional<Instant> nextDue() {
        ProjectRecord p = project();
        return bot.db(uow -> uow.rituals().nextDue(FakeSlack.TEAM, p.id()));
    }

    List<ValidationRecord> validations() {
        ProjectRecord p = project();
        return bot.db(uow -> uow.rituals().validations(FakeSlack.TEAM, p.id()));
    }

    List<NudgeRecord> nudgesRecorded() {
        ProjectRecord p = project();
        return bot.db(uow -> uow.rituals().nudges(FakeSlack.TEAM, p.id()));
    }

    /** The nudges Slack was asked to post in the project's thread. */
    List<SlackCall> nudgesPosted() {
        return c.thread().stream()
                .filter(m -> m.blockIds().contains(NudgeMessages.NUDGE_BLOCK))
                .toList();
    }

    List<SlackCall> postsWithBlock(String blockId) {
        return c.thread().stream().filter(m -> m.blockIds().contains(blockId)).toList();
    }

    /** The card as people see it now: its newest edit. */
    SlackCall card() {
        List<SlackCall> updates = bot.slack.cardUpdates(c.cardTs);
        return updates.get(updates.size() - 1);
    }

    void click(String user, String actionId, String value) {
        bot.driver.click(c.channel, user, c.cardTs, NudgeMessages.ACTIONS_BLOCK, actionId, value);
        bot.settle();
    }
}
