package dev.mlidea.bot.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.mlidea.bot.blocks.Mrkdwn;
import dev.mlidea.bot.blocks.SlackMessage;
import java.util.ArrayList;
import java.util.List;

/** The answer to {@code /mlidea help} and to anything it does not understand. */
final class HelpMessages {
    /** The lifecycle, in order, as typed. */
    private static final String STAGES = "`planning` → `data` → `training` → `deploying` → `production`";

    private HelpMessages() {}

    static SlackMessage usage(String unknown) {
        var blocks = new ArrayList<LayoutBlock>();
        if (unknown.equalsIgnoreCase("owners")) {
            blocks.add(section(s -> s.blockId("help.owners")
                    .text(markdownText(":thinking_face: `/mlidea owners` needs the project and the people, each"
                            + " mentioned with @ so that Slack links them: `/mlidea owners churn @alex @sam`."))));
        } else if (unknown.equalsIgnoreCase("stage")) {
            blocks.add(section(s -> s.blockId("help.stage")
                    .text(markdownText(":thinking_face: `/mlidea stage` needs the project and the stage it is"
                            + " in now: `/mlidea stage churn data`. The stages: " + STAGES + ", or `paused` or"
                            + " `killed`; `/mlidea stage churn reopen` undoes a kill."))));
        } else if (!unknown.isEmpty()) {
            String note = CommandText.SUBCOMMANDS.contains(unknown.toLowerCase(java.util.Locale.ROOT))
                    ? "`/mlidea " + Mrkdwn.escapeAndFit(unknown, 60) + "` is not available in this version yet."
                    : "I don't know the command `" + Mrkdwn.escapeAndFit(unknown, 60) + "`.";
            blocks.add(section(s -> s.blockId("help.unknown")
                    .text(markdownText(":thinking_face: " + note
                            + " To start an idea with that title, add a word or two, e.g. `/mlidea "
                            + Mrkdwn.escapeAndFit(unknown, 60) + " model for …`"))));
        }
        blocks.add(section(s -> s.blockId("help.usage")
                .text(markdownText("*mlidea* helps your team decide whether — and how — to build an ML idea.\n"
                        + "• `/mlidea &lt;short title&gt;` — start an idea: I post a card here and ask 8 quick"
                        + " questions in its thread, or in a form from the card (about three minutes).\n"
                        + "• `/mlidea owners &lt;project&gt; @person` — add co-owners: their replies count as"
                        + " answers too.\n"
                        + "• `/mlidea stage &lt;project&gt; &lt;stage&gt;` — move a project on (or back) in its"
                        + " lifecycle, or pause or kill it; the select on its card does the same.\n"
                        + "• `/mlidea more [project]` — the full intake (about 25 questions) for a team that"
                        + " wants it now.\n"
                        + "• `/mlidea settings` — where and when the weekly summary goes, the nudges' idle days"
                        + " and the default re-check cadence; anyone can change them, every change is recorded.\n"
                        + "• `/mlidea list [mine|all]` — the projects with stage, quadrant, next step and criteria"
                        + " re-check, a page at a time, only to you.\n"
                        + "• `/mlidea portfolio` — this week's portfolio summary now, only to you; its impact ×"
                        + " feasibility picture comes in a direct message.\n"
                        + "• `/mlidea help` — this message.\n"
                        + "Name a project by its short id (`#3f9a2c`) or the start of its title. In the thread,"
                        + " reply to answer, or type `skip`, `back`, `cancel` or `help`.\n"
                        + "After the intake I keep the project moving: a nudge with one small next step when it"
                        + " sits idle in planning, and a re-check of its success criteria by its cadence. The"
                        + " card's *Update criteria…* and *Ask stakeholders to confirm* work any time."))));
        blocks.add(context(c -> c.blockId("help.source")
                .elements(List.of(markdownText(
                        "Questions and advice come from Full Stack Deep Learning's lecture “When to use ML”.")))));
        return new SlackMessage("mlidea: type /mlidea <short title> to start an ML idea", blocks);
    }
}
