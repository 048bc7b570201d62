package io.github.chuxin.consumers.junit6;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.memory.InMemoryStorage;
import io.github.chuxin.testkit.contract.StorageContract;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The contract kit, run as an adapter author on JUnit 6 runs it: against the in-memory reference store. */
class InMemoryStorageOnJUnit6Test extends StorageContract {

  private static Storage shared;

  @Override
  protected Storage createStorage(Clock clock) {
    synchronized (InMemoryStorageOnJUnit6Test.class) {
      if (shared == null) {
        shared = InMemoryStorage.create(clock);
      }
      return shared;
    }
  }

  @Test
  void theKitRunsOnTheProjectsOwnJUnit() {
    String version = Test.class.getPackage().getImplementationVersion();
    assertEquals("6", version == null ? "?" : version.substring(0, version.indexOf('.')),
        "the JUnit API on the test class path is the project's own, JUnit " + version);
  }
}
