package dev.mlidea.bot.criteria;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * What a stakeholder's buttons carry: the project and a digest of the wording they were asked about,
 * so an answer to a wording that has changed since is not counted for the new one.
 */
public record SignOffToken(UUID projectId, String wording) {

    public static SignOffToken of(UUID projectId, String criteria) {
        return new SignOffToken(projectId, digest(criteria));
    }

    /** Empty for anything the bot did not write: a forged or truncated value is ignored. */
    public static Optional<SignOffToken> parse(String value) {
        if (value == null) return Optional.empty();
        int colon = value.indexOf(':');
        if (colon < 0) return Optional.empty();
        try {
            return Optional.of(
                    new SignOffToken(UUID.fromString(value.substring(0, colon)), value.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String value() {
        return projectId + ":" + wording;
    }

    /** Whether the token was given for exactly {@code criteria}. */
    public boolean isFor(String criteria) {
        return wording.equals(digest(criteria));
    }

    private static String digest(String criteria) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(criteria.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
