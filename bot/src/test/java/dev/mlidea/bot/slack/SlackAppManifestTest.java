package dev.mlidea.bot.slack;

import static dev.mlidea.bot.testing.RepoFiles.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.BlockSuggestionHandler;
import com.slack.api.bolt.handler.builtin.GlobalShortcutHandler;
import com.slack.api.bolt.handler.builtin.MessageShortcutHandler;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.handler.builtin.ViewClosedHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.methods.AsyncMethodsClient;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.Event;
import com.slack.api.model.event.MessageEvent;
import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.mlidea.bot.testing.RepoFiles;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/slack-app-manifest.yml} against the code: the commands and events the listeners
 * register (found by running every {@code register(App)} of the main classes on a recording App), and
 * the Web API methods the main classes call (found in their bytecode), so a new call, listener or
 * scope cannot be forgotten in the manifest, nor a stale one kept.
 */
class SlackAppManifestTest {
    private static final String MANIFEST = "deploy/slack-app-manifest.yml";
    private static final Path MAIN_CLASSES = Path.of("target", "classes");
    /** App's listener registrations; Pattern and String forms alike. */
    private static final Set<String> REGISTRATIONS = Set.of(
            "command",
            "event",
            "message",
            "function",
            "blockAction",
            "blockSuggestion",
            "globalShortcut",
            "messageShortcut",
            "viewSubmission",
            "viewClosed",
            "attachmentAction",
            "dialogSubmission");
    /** The registrations {@link RecordingApp} writes down. */
    private static final Set<String> RECORDED = Set.of(
            "command",
            "event",
            "message",
            "blockAction",
            "blockSuggestion",
            "globalShortcut",
            "messageShortcut",
            "viewSubmission",
            "viewClosed");

    private static JavaClasses main;
    private static RecordingApp registered;
    private static Map<String, Object> manifest;

    @BeforeAll
    static void readCodeAndManifest() throws Exception {
        // Names of the call targets are all this needs: not resolving Bolt's and the SDK's classes saves most
        // of the import's time.
        var archUnit = ArchConfiguration.get();
        boolean resolving = archUnit.resolveMissingDependenciesFromClassPath();
        archUnit.setResolveMissingDependenciesFromClassPath(false);
        try {
            // The bot's compiled main classes, and nothing else of the class path.
            main = new ClassFileImporter().importPath(MAIN_CLASSES);
        } finally {
            archUnit.setResolveMissingDependenciesFromClassPath(resolving);
        }
        registered = new RecordingApp();
        for (JavaClass registrar : registrars()) register(registrar.reflect(), registered);
        manifest = RepoFiles.yaml(MANIFEST);
    }

    @Test
    void the_slash_commands_are_the_ones_the_code_registers() {
        List<Map<String, Object>> commands = at(manifest, "features.slash_commands");
        assertThat(commands.stream().map(c -> (String) c.get("command")))
                .as("features.slash_commands in %s against app.command(...) in the code", MANIFEST)
                .containsExactlyInAnyOrderElementsOf(registered.commands);
        assertThat(registered.commands).containsExactly(SlackSurface.COMMAND);
        assertThat(commands).allSatisfy(c -> {
            assertThat((String) c.get("url")).endsWith(SlackSurface.EVENTS_PATH);
            assertThat(c.get("should_escape"))
                    .as("/mlidea owners reads @person as a user id, which only escaping sends")
                    .isEqualTo(true);
            assertThat((String) c.get("usage_hint")).isNotBlank();
            assertThat((String) c.get("description")).isNotBlank();
        });
    }

    @Test
    void the_bot_events_are_the_subscriptions_of_the_events_the_code_handles() {
        Set<String> handled = registered.eventTypes();
        assertThat(SlackSurface.EVENT_SUBSCRIPTIONS.keySet())
                .as("SlackSurface.EVENT_SUBSCRIPTIONS against the events app.event(...) handles")
                .containsExactlyInAnyOrderElementsOf(handled);
        Set<String> subscriptions = SlackSurface.EVENT_SUBSCRIPTIONS.values().stream()
                .flatMap(List::stream)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> botEvents = at(manifest, "settings.event_subscriptions.bot_events");
        assertThat(botEvents)
                .as("settings.event_subscriptions.bot_events in %s (events the code handles: %s)", MANIFEST, handled)
                .containsExactlyInAnyOrderElementsOf(subscriptions);
        assertThat((String) at(manifest, "settings.event_subscriptions.request_url"))
                .endsWith(SlackSurface.EVENTS_PATH);
        assertThat((Object) at(manifest, "settings.event_subscriptions.user_events"))
                .as("the bot acts with its bot token only")
                .isNull();
    }

