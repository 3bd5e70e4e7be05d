package dev.mlidea.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures are the database's passing trouble, and which are the request's own. */
class FailuresTest {
    @Test
    void timeouts_deadlocks_and_lost_connections_are_transient_anywhere_in_the_cause_chain() {
        for (String state : new String[] {"55P03", "57014", "40P01", "40001", "08006", "57P01", "53300"}) {
            var wrapped = new IllegalStateException("wrapped", new RuntimeException(new SQLException("x", state)));
            assertThat(Failures.isTransient(wrapped)).as(state).isTrue();
        }
        assertThat(Failures.isTransient(new RuntimeException(new SQLTransientConnectionException("pool"))))
                .isTrue();
    }

    @Test
    void a_bad_value_or_a_bug_is_not_transient() {
        assertThat(Failures.isTransient(new SQLException("null value", "23502")))
                .isFalse();
        assertThat(Failures.isTransient(new SQLException("invalid byte sequence", "22021")))
                .isFalse();
        assertThat(Failures.isTransient(new NumberFormatException())).isFalse();
        assertThat(Failures.isTransient(new StackOverflowError())).isFalse();
        assertThat(Failures.isTransient(new SQLException("no state"))).isFalse();
    }
}
