package dev.mlidea.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlidea.conversations.rituals.Cadence;
import dev.mlidea.conversations.settings.SettingsField;
import dev.mlidea.conversations.settings.WorkspaceSettings;
import dev.mlidea.storage.testing.MutableClock;
import dev.mlidea.storage.testing.TestDatabase;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The settings methods of {@link UnitOfWork}, against a real PostgreSQL. */
class SettingsStoreTest {
    private static final String TEAM = "T0ACME";
    private static final String OTHER_TEAM = "T0GLOBEX";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final Instant AT = Instant.parse("2024-05-06T10:00:00Z");
    private static String url;

    private Storage storage;

    @BeforeAll
    static void createDatabase() {
        url = TestDatabase.freshDatabaseUrl();
    }

    @BeforeEach
    void openStorage() {
        storage = Storage.open(url, MutableClock.at("2024-05-06T10:00:00Z"));
        Jdbi.create(storage.dataSource()).useHandle(h -> h.execute("TRUNCATE workspace_settings, settings_changes"));
    }

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    @Test
    void a_workspace_without_settings_has_the_defaults_in_the_zone_given() {
        assertThat(find(TEAM)).isEmpty();
        assertThat(get(TEAM, BERLIN)).isEqualTo(WorkspaceSettings.defaults(BERLIN));
        assertThat(teams()).isEmpty();
    }

    @Test
    void saved_settings_come_back_whole_and_only_to_their_workspace() {
        var chosen = new WorkspaceSettings(Optional.of("C0SUMMARY"), DayOfWeek.FRIDAY, 16, LA, 12, Cadence.EIGHT_WEEKS);

        storage.useTransaction(uow -> uow.settings().save(TEAM, chosen, "U0ALEX", AT));

        assertThat(find(TEAM)).contains(chosen);
        assertThat(get(TEAM, BERLIN)).isEqualTo(chosen);
        assertThat(find(OTHER_TEAM)).isEmpty();
        assertThat(changes(OTHER_TEAM)).isEmpty();
        assertThat(teams()).containsExactly(TEAM);
    }

    @Test
    void each_changed_field_is_recorded_with_who_when_old_and_new() {
        var first = WorkspaceSettings.defaults(BERLIN).withSummaryChannel("C0FIRST");
        storage.useTransaction(uow -> uow.settings().save(TEAM, first, "U0ALEX", AT));
        var second = new WorkspaceSettings(Optional.empty(), DayOfWeek.MONDAY, 14, BERLIN, 7, Cadence.DEFAULT);
        Instant later = AT.plusSeconds(3600);

        List<SettingsChange> recorded = save(TEAM, second, "U0SAM", later);

        assertThat(recorded)
                .containsExactly(
                        new SettingsChange(
                                SettingsField.SUMMARY_CHANNEL,
                                Optional.of("C0FIRST"),
                                Optional.empty(),
                                "U0SAM",
                                later),
                        new SettingsChange(SettingsField.HOUR, Optional.of("9"), Optional.of("14"), "U0SAM", later));
        assertThat(changes(TEAM))
                .as("the first save: the channel, and the zone the workspace had none of")
                .containsExactly(
                        new SettingsChange(
                                SettingsField.SUMMARY_CHANNEL, Optional.empty(), Optional.of("C0FIRST"), "U0ALEX", AT),
                        new SettingsChange(
                                SettingsField.ZONE, Optional.empty(), Optional.of("Europe/Berlin"), "U0ALEX", AT),
                        recorded.get(0),
                        recorded.get(1));
    }

    @Test
    void saving_the_same_settings_again_records_nothing() {
        var chosen = WorkspaceSettings.defaults(BERLIN).withSummaryChannel("C0FIRST");
        storage.useTransaction(uow -> uow.settings().save(TEAM, chosen, "U0ALEX", AT));

        assertThat(save(TEAM, chosen, "U0SAM", AT.plusSeconds(60))).isEmpty();
        assertThat(changes(TEAM)).hasSize(2);
    }

