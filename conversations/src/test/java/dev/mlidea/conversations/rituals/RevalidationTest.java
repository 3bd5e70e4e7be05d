package dev.mlidea.conversations.rituals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.conversations.intake.Answer;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.Questionnaire;
import dev.mlidea.conversations.rituals.Revalidation.Action;
import dev.mlidea.conversations.rituals.Revalidation.Next;
import dev.mlidea.conversations.rituals.Revalidation.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RevalidationTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 2026-03-02 11:00 in Berlin. */
    private static final Instant MONDAY = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void the_cadence_is_the_intakes_choice_or_every_two_weeks() {
        assertThat(Cadence.of(Answers.none())).isEqualTo(Cadence.TWO_WEEKS);
        assertThat(Cadence.of(Answers.none().with(Questionnaire.REVALIDATE_EVERY, new Answer.Skipped())))
                .isEqualTo(Cadence.TWO_WEEKS);
        assertThat(Cadence.of(Answers.none().with(Questionnaire.REVALIDATE_EVERY, new Answer.Picked("3w"))))
                .isEqualTo(Cadence.TWO_WEEKS);
        for (Cadence c : Cadence.values()) {
            Answers picked = Answers.none().with(Questionnaire.REVALIDATE_EVERY, new Answer.Picked(c.choiceId()));
            assertThat(Cadence.of(picked)).isEqualTo(c);
        }
        assertThat(Cadence.ONE_WEEK.period()).isEqualTo(Duration.ofDays(7));
        assertThat(Cadence.EIGHT_WEEKS.period()).isEqualTo(Duration.ofDays(56));
        assertThat(Cadence.fromChoice("4w")).contains(Cadence.FOUR_WEEKS);
    }

    @Test
    void due_one_cadence_after_the_last_validation_and_reminded_then() {
        Revalidation r = Revalidation.validated(MONDAY, Cadence.TWO_WEEKS);
        Instant due = MONDAY.plus(Duration.ofDays(14));

        assertThat(r.dueAt()).isEqualTo(due);
        assertThat(r.status(MONDAY)).isEqualTo(Status.SCHEDULED);
        assertThat(r.status(due)).isEqualTo(Status.DUE);
        assertThat(r.next(MONDAY, BERLIN)).contains(new Next(Action.REMIND, due));
        assertThat(r.next(due, BERLIN)).contains(new Next(Action.REMIND, due));
    }

    @Test
    void a_reminder_due_outside_working_hours_waits_for_them() {
        // Validated Friday 2026-03-06 18:00 Berlin: due Friday 2026-03-13 18:00, reminded Monday 09:00.
        Revalidation r = Revalidation.validated(Instant.parse("2026-03-06T17:00:00Z"), Cadence.ONE_WEEK);

        assertThat(r.next(MONDAY, BERLIN)).contains(new Next(Action.REMIND, Instant.parse("2026-03-16T08:00:00Z")));
        assertThat(r.status(Instant.parse("2026-03-14T10:00:00Z"))).isEqualTo(Status.DUE);
    }

    @Test
    void silence_after_the_reminder_leads_to_the_owner_then_overdue_three_days_apart() {
        Revalidation r = Revalidation.validated(MONDAY, Cadence.ONE_WEEK);
        Instant remindedAt = MONDAY.plus(Duration.ofDays(7));

        Revalidation reminded = r.after(Action.REMIND, remindedAt);
        assertThat(reminded.status(remindedAt)).isEqualTo(Status.REMINDED);
        Instant dmAt = remindedAt.plus(Duration.ofDays(3)); // Thursday 11:00
        assertThat(reminded.next(remindedAt, BERLIN)).contains(new Next(Action.DM_OWNER, dmAt));

        Revalidation messaged = reminded.after(Action.DM_OWNER, dmAt);
        assertThat(messaged.status(dmAt)).isEqualTo(Status.OWNER_DM_SENT);
        Instant overdueAt = dmAt.plus(Duration.ofDays(3)); // Sunday: a mark, not a message
        assertThat(messaged.next(dmAt, BERLIN)).contains(new Next(Action.MARK_OVERDUE, overdueAt));

        Revalidation overdue = messaged.after(Action.MARK_OVERDUE, overdueAt);
        assertThat(overdue.status(overdueAt)).isEqualTo(Status.OVERDUE);
        assertThat(overdue.next(overdueAt.plus(Duration.ofDays(30)), BERLIN)).isEmpty();
    }

    @Test
    void the_owners_message_waits_for_working_hours() {
        // Reminded Friday 2026-03-13 16:30 Berlin: three days later is Monday 16:30, inside.
        Instant fridayAfternoon = Instant.parse("2026-03-13T15:30:00Z");
        Revalidation reminded = Revalidation.validated(MONDAY, Cadence.ONE_WEEK).after(Action.REMIND, fridayAfternoon);
        assertThat(reminded.next(fridayAfternoon, BERLIN))
                .contains(new Next(Action.DM_OWNER, Instant.parse("2026-03-16T15:30:00Z")));
        // Reminded Wednesday 16:59: Saturday 16:59, so Monday 09:00.
        Instant wednesday = Instant.parse("2026-03-11T15:59:00Z");
        Revalidation midweek = Revalidation.validated(MONDAY, Cadence.ONE_WEEK).after(Action.REMIND, wednesday);
        assertThat(midweek.next(wednesday, BERLIN))
                .contains(new Next(Action.DM_OWNER, Instant.parse("2026-03-16T08:00:00Z")));
    }

    @Test
    void a_late_bot_acts_now_not_in_the_past() {
        Revalidation r = Revalidation.validated(MONDAY, Cadence.ONE_WEEK);
        Instant muchLater = MONDAY.plus(Duration.ofDays(12)); // Saturday

        assertThat(r.next(muchLater, BERLIN)).contains(new Next(Action.REMIND, Instant.parse("2026-03-16T08:00:00Z")));
        Instant tuesday = Instant.parse("2026-03-17T09:00:00Z");
        assertThat(r.next(tuesday, BERLIN)).contains(new Next(Action.REMIND, tuesday));
    }

    @Test
    void any_validation_resets_whatever_was_stored() {
        Instant remindedAt = MONDAY.plus(Duration.ofDays(14));
        Revalidation overdue = Revalidation.validated(MONDAY, Cadence.TWO_WEEKS)
                .after(Action.REMIND, remindedAt)
                .after(Action.DM_OWNER, remindedAt.plus(Duration.ofDays(3)))
                .after(Action.MARK_OVERDUE, remindedAt.plus(Duration.ofDays(6)));
        Instant validatedAgain = remindedAt.plus(Duration.ofDays(8));

        // As the storage might hold it: the new validation, the old marks still in their columns.
        var stale = new Revalidation(
                validatedAgain, Cadence.TWO_WEEKS, overdue.remindedAt(), overdue.ownerDmAt(), overdue.overdueAt());

        assertThat(stale.status(validatedAgain)).isEqualTo(Status.SCHEDULED);
        assertThat(stale.next(validatedAgain, BERLIN))
                .contains(new Next(Action.REMIND, validatedAgain.plus(Duration.ofDays(14))));
        assertThat(Revalidation.validated(validatedAgain, Cadence.TWO_WEEKS).status(validatedAgain))
                .isEqualTo(Status.SCHEDULED);
    }

    @Test
    void a_message_or_mark_without_the_step_before_it_does_not_count() {
        Instant later = MONDAY.plus(Duration.ofDays(20));
        var dmWithoutReminder =
                new Revalidation(MONDAY, Cadence.TWO_WEEKS, Optional.empty(), Optional.of(later), Optional.of(later));

        assertThat(dmWithoutReminder.status(later)).isEqualTo(Status.DUE);
    }
}
