package io.newswire.store.write;

import java.sql.SQLException;

/** Tells an error that one record causes (it fails again however often it is retried) from a passing fault. */
public final class SqlErrors {
    private SqlErrors() {
    }

    /**
     * SQLSTATE classes 22 (data exception: a NUL character, a date out of range, ...), 23 (a constraint) and 54
     * (a program limit: a row too large for its index, a text too long for a tsvector) are about the data; anything
     * else (a lost connection, a shutdown, a deadlock, a missing table) may pass, so it is retried, never blamed on
     * a record.
     */
    public static boolean isRecordError(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            String state = x.getSQLState();
            if (state != null && (state.startsWith("22") || state.startsWith("23") || state.startsWith("54"))) {
                return true;
            }
        }
        return false;
    }
}
