package dev.mlidea.storage;

/**
 * The embedded PostgreSQL could not start. The message is a whole sentence for the person starting
 * mlidea (what is wrong with the data directory and what to do), so it must not be wrapped in advice
 * about DATABASE_URL, which played no part.
 */
public final class EmbeddedDatabaseException extends StorageException {
    public EmbeddedDatabaseException(String message) {
        super(message, null);
    }

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
