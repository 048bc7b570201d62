package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.persistence.Storage;
import io.github.chuxin.testkit.contract.StorageContract;

/** The JDBC storage on a real in-memory H2 database passes the whole contract kit. */
class H2StorageContractTest extends StorageContract {

  private static JdbcStorage shared;

  @Override
  protected Storage createStorage() {
    synchronized (H2StorageContractTest.class) {
      if (shared == null) {
        shared = Databases.migrated(Databases.freshH2());
      }
      return shared;
    }
  }
}
