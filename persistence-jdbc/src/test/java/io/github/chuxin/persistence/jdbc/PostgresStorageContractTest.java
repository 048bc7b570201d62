package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.persistence.Storage;
import io.github.chuxin.testkit.contract.StorageContract;

/** The JDBC storage on a real PostgreSQL server passes the whole contract kit. */
class PostgresStorageContractTest extends StorageContract {

  private static JdbcStorage shared;

  @Override
  protected Storage createStorage() {
    synchronized (PostgresStorageContractTest.class) {
      if (shared == null) {
        shared = Databases.migrated(Databases.freshPostgres());
      }
      return shared;
    }
  }
}
