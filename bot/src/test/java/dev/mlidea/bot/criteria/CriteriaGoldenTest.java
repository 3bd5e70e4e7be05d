package dev.mlidea.bot.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import dev.mlidea.bot.blocks.BlockLimits;
import dev.mlidea.bot.card.CardCriteria;
import dev.mlidea.bot.card.CardMessages;
import dev.mlidea.bot.card.CardStage;
import dev.mlidea.bot.testing.Golden;
import dev.mlidea.conversations.intake.Answers;
import dev.mlidea.conversations.intake.IntakeMode;
import dev.mlidea.conversations.intake.IntakeState;
import dev.mlidea.conversations.intake.IntakeStatus;
import dev.mlidea.conversations.rituals.Cadence;
import dev.mlidea.conversations.rituals.Revalidation;
import dev.mlidea.conversations.rituals.SignOffs;
import dev.mlidea.conversations.rituals.Stage;
import dev.mlidea.storage.Delivery;
import dev.mlidea.storage.ProjectRecord;
import dev.mlidea.storage.RitualRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message and modal of the criteria re-check, and the card's criteria states, against golden JSON. */
class CriteriaGoldenTest {
    private static final Instant AT = Instant.parse("2027-03-26T09:00:00Z");
    private static final String CRITERIA = "30% of suggestions accepted <!channel>\nmeasured on the March benchmark";
    private static final List<String> STAKEHOLDERS = List.of("U0STAKE001", "U0STAKE002", "U0STAKE003");

    static final ProjectRecord PROJECT = new ProjectRecord(
            UUID.fromString("00000000-0000-0000-0000-000000000001"),
            "T0TEAM0001",
            "C0CHANNEL1",
            "U0OWNER001",
            List.of("U0OWNER001", "U0OWNER002"),
            "Smarter code completion <!channel>",
            true,
            new IntakeState(IntakeStatus.COMPLETED, IntakeMode.FULL, Answers.none(), Optional.empty(), Set.of()),
            Delivery.POSTED,
            Optional.of("1700000000.000100"),
            Optional.empty(),
            AT,
            AT,
            Optional.empty());

    static RitualRecord rituals(String criteria, List<String> stakeholders, Set<String> agreed) {
        return RitualRecord.started(
                        PROJECT.teamId(),
                        PROJECT.id(),
                        AT,
                        new SignOffs(criteria, stakeholders, agreed),
                        Cadence.TWO_WEEKS,
                        Optional.empty())
                .withSignOffs(new SignOffs(criteria, stakeholders, agreed), AT);
    }

    private static final String TREND = "12% → 18% → 23% ↑";
    private static final CriteriaViews.Target TARGET =
            new CriteriaViews.Target(PROJECT.id().toString(), "C0CHANNEL1", "1700000000.000100", null);

