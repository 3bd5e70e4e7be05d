package dev.mlidea.bot.portfolio;

import static dev.mlidea.bot.portfolio.Portfolio.GENERAL;
import static dev.mlidea.bot.portfolio.Portfolio.day;

import dev.mlidea.bot.blocks.SlackMessage;
import dev.mlidea.conversations.portfolio.WeeklySummary;
import dev.mlidea.conversations.rituals.Stage;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class SummaryMessagesProperties {

    /** Any titles, kill reasons, check-in texts and headline: within Slack's limits, no ping, no broken link. */
    @Property(tries = 200)
    void any_text_people_type_renders_safely(
            @ForAll @Size(min = 1, max = 12) List<@StringLength(max = 400) String> titles,
            @ForAll @StringLength(max = 6000) String longOne,
            @ForAll @StringLength(max = 200) String headline) {
        var p = new Portfolio();
        for (int i = 0; i < titles.size(); i++) {
            String title = titles.get(i);
            var project = p.add(i + 1, i == 0 ? longOne : title).createdOn(i % 7);
            if (i % 3 == 0) project.killed(day(2), title + longOne);
            if (i % 3 == 1)
                project.move(Stage.DATA, day(1), 1)
                        .checkIn(-2, "1")
                        .checkIn(0, title)
                        .checkIn(1, "2");
            if (i % 2 == 0) project.overdue().stalled();
            project.done();
        }

        SlackMessage message = SummaryMessages.summary(
                WeeklySummary.of(p.projects, Portfolio.WEEK, Optional.of(GENERAL)), p.links, headline);

        SummaryMessagesTest.assertSafe(message);
    }
}
