package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.persistence.StorageFailureException.Outcome;
import java.sql.SQLException;

/**
 * Reads a failed commit. Only an answer of the database that proves a rollback makes the outcome
 * {@link Outcome#NOT_APPLIED}: SQLState class 40 (transaction rollback: serialization failure,
 * deadlock), 23 (a deferred constraint) or 25P02 (the transaction had already failed). Anything
 * else, above all a broken connection (class 08, 57P01 to 57P03 administrator or crash shutdown,
 * the driver's "connection closed" without a state), may have happened after the server committed,
 * so the outcome is {@link Outcome#UNKNOWN}.
 */
final class Failures {

  private Failures() {
  }

  static Outcome ofCommit(SQLException e) {
    String state = e.getSQLState();
    if (state != null && (state.startsWith("40") || state.startsWith("23") || state.equals("25P02"))) {
      return Outcome.NOT_APPLIED;
    }
    return Outcome.UNKNOWN;
  }
}