    @Test
    void the_database_refuses_values_the_domain_would_never_make() {
        assertThatThrownBy(() -> storage.useTransaction(uow -> uow.settings().save(TEAM, null, "U0ALEX", AT)))
                .isInstanceOf(NullPointerException.class);
        Jdbi jdbi = Jdbi.create(storage.dataSource());
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("""
                        INSERT INTO workspace_settings (team_id, summary_day, summary_hour, time_zone, nudge_days,
                                                        default_cadence, updated_at)
                        VALUES ('T0X', 'MONDAY', 9, 'UTC', 2, '2w', now())
                        """))).hasMessageContaining("nudge_days");
    }

    @Test
    void the_channel_question_is_asked_once_and_stores_the_defaults_in_the_askers_zone() {
        assertThat(ask(TEAM, "U0FIRST", BERLIN)).isTrue();
        assertThat(ask(TEAM, "U0SECOND", LA)).isFalse();

        assertThat(find(TEAM)).contains(WorkspaceSettings.defaults(BERLIN));
        assertThat(askedUser(TEAM)).contains("U0FIRST");
        assertThat(changes(TEAM)).as("nobody changed anything").isEmpty();
        assertThat(ask(OTHER_TEAM, "U0OTHER", LA))
                .as("another workspace is asked on its own")
                .isTrue();
    }

    @Test
    void settings_saved_before_the_question_keep_it_and_saving_after_it_keeps_the_mark() {
        var noChannel = WorkspaceSettings.defaults(LA);
        storage.useTransaction(uow -> uow.settings().save(TEAM, noChannel, "U0ALEX", AT));
        assertThat(ask(TEAM, "U0FIRST", BERLIN)).isTrue();
        assertThat(find(TEAM)).contains(noChannel);

        storage.useTransaction(uow -> uow.settings().save(TEAM, noChannel.withSummaryChannel("C0X"), "U0ALEX", AT));

        assertThat(askedUser(TEAM)).contains("U0FIRST");
        assertThat(ask(TEAM, "U0SECOND", BERLIN)).isFalse();
    }

    @Test
    void the_channel_question_is_settled_by_a_question_or_a_channel() {
        assertThat(settled(TEAM)).isFalse();
        save(TEAM, WorkspaceSettings.defaults(BERLIN), "U0ALEX", AT);
        assertThat(settled(TEAM)).as("settings without a channel").isFalse();
        ask(TEAM, "U0FIRST", BERLIN);
        assertThat(settled(TEAM)).isTrue();
        save(OTHER_TEAM, WorkspaceSettings.defaults(BERLIN).withSummaryChannel("C0SET"), "U0ALEX", AT);
        assertThat(settled(OTHER_TEAM)).isTrue();
    }

    @Test
    void a_workspace_with_a_channel_is_never_asked() {
        storage.useTransaction(uow -> uow.settings()
                .save(TEAM, WorkspaceSettings.defaults(BERLIN).withSummaryChannel("C0SET"), "U0ALEX", AT));

        assertThat(ask(TEAM, "U0FIRST", BERLIN)).isFalse();
        assertThat(askedUser(TEAM)).isEmpty();
    }

    @Test
    void of_many_asking_at_once_exactly_one_asks() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var calls = new ArrayList<Callable<Boolean>>();
            for (int i = 0; i < 16; i++) {
                String user = "U0RACE" + i;
                calls.add(() -> ask(TEAM, user, BERLIN));
            }
            long asked = 0;
            for (Future<Boolean> f : pool.invokeAll(calls)) {
                if (f.get()) asked++;
            }
            assertThat(asked).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private Optional<WorkspaceSettings> find(String team) {
        return storage.inTransaction(uow -> uow.settings().find(team));
    }

    private WorkspaceSettings get(String team, ZoneId fallback) {
        return storage.inTransaction(uow -> uow.settings().get(team, fallback));
    }

    private List<SettingsChange> save(String team, WorkspaceSettings next, String by, Instant at) {
        return storage.inTransaction(uow -> uow.settings().save(team, next, by, at));
    }

    private List<SettingsChange> changes(String team) {
        return storage.inTransaction(uow -> uow.settings().changes(team));
    }

    private boolean ask(String team, String user, ZoneId zone) {
        return storage.inTransaction(uow -> uow.settings().markChannelAsked(team, user, AT, zone));
    }

    private Optional<String> askedUser(String team) {
        return storage.inTransaction(uow -> uow.settings().channelAskedUser(team));
    }

    private boolean settled(String team) {
        return storage.inTransaction(uow -> uow.settings().channelSettled(team));
    }

    private List<String> teams() {
        return storage.inTransaction(uow -> uow.settings().teams());
    }
}
