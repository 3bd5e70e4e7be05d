package dev.mlidea.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Refuses a data directory made by another PostgreSQL major version before anything touches it.
 * PostgreSQL cannot open another major version's files; without this check the start fails after a
 * timeout with nothing that says why, and a carelessly "fixed" folder loses people's answers.
 */
final class DataDirectoryVersion {
    static final String UPGRADE_SECTION = "README.md, 'Upgrading the embedded database'";

    private DataDirectoryVersion() {}

    /** Does nothing for a new (or not yet initialised) folder; throws if PG_VERSION names another major. */
    static void requireMajor(Path dataDir, int major) {
        String found;
        try {
            found = Files.readString(dataDir.resolve("PG_VERSION")).trim();
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("could not read " + dataDir.resolve("PG_VERSION") + ": " + e, e);
        }
        if (found.equals(Integer.toString(major))) return;
        if (isOlder(found, major)) {
            throw new EmbeddedDatabaseException(dataDir + " holds a PostgreSQL " + found + " database; this mlidea runs"
                    + " PostgreSQL " + major + ". It was left untouched. Start the previous mlidea version on it,"
                    + " pg_dump it, then point mlidea at an empty data directory and restore: see " + UPGRADE_SECTION);
        }
        throw new EmbeddedDatabaseException(dataDir + " holds a PostgreSQL " + found + " database, newer than the"
                + " PostgreSQL " + major + " this mlidea runs. It was left untouched. Start the mlidea version that"
                + " created it, or see " + UPGRADE_SECTION);
    }

    /** "9.6" and "14" are older than 17; anything unreadable is treated as newer, so it is refused too. */
    private static boolean isOlder(String version, int major) {
        try {
            return Integer.parseInt(version.split("\\.")[0]) < major;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
