package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.persistence.Storage;
import io.github.chuxin.testkit.contract.StorageContract;
import java.time.Clock;

/**
 * The JDBC storage on a real in-memory H2 database passes the whole contract kit; made once, on the kit's clock
 * (the same at every call), so the kit also checks the times of its change history.
 */
class H2StorageContractTest extends StorageContract {

  private static JdbcStorage shared;

  @Override
  protected Storage createStorage(Clock clock) {
    synchronized (H2StorageContractTest.class) {
      if (shared == null) {
        shared = Databases.migrated(Databases.freshH2(), clock);
      }
      return shared;
    }
  }
}
