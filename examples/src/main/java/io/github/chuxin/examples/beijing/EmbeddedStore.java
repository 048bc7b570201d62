package io.github.chuxin.examples.beijing;

import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.memory.InMemoryStorage;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The examples' embedded default store.
 */
final class EmbeddedStore {

  private EmbeddedStore() {}

  /**
   * Opens the default store for a directory.
   *
   * @param dir the directory the example writes into
   * @param clock the clock of the store's change history
   * @return the storage
   */
  static Storage open(Path dir, Clock clock) {
    return InMemoryStorage.create(clock);
  }

  /**
   * Describes the store for a directory, for progress messages.
   *
   * @param dir the directory
   * @return a description
   */
  static String describe(Path dir) {
    return "the in-memory reference store";
  }
}