    @Test
    void interactivity_is_on_exactly_when_the_code_listens_to_actions_or_views() {
        assertThat(registered.interactions)
                .as("buttons, selects and modals are registered")
                .isNotEmpty();
        assertThat((Object) at(manifest, "settings.interactivity.is_enabled")).isEqualTo(true);
        assertThat((String) at(manifest, "settings.interactivity.request_url")).endsWith(SlackSurface.EVENTS_PATH);
        assertThat((Object) at(manifest, "settings.interactivity.message_menu_options_url"))
                .as("no external select options: app.blockSuggestion registers %s", registered.suggestions)
                .isNull();
        assertThat(registered.suggestions).isEmpty();
        assertThat((Object) at(manifest, "features.shortcuts"))
                .as("no shortcuts are registered: %s", registered.shortcuts)
                .isNull();
        assertThat(registered.shortcuts).isEmpty();
    }

    @Test
    void the_web_api_methods_the_code_calls_are_the_ones_surface_lists() {
        Set<String> called = calledWebApiMethods();
        assertThat(called)
                .as("Web API methods called in the code (left) against SlackSurface.METHOD_SCOPES:"
                        + " add a new one there with its scopes, or remove one no longer called")
                .containsExactlyInAnyOrderElementsOf(SlackSurface.METHOD_SCOPES.keySet());
    }

    @Test
    void the_bot_scopes_are_exactly_what_the_calls_events_and_command_need() {
        Set<String> needed = new TreeSet<>();
        for (String method : calledWebApiMethods()) {
            needed.addAll(SlackSurface.METHOD_SCOPES.getOrDefault(method, Set.of()));
        }
        for (List<String> subscriptions : SlackSurface.EVENT_SUBSCRIPTIONS.values()) {
            for (String subscription : subscriptions) {
                assertThat(SlackSurface.SUBSCRIPTION_SCOPES)
                        .as("scopes of %s", subscription)
                        .containsKey(subscription);
                needed.addAll(SlackSurface.SUBSCRIPTION_SCOPES.get(subscription));
            }
        }
        if (!registered.commands.isEmpty()) needed.add(SlackSurface.COMMANDS_SCOPE);

        List<String> granted = at(manifest, "oauth_config.scopes.bot");
        assertThat(new TreeSet<>(granted))
                .as("oauth_config.scopes.bot in %s against the scopes the code needs", MANIFEST)
                .containsExactlyElementsOf(needed);
        assertThat(granted).doesNotHaveDuplicates();
        assertThat((Object) at(manifest, "oauth_config.scopes.user"))
                .as("no user token")
                .isNull();
    }

    @Test
    void the_app_is_an_http_app_for_one_workspace() {
        assertThat((Object) at(manifest, "settings.socket_mode_enabled")).isEqualTo(false);
        assertThat((Object) at(manifest, "settings.org_deploy_enabled")).isEqualTo(false);
        assertThat((Object) at(manifest, "settings.token_rotation_enabled"))
                .as("the bot reads one long-lived token from SLACK_BOT_TOKEN")
                .isEqualTo(false);
        assertThat((Object) at(manifest, "features.bot_user.display_name")).isNotNull();
        assertThat((Object) at(manifest, "features.app_home.messages_tab_enabled"))
                .as("stakeholders answer in the bot's direct messages")
                .isEqualTo(true);
    }

