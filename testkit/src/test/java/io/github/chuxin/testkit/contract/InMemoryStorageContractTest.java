package io.github.chuxin.testkit.contract;

import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.memory.InMemoryStorage;
import java.time.Clock;

/** The in-memory reference storage passes the whole kit; one storage, on the kit's clock, serves every test. */
class InMemoryStorageContractTest extends StorageContract {

  private static Storage shared;

  @Override
  protected Storage createStorage(Clock clock) {
    synchronized (InMemoryStorageContractTest.class) {
      if (shared == null) {
        shared = InMemoryStorage.create(clock);
      }
      return shared;
    }
  }
}
