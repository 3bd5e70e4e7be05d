package dev.mlidea.bot.slack;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewClosedRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import java.util.Objects;

/**
 * The parts of a signed request that Bolt dereferences before any listener runs. Slack always sends
 * them; a request without them is garbage (a broken client, a replayed fragment) and gets a 400, not
 * the 500 Bolt's own NullPointerException would make, which Slack would retry for nothing.
 */
final class RequestShape {
    private RequestShape() {}

    static boolean isComplete(Request<?> request) {
        if (request instanceof ViewSubmissionRequest r) {
            return r.getPayload() != null && r.getPayload().getView() != null;
        }
        if (request instanceof ViewClosedRequest r) {
            return r.getPayload() != null && r.getPayload().getView() != null;
        }
        if (request instanceof BlockActionRequest r) {
            return r.getPayload() != null
                    && r.getPayload().getActions() != null
                    && r.getPayload().getActions().stream().allMatch(Objects::nonNull);
        }
        return true;
    }
}
