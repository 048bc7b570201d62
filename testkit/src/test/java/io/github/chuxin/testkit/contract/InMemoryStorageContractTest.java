package io.github.chuxin.testkit.contract;

import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.memory.InMemoryStorage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The in-memory reference storage passes the whole kit; one storage serves every test. */
class InMemoryStorageContractTest extends StorageContract {

  private static final Storage SHARED =
      InMemoryStorage.create(Clock.fixed(Instant.parse("2019-07-01T00:00:00Z"), ZoneOffset.UTC));

  @Override
  protected Storage createStorage() {
    return SHARED;
  }
}