    static Stream<Arguments> messages() {
        RitualRecord named = rituals(CRITERIA, STAKEHOLDERS, Set.of("U0STAKE002"));
        RitualRecord alone = rituals(CRITERIA, List.of(), Set.of());
        RitualRecord unwritten = rituals("", List.of(), Set.of());
        return Stream.of(
                Arguments.of("recheck-reminder", CriteriaMessages.reminder(PROJECT, named, TREND)),
                Arguments.of("recheck-reminder-no-stakeholders", CriteriaMessages.reminder(PROJECT, alone, "")),
                Arguments.of("recheck-reminder-no-criteria", CriteriaMessages.reminder(PROJECT, unwritten, "")),
                Arguments.of("recheck-owner-dm", CriteriaMessages.ownerReminder(PROJECT, named, TREND)),
                Arguments.of("recheck-still-valid", CriteriaMessages.stillValid("U0OWNER002", alone, TREND)),
                Arguments.of("recheck-updated", CriteriaMessages.updated("U0OWNER001", named, true, "")),
                Arguments.of("recheck-killed", CriteriaMessages.killed("U0OWNER001", "Rules cover 90% <of> tickets")),
                Arguments.of("recheck-not-an-owner", CriteriaMessages.notAnOwner(PROJECT)),
                Arguments.of("recheck-not-running", CriteriaMessages.notRunning(PROJECT, Stage.PAUSED.label())),
                Arguments.of("signoff-request", CriteriaMessages.signOffRequest(PROJECT, "U0OWNER001", CRITERIA)),
                Arguments.of("signoff-agreed-request", CriteriaMessages.agreedRequest(PROJECT, CRITERIA, AT)),
                Arguments.of("signoff-suggested-request", CriteriaMessages.suggestedRequest(PROJECT, "40% <b>")),
                Arguments.of(
                        "signoff-changed-request", CriteriaMessages.changedRequest(PROJECT, "U0OWNER001", CRITERIA)),
                Arguments.of("signoff-closed-request", CriteriaMessages.closedRequest("That project is gone.")),
                Arguments.of("signoff-agreed", CriteriaMessages.agreed(named.signOffs())),
                Arguments.of(
                        "signoff-agreed-all",
                        CriteriaMessages.agreed(new SignOffs(CRITERIA, STAKEHOLDERS, Set.copyOf(STAKEHOLDERS)))),
                Arguments.of("signoff-suggested", CriteriaMessages.suggested(PROJECT, "40% of suggestions <!here>")),
                Arguments.of(
                        "signoff-asked",
                        CriteriaMessages.asked(List.of("U0STAKE001"), List.of("U0STAKE003"), named.signOffs())),
                Arguments.of("signoff-none-named", CriteriaMessages.asked(List.of(), List.of(), alone.signOffs())),
                Arguments.of(
                        "signoff-all-agreed",
                        CriteriaMessages.asked(
                                List.of(), List.of(), new SignOffs(CRITERIA, STAKEHOLDERS, Set.copyOf(STAKEHOLDERS)))),
                Arguments.of("card-criteria-scheduled", card(named, Revalidation.validated(AT, Cadence.TWO_WEEKS), 2)),
                Arguments.of(
                        "card-criteria-overdue",
                        card(
                                named,
                                Revalidation.validated(AT, Cadence.TWO_WEEKS)
                                        .after(Revalidation.Action.REMIND, AT.plus(Duration.ofDays(14)))
                                        .after(Revalidation.Action.DM_OWNER, AT.plus(Duration.ofDays(17)))
                                        .after(Revalidation.Action.MARK_OVERDUE, AT.plus(Duration.ofDays(20))),
                                3)));
    }

    private static Object card(RitualRecord r, Revalidation check, int asked) {
        var criteria = CardCriteria.of(r.signOffs(), asked, TREND, check, AT.plus(Duration.ofDays(21)));
        var stage = new CardStage(Stage.DATA, Optional.of(AT), 1, false, Optional.empty(), Optional.of(criteria));
        return CardMessages.card(PROJECT, Optional.of(stage), List.of());
    }

    static Stream<Arguments> modals() {
        var token = SignOffToken.of(PROJECT.id(), CRITERIA).value();
        var suggestTarget = new CriteriaViews.Target(PROJECT.id().toString(), "C0CHANNEL1", "1700000000.000100", token);
        return Stream.of(
                Arguments.of("modal-still-valid", CriteriaViews.stillValid(TARGET, PROJECT.title(), CRITERIA)),
                Arguments.of("modal-update", CriteriaViews.update(TARGET, PROJECT.title(), CRITERIA)),
                Arguments.of("modal-update-empty", CriteriaViews.update(TARGET, PROJECT.title(), "")),
                Arguments.of("modal-kill", CriteriaViews.kill(TARGET, PROJECT.title())),
                Arguments.of("modal-suggest", CriteriaViews.suggest(suggestTarget, PROJECT.title(), CRITERIA)),
                Arguments.of("modal-criteria-notice", CriteriaViews.notice("Only the owners re-check.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void renders_as_its_golden_file(String name, Object message) {
        Golden.assertMatches(name, (dev.mlidea.bot.blocks.SlackMessage) message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modals")
    void modal_renders_as_its_golden_file(String name, View view) {
        Golden.assertMatches(name, json(view));
    }

    private static JsonElement json(View view) {
        return JsonParser.parseString(GsonFactory.createSnakeCase().toJson(view));
    }

    @Test
    void the_messages_stay_inside_slacks_limits_with_the_longest_criteria() {
        String longest = "x<".repeat(CriteriaViews.TEXT_MAX / 2);
        var r = rituals(longest, List.of("U1", "U2"), java.util.Set.of());
        assertThat(BlockLimits.violations(
                        CriteriaMessages.reminder(PROJECT, r, "12 → 13 ↑").blocks()))
                .isEmpty();
        assertThat(BlockLimits.violations(CriteriaMessages.updated("U1", r, true, "1 → 2 → 3 → 4 → 5 ↑")
                        .blocks()))
                .isEmpty();
        assertThat(BlockLimits.violations(
                        CriteriaMessages.signOffRequest(PROJECT, "U1", longest).blocks()))
                .isEmpty();
        assertThat(BlockLimits.violations(
                        CriteriaMessages.suggested(PROJECT, longest).blocks()))
                .isEmpty();
    }
}
