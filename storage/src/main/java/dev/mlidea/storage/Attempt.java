package dev.mlidea.storage;

/** How {@link UnitOfWork#attempt} went. */
public sealed interface Attempt<T> {
    record Done<T>(T value) implements Attempt<T> {}

    record Failed<T>(Throwable failure) implements Attempt<T> {}
}
