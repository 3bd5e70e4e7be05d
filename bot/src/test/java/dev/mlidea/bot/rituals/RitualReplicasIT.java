package dev.mlidea.bot.rituals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.bot.criteria.CriteriaMessages;
import dev.mlidea.bot.testing.RunningBot;
import dev.mlidea.storage.NudgeRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two bot instances on one database, both schedulers asked to look at every step: each nudge,
 * re-check reminder and owner's message is sent once, and a sweep left behind by an instance that
 * died is run by the other.
 */
class RitualReplicasIT {

    @Test
    void two_instances_over_a_simulated_month_send_every_nudge_exactly_once() {
        try (var bot = new RunningBot(Instant.parse("2026-12-01T08:00:00Z"))) {
            bot.replica();
            var projects = new ArrayList<RitualsHarness>();
            List<String> zones = List.of("Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "UTC");
            for (int i = 0; i < zones.size(); i++) {
                String owner = "U0REPLOWN" + i;
                bot.slack.userZone(owner, zones.get(i));
                projects.add(RitualsHarness.completed(bot, owner, "Replicated idea " + i));
                bot.clock.advance(Duration.ofHours(7)); // progress at different hours of the day
            }

            bot.advanceRituals(Duration.ofDays(31), Duration.ofHours(4));

            int posted = 0;
            for (var h : projects) {
                List<NudgeRecord> recorded = h.nudgesRecorded();
                assertThat(h.nudgesPosted()).as("posts = rows in nudges").hasSize(recorded.size());
                assertThat(recorded).extracting(NudgeRecord::number).containsExactly(1, 2, 3);
                assertThat(recorded).extracting(NudgeRecord::sentAt).doesNotHaveDuplicates();
                assertThat(h.ritual().stalledAt()).isPresent();
                posted += h.nudgesPosted().size();
            }
            long allNudgePosts = bot.slack.calls("chat.postMessage").stream()
                    .filter(m -> m.blockIds().contains(NudgeMessages.NUDGE_BLOCK))
                    .count();
            assertThat(allNudgePosts).isEqualTo(posted).isEqualTo(12);

            // The criteria re-check in the same month: one reminder, one message to the owner, then overdue.
            for (int i = 0; i < projects.size(); i++) {
                var h = projects.get(i);
                assertThat(RecheckIT.reminders(h))
                        .as("one reminder per project")
                        .hasSize(1);
                assertThat(bot.slack.dmsTo("U0REPLOWN" + i))
                        .as("one message to the owner")
                        .hasSize(1);
                assertThat(h.ritual().revalRemindedAt()).isPresent();
                assertThat(h.ritual().revalOwnerDmAt()).isPresent();
                assertThat(h.ritual().revalOverdueAt()).isPresent();
            }
            long allReminders = bot.slack.calls("chat.postMessage").stream()
                    .filter(m -> m.blockIds().contains(CriteriaMessages.REMINDER_BLOCK))
                    .count();
            assertThat(allReminders).isEqualTo(4);
            assertThat(bot.slack.calls("conversations.open")).hasSize(4);
        }
    }

    @Test
    void a_sweep_left_running_by_a_dead_instance_is_revived_by_another_and_nudges_once() {
        Instant start = Instant.parse("2026-12-07T10:00:00Z"); // Monday
        try (var bot = new RunningBot(start)) {
            bot.replica();
            var h = RitualsHarness.completed(bot, "U0DEADOWN1", "Idea whose sweep was cut off");
            bot.advanceRituals(Duration.ofDays(7).minusHours(1), Duration.ofDays(1));
            bot.clock.advance(Duration.ofHours(1));
            assertThat(h.nudgesPosted()).isEmpty();

            // As a process killed mid-sweep leaves it: the execution picked, its heartbeats stopped long ago.
            Instant now = bot.clock.instant();
            int left = bot.sql(
                    """
                    UPDATE scheduled_tasks SET picked = true, picked_by = 'killed-instance',
                        execution_time = ?, last_heartbeat = ?
                    WHERE task_name = ?
                    """,
                    java.sql.Timestamp.from(now.minusSeconds(60)),
                    java.sql.Timestamp.from(now.minus(Duration.ofHours(1))),
                    RitualScheduler.TASK);
            assertThat(left).isEqualTo(1);

            // Nobody asks: a live instance finds the dead execution by its heartbeat and runs it. The
            // scheduler measures its waits on the bot's clock, so time has to pass on it too.
            org.awaitility.Awaitility.await()
                    .atMost(dev.mlidea.bot.testing.Conversation.PATIENCE)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        bot.clock.advance(Duration.ofMillis(500));
                        return bot.ritualsPendingAt(now) == 0;
                    });
            bot.settle();
            assertThat(h.nudgesPosted()).hasSize(1);
            assertThat(h.nudgesRecorded()).hasSize(1);

            bot.runRituals();
            bot.advanceRituals(Duration.ofDays(2), Duration.ofHours(6));
            assertThat(h.nudgesPosted()).hasSize(1);
        }
    }
}