    /** Web API names ({@code chat.postMessage}) of every MethodsClient method the main classes call. */
    private static Set<String> calledWebApiMethods() {
        Set<String> names = new TreeSet<>();
        for (JavaClass type : main) {
            for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                String owner = call.getTargetOwner().getName();
                if (!owner.equals(MethodsClient.class.getName()) && !owner.equals(AsyncMethodsClient.class.getName())) {
                    continue;
                }
                names.addAll(webApiNames(call.getName()));
            }
        }
        return names;
    }

    /** {@code chatPostMessage} → {@code chat.postMessage}; an SDK helper → the methods it calls. */
    static List<String> webApiNames(String javaName) {
        if (SlackSurface.SDK_HELPERS.containsKey(javaName)) return SlackSurface.SDK_HELPERS.get(javaName);
        int split = 0;
        while (split < javaName.length() && !Character.isUpperCase(javaName.charAt(split))) split++;
        if (split == javaName.length()) return List.of(javaName);
        return List.of(javaName.substring(0, split) + "." + Character.toLowerCase(javaName.charAt(split))
                + javaName.substring(split + 1));
    }

    @Test
    void java_names_become_web_api_names() {
        assertThat(webApiNames("chatPostMessage")).containsExactly("chat.postMessage");
        assertThat(webApiNames("filesGetUploadURLExternal")).containsExactly("files.getUploadURLExternal");
        assertThat(webApiNames("authTest")).containsExactly("auth.test");
    }

    /** Main classes that register listeners on the App; each must do it in {@code register(App)}. */
    private static Collection<JavaClass> registrars() {
        var registrars = new ArrayList<JavaClass>();
        for (JavaClass type : main) {
            boolean registers = false;
            for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                if (!call.getTargetOwner().isEquivalentTo(App.class) || !REGISTRATIONS.contains(call.getName())) {
                    continue;
                }
                assertThat(call.getOrigin().getName())
                        .as(
                                "%s registers a listener outside register(App); this test only runs register(App)",
                                call.getDescription())
                        .isEqualTo("register");
                assertThat(RECORDED)
                        .as("%s: teach RecordingApp to record it, and the manifest to grant it", call.getDescription())
                        .contains(call.getName());
                registers = true;
            }
            if (registers) registrars.add(type);
        }
        assertThat(registrars).as("classes registering Slack listeners").isNotEmpty();
        return registrars;
    }

    /**
     * Runs {@code register(App)} on an instance built with nothing: registering only keeps method
     * references, and nothing is handled here.
     */
    private static void register(Class<?> registrar, App app) throws Exception {
        Constructor<?> constructor = registrar.getConstructors()[0];
        Object instance = constructor.newInstance(new Object[constructor.getParameterCount()]);
        registrar.getMethod("register", App.class).invoke(instance, app);
        if (instance instanceof AutoCloseable closeable) closeable.close();
    }

    /** An App that only writes down what is registered on it. */
    private static final class RecordingApp extends App {
        final Set<String> commands = new TreeSet<>();
        final List<Class<?>> events = new ArrayList<>();
        final List<String> interactions = new ArrayList<>();
        final List<String> suggestions = new ArrayList<>();
        final List<String> shortcuts = new ArrayList<>();

        RecordingApp() {
            super(AppConfig.builder()
                    .singleTeamBotToken("xoxb-manifest-test")
                    .signingSecret("manifest-test")
                    .build());
        }

        Set<String> eventTypes() {
            Set<String> types = new TreeSet<>();
            for (Class<?> event : events) {
                try {
                    types.add((String) event.getField("TYPE_NAME").get(null));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(event.getName() + " has no TYPE_NAME", e);
                }
            }
            return types;
        }

        @Override
        public App command(String command, SlashCommandHandler handler) {
            commands.add(command);
            return this;
        }

        @Override
        public App command(Pattern command, SlashCommandHandler h) {
            throw new AssertionError("a command pattern cannot be checked against the manifest: " + command);
        }

        @Override
        public <E extends Event> App event(Class<E> event, BoltEventHandler<E> handler) {
            events.add(event);
            return this;
        }

        @Override
        public App message(String keyword, BoltEventHandler<MessageEvent> h) {
            events.add(MessageEvent.class);
            return this;
        }

        @Override
        public App message(Pattern keyword, BoltEventHandler<MessageEvent> h) {
            events.add(MessageEvent.class);
            return this;
        }

        @Override
        public App blockAction(String id, BlockActionHandler h) {
            interactions.add(id);
            return this;
        }

        @Override
        public App blockAction(Pattern id, BlockActionHandler h) {
            interactions.add(id.pattern());
            return this;
        }

        @Override
        public App viewSubmission(String id, ViewSubmissionHandler h) {
            interactions.add(id);
            return this;
        }

        @Override
        public App viewSubmission(Pattern id, ViewSubmissionHandler h) {
            interactions.add(id.pattern());
            return this;
        }

        @Override
        public App viewClosed(String id, ViewClosedHandler h) {
            interactions.add(id);
            return this;
        }

        @Override
        public App viewClosed(Pattern id, ViewClosedHandler h) {
            interactions.add(id.pattern());
            return this;
        }

        @Override
        public App blockSuggestion(String id, BlockSuggestionHandler h) {
            suggestions.add(id);
            return this;
        }

        @Override
        public App blockSuggestion(Pattern id, BlockSuggestionHandler h) {
            suggestions.add(id.pattern());
            return this;
        }

        @Override
        public App globalShortcut(String id, GlobalShortcutHandler h) {
            shortcuts.add(id);
            return this;
        }

        @Override
        public App globalShortcut(Pattern id, GlobalShortcutHandler h) {
            shortcuts.add(id.pattern());
            return this;
        }

        @Override
        public App messageShortcut(String id, MessageShortcutHandler h) {
            shortcuts.add(id);
            return this;
        }

        @Override
        public App messageShortcut(Pattern id, MessageShortcutHandler h) {
            shortcuts.add(id.pattern());
            return this;
        }
    }
}
