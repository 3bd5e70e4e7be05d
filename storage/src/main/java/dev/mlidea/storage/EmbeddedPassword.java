package dev.mlidea.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The embedded server's superuser password: made at random when the database is created, kept in
 * {@code mlidea-password} in the data directory (readable by its owner only), read on every start.
 * Anyone who can read the data directory can read the data anyway, so the file gives away nothing new;
 * it keeps other local users and programs out of the server.
 */
final class EmbeddedPassword {
    static final String FILE_NAME = "mlidea-password";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private EmbeddedPassword() {}

    /** 192 random bits, URL-safe so it can sit in a JDBC URL as it is. */
    static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String read(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            String password = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (password.isEmpty()) throw new EmbeddedDatabaseException(file + " is empty; " + howToRecover(dataDir));
            return password;
        } catch (NoSuchFileException e) {
            throw new EmbeddedDatabaseException(
                    dataDir + " holds a PostgreSQL database but no " + FILE_NAME + " file; " + howToRecover(dataDir));
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("could not read " + file + ": " + e, e);
        }
    }

    /** Writes the file beside the database, atomically, so a crash never leaves half a password. */
    static void save(Path dataDir, String password) {
        try {
            Path temporary = ownerOnlyFile(dataDir.resolve(FILE_NAME + ".new"));
            Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, dataDir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("could not write " + dataDir.resolve(FILE_NAME) + ": " + e, e);
        }
    }

    /** The password in a file of its own outside the data directory, for initdb's --pwfile. */
    static Path forInitdb(String password) throws IOException {
        // On POSIX systems createTempFile makes the file readable by its owner only.
        Path file = Files.createTempFile("mlidea-initdb-", ".pw");
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static Path ownerOnlyFile(Path path) throws IOException {
        Files.deleteIfExists(path);
        try {
            return Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) { // not a POSIX file system: its defaults apply
            return Files.createFile(path);
        }
    }

    private static String howToRecover(Path dataDir) {
        return "restore it from a backup of " + dataDir + ", or, if the folder holds nothing you need, empty it"
                + " and mlidea will create a new database there";
    }
}
