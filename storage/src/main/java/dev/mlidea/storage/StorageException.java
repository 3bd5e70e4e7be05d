package dev.mlidea.storage;

/** Infrastructure trouble in the storage module: the database is unreachable or a migration failed. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
