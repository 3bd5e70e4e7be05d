package dev.mlidea.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlidea.bot.config.Config;
import dev.mlidea.bot.criteria.CriteriaMessages;
import dev.mlidea.bot.criteria.CriteriaViews;
import dev.mlidea.bot.intake.IntakeMessages;
import dev.mlidea.bot.rituals.NudgeMessages;
import dev.mlidea.bot.settings.SettingsMessages;
import dev.mlidea.conversations.assessment.Quadrant;
import dev.mlidea.conversations.intake.IntakeInput;
import dev.mlidea.conversations.intake.Questionnaire;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The sandbox in a real browser, as a newcomer uses it: an idea typed as {@code /mlidea}, the intake
 * answered by typing and clicking in its thread, the private channel's invite, the summary channel
 * chosen in a modal, then the clock moved forward until a nudge, a re-check reminder (answered through
 * its modal) and the weekly summary with its picture have come. Every step is a signed request to the
 * bot's real /slack/events.
 */
class SandboxBrowserIT {
    private static final String THREAD = "#thread-messages ";
    private static final String PUBLIC = SandboxPeople.PUBLIC_CHANNEL;
    private static final String PRIVATE = SandboxPeople.PRIVATE_CHANNEL;
    private static final Map<String, String> TYPED = Map.of(
            "problem", "Customers cancel and we notice too late to win them back",
            "success.criteria", "Flag 60% of churners a month ahead, at most 1 in 5 flags wrong");
    /** The button clicked for each choice question: an idea worth doing, as a team might answer. */
    private static final Map<String, String> CLICKED = Map.of(
            Questionnaire.USE_HOW, Questionnaire.USE_PERSON_DECIDES,
            Questionnaire.NEED_ML, Questionnaire.BASELINE_FELL_SHORT,
            Questionnaire.DATA_STATE, Questionnaire.DATA_LABELED,
            Questionnaire.COST_WRONG_ANSWER, Questionnaire.WRONG_SETBACK,
            Questionnaire.DONE_BEFORE, Questionnaire.DONE_SIMILAR);

    private static final List<String> TICKED = List.of(
            Questionnaire.SIGNAL_FRICTION, Questionnaire.SIGNAL_CHEAP_PREDICTION, Questionnaire.SIGNAL_INDUSTRY);

    @TempDir
    Path dir;

