package dev.mlidea.storage;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

/** Tells a database that is failing for a while from a request that fails every time. */
public final class Failures {
    /** SQLSTATE classes and codes that say "try again": nothing is wrong with what was asked. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53");

    private static final Set<String> TRANSIENT_CODES = Set.of("55P03", "57014", "57P01", "57P02", "57P03");

    private Failures() {}

    /**
     * A lost connection, a deadlock or serialization failure, a lock or statement timeout, a server
     * shutting down or out of resources, or no pooled connection in time, anywhere in the cause chain.
     */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException) return true;
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (TRANSIENT_CODES.contains(state)) return true;
                if (state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2))) return true;
            }
        }
        return false;
    }
}
