package io.github.chuxin.consumer.classpath;

import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.memory.InMemoryStorage;
import io.github.chuxin.testkit.contract.StorageContract;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The testkit as a consumer uses it, from its jar, compiled under {@code -Xlint:all -Werror}: the
 * in-memory store passes the storage contract kit, whose nested groups JUnit finds and runs.
 */
class InMemoryStoreKeepsTheContractTest extends StorageContract {

  @Override
  protected Storage createStorage() {
    return InMemoryStorage.create(Clock.fixed(Instant.parse("2019-09-01T08:00:00Z"), ZoneOffset.UTC));
  }
}