    private Sandbox sandbox;
    private Browser b;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(Config.fromEnv(Map.of("PORT", "0", "MLIDEA_SANDBOX_DIR", dir.toString())));
        b = Browser.start();
    }

    @AfterEach
    void stop() {
        if (b != null) b.close();
        if (sandbox != null) sandbox.close();
    }

    @Test
    void a_newcomer_runs_an_intake_invites_the_bot_and_fast_forwards_to_nudge_recheck_and_summary() {
        try {
            newcomer();
        } catch (RuntimeException | AssertionError e) {
            b.screenshot("failed", null);
            throw e;
        }
    }

    private void newcomer() {
        b.open(sandbox.pageUrl());
        b.click(".nav-item[data-channel='" + PUBLIC + "']");
        b.type("message-box", "/mlidea Churn prediction");

        String card = ".message[data-channel='" + PUBLIC + "'] [data-block-id='card.title']";
        assertThat(b.text(card)).contains("Churn prediction");
        b.click("#messages .replies");
        answerIntake();
        WebElement assessment = b.one(THREAD + "[data-block-id='assessment.1']");
        assertThat(assessment.getText()).isNotBlank();
        String[] quadrants =
                Arrays.stream(Quadrant.values()).map(Quadrant::label).toArray(String[]::new);
        b.await(d -> Arrays.stream(quadrants).anyMatch(q -> cardText().contains(q)));
        b.scrollToTop(THREAD + ".message:has([data-block-id='assessment.1'])");
        b.screenshot("01-intake-done", "sandbox-intake.png");

        chooseSummaryChannel();
        inviteToPrivateChannel();

        b.click(".nav-item[data-channel='" + PUBLIC + "']");
        forwardUntil(".message[data-channel='" + PUBLIC + "'] .file img", "week");
        b.await(d -> b.imageLoaded(b.one("#messages .file img")));
        b.scrollToTop("#messages .message:has(.bk-header)");
        b.screenshot("04-summary", "sandbox-summary.png");

        b.click("#messages .replies");
        forwardUntil(THREAD + "[data-block-id='" + NudgeMessages.NUDGE_BLOCK + "']", "day");
        b.screenshot("05-nudge", null);
        forwardUntil(THREAD + "[data-block-id='" + CriteriaMessages.REMINDER_BLOCK + "']", "week");
        answerRecheck();
        b.screenshot("06-recheck-answered", null);
    }

    private String cardText() {
        return b.text(".message[data-channel='" + PUBLIC + "'] .bk-blocks");
    }

    /** Every question of the quick intake: text typed in the thread, choices and checkboxes clicked. */
    private void answerIntake() {
        for (int asked = 0; asked < 12; asked++) {
            String key = b.await(d -> {
                if (!b.all(THREAD + "[data-block-id='summary']").isEmpty()) return "";
                var questions = b.all(THREAD + "[data-block-id^='q.']");
                return questions.isEmpty()
                        ? null
                        : questions
                                .get(questions.size() - 1)
                                .getAttribute("data-block-id")
                                .substring(2);
            });
            if (key.isEmpty()) return;
            String actions = THREAD + "[data-block-id='a." + key + "'] ";
            if (!b.all(actions + "input[type=checkbox]").isEmpty()) {
                for (String value : TICKED) {
                    String box = actions + "input[type=checkbox][value='" + value + "']";
                    b.click(box);
                    b.await(d -> b.one(box).isSelected());
                }
                b.click(actions + "[data-action-id='" + IntakeMessages.ANSWER_ACTION_PREFIX + IntakeInput.DONE + "']");
            } else if (!b.all(actions + "button[data-action-id^='answer.']").isEmpty()) {
                b.click(actions + "button[data-value='" + CLICKED.get(key) + "']");
            } else {
                b.type("thread-box", TYPED.getOrDefault(key, "We tried a rules-based score first"));
            }
            b.await(d -> !b.all(THREAD + "[data-block-id='summary']").isEmpty()
                    || b.all(THREAD + "[data-block-id='q." + key + "']").isEmpty());
        }
        throw new AssertionError("the intake did not end after 12 answers");
    }

    /** The bot's DM asks where the weekly summary goes: a modal with a channel picker, Save. */
    private void chooseSummaryChannel() {
        b.click(".nav-item[data-channel='"
                + SandboxPeople.dmWith(SandboxPeople.PEOPLE.get(0).id()) + "']");
        b.click("[data-block-id='settings.ask.actions'] [data-action-id='" + SettingsMessages.CHOOSE_CHANNEL_ACTION
                + "']");
        b.one("#modal-backdrop:not([hidden]) .modal-title");
        new Select(b.one("#modal [data-block-id='settings.summary_channel'] select")).selectByValue(PUBLIC);
        b.screenshot("02-settings-modal", null);
        b.click("#modal-submit");
        b.await(d -> !b.all("#modal-backdrop[hidden]").isEmpty());
        b.one("#messages [data-block-id='" + SettingsMessages.SAVED_BLOCK + "']");
    }

    /** In a private channel the bot is not in, /mlidea asks to be invited; /invite @mlidea posts the card. */
    private void inviteToPrivateChannel() {
        b.click(".nav-item[data-channel='" + PRIVATE + "']");
        b.type("message-box", "/mlidea Secret pricing model");
        assertThat(b.text("#messages .message.ephemeral [data-block-id='invite']"))
                .contains("/invite @mlidea");
        b.type("message-box", "/invite @mlidea");
        assertThat(b.text(".message[data-channel='" + PRIVATE + "'] [data-block-id='card.title']"))
                .contains("Secret pricing model");
        b.screenshot("03-private-invited", null);
    }

    /** Presses a fast-forward button until {@code css} shows (a few presses at most). */
    private void forwardUntil(String css, String by) {
        for (int presses = 0; presses < 4; presses++) {
            if (!b.all(css).isEmpty()) return;
            b.click("[data-forward='" + by + "']");
            b.await(d -> b.one("[data-forward='" + by + "']").isEnabled());
        }
        b.one(css);
    }

    /** "Still valid" on the re-check reminder opens its modal; a metric typed in, Submit, the thread says so. */
    private void answerRecheck() {
        b.click(THREAD + "[data-block-id='" + CriteriaMessages.ACTIONS_BLOCK + "'] [data-action-id='"
                + CriteriaMessages.STILL_VALID_ACTION + "']");
        assertThat(b.one("#modal").getAttribute("data-callback-id")).isEqualTo(CriteriaViews.STILL_VALID);
        b.one("#modal [data-block-id='" + CriteriaViews.METRIC_TEXT + "'] .bk-text")
                .sendKeys("41% of churners flagged");
        b.screenshot("06-recheck-modal", null);
        b.click("#modal-submit");
        b.one(THREAD + "[data-block-id='recheck.still_valid']");
    }
}
