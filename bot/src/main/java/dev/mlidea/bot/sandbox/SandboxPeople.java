package dev.mlidea.bot.sandbox;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The sandbox's fixed cast: its workspace, the people in it and its two channels. */
public final class SandboxPeople {
    public static final String TEAM = "T0SANDBOX1";
    public static final String TEAM_NAME = "Sandbox Labs";
    public static final String BOT_USER = "U0MLIDEA01";
    public static final String BOT_ID = "B0MLIDEA01";
    public static final String BOT_NAME = "mlidea";
    public static final String APP_ID = "A0MLIDEA01";

    /** A public channel the bot is in, and a private one it must be invited to. */
    public static final String PUBLIC_CHANNEL = "C0MLIDEAS1";

    public static final String PRIVATE_CHANNEL = "G0SKUNKWK1";

    public record Person(String id, String name, String realName, String title) {}

    public record Channel(String id, String name, boolean isPrivate, String topic) {}

    public static final List<Person> PEOPLE = List.of(
            new Person("U0YOU00001", "you", "You", "Data scientist"),
            new Person("U0PRIYA001", "priya", "Priya Raman", "Product manager"),
            new Person("U0MARCO001", "marco", "Marco Rossi", "Engineering lead"));

    public static final List<Channel> CHANNELS = List.of(
            new Channel(PUBLIC_CHANNEL, "ml-ideas", false, "Pitch ML ideas here: type /mlidea and a short title"),
            new Channel(PRIVATE_CHANNEL, "skunkworks", true, "A private channel mlidea has not been invited to"));

    private SandboxPeople() {}

    public static Optional<Person> person(String id) {
        return PEOPLE.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public static Optional<Person> byName(String name) {
        return PEOPLE.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    public static Optional<Channel> channel(String id) {
        return CHANNELS.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The bot's direct message channel with a person: U0PRIYA001 → D0PRIYA001. */
    public static String dmWith(String userId) {
        return "D" + userId.substring(1);
    }

    /** Whose DM with the bot this channel is, if it is one. */
    public static Optional<Person> dmOwner(String channel) {
        if (!channel.startsWith("D")) return Optional.empty();
        return person("U" + channel.substring(1));
    }

    /** Everyone's clock for working hours: this machine's zone, so nudges come in the tester's day. */
    public static String zone() {
        return ZoneId.systemDefault().getId();
    }
}
