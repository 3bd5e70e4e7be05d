package dev.mlidea.bot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.mlidea.bot.portfolio.PortfolioRequests;
import dev.mlidea.bot.portfolio.ProjectListMessages;
import java.util.regex.Pattern;

/**
 * The page buttons under {@code /mlidea list}: the asked page replaces the list, for the one who
 * clicked, through the click's response_url. A value the bot did not write is ignored.
 */
public final class ListPageListener {
    private final PortfolioRequests portfolio;

    public ListPageListener(PortfolioRequests portfolio) {
        this.portfolio = portfolio;
    }

    public void register(App app) {
        app.blockAction(Pattern.compile("^" + Pattern.quote(ProjectListMessages.PAGE_ACTION) + "\\..*"), this::onPage);
    }

    private Response onPage(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        if (p.getActions() == null || p.getActions().isEmpty() || p.getResponseUrl() == null) return ctx.ack();
        String[] value = String.valueOf(p.getActions().get(0).getValue()).split(":", 2);
        var scope = ProjectListMessages.Scope.parse(value[0]);
        int page;
        try {
            page = value.length == 2 ? Integer.parseInt(value[1]) : 1;
        } catch (NumberFormatException e) {
            return ctx.ack();
        }
        if (scope.isEmpty()) return ctx.ack();
        portfolio.list(
                p.getTeam().getId(),
                SlackListeners.channelOf(p),
                p.getUser().getId(),
                scope.get(),
                page,
                p.getResponseUrl(),
                true);
        return ctx.ack();
    }
}
