package io.github.chuxin.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.persistence.StorageFailureException;
import io.github.chuxin.persistence.StorageFailureException.Outcome;
import java.sql.SQLException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A failed commit is NOT_APPLIED only when the database's answer proves a rollback. */
class FailuresTest {

  @Test
  void aCommitFailureIsUnknownUnlessTheDatabaseSaysItRolledBack() {
    for (String state : Arrays.asList("40001", "40P01", "23505", "23503", "25P02")) {
      assertThat(Failures.ofCommit(new SQLException("x", state))).as(state).isEqualTo(Outcome.NOT_APPLIED);
    }
    for (String state : Arrays.asList("08006", "08003", "08001", "57P01", "57P02", "57P03", "57014", "XX000", "53100",
        null)) {
      assertThat(Failures.ofCommit(new SQLException("x", state))).as(String.valueOf(state))
          .isEqualTo(Outcome.UNKNOWN);
    }
  }

  @Test
  void theAdaptersExceptionIsAStorageFailureAndDefaultsToNotApplied() {
    JdbcStorageException e = new JdbcStorageException("reading", new SQLException("gone", "08006"));
    assertThat(e).isInstanceOf(StorageFailureException.class);
    assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
    assertThat(new JdbcStorageException("committing", new SQLException("gone", "08006"), Outcome.UNKNOWN).outcome())
        .isEqualTo(Outcome.UNKNOWN);
  }
}
