package dev.mlidea.bot.blocks;

import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.List;

/**
 * A message ready to send: Block Kit blocks, checked against Slack's limits, and the fallback text
 * that notifications and screen readers show.
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
    private static final Gson GSON = GsonFactory.createSnakeCase();

    public SlackMessage {
        blocks = List.copyOf(BlockLimits.require(blocks));
        text = Mrkdwn.fitEscaped(text, BlockLimits.FALLBACK_TEXT);
    }

    public String blocksJson() {
        return GSON.toJson(blocks);
    }
}
