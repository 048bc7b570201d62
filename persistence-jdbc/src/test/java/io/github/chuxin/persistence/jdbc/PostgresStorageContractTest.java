package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.persistence.Storage;
import io.github.chuxin.testkit.contract.StorageContract;
import java.time.Clock;

/**
 * The JDBC storage on a real PostgreSQL server passes the whole contract kit; made once, on the kit's clock
 * (the same at every call), so the kit also checks the times of its change history.
 */
class PostgresStorageContractTest extends StorageContract {

  private static JdbcStorage shared;

  @Override
  protected Storage createStorage(Clock clock) {
    synchronized (PostgresStorageContractTest.class) {
      if (shared == null) {
        shared = Databases.migrated(Databases.freshPostgres(), clock);
      }
      return shared;
    }
  }
}
