package io.github.chuxin.examples.filestore;

import io.github.chuxin.persistence.Storage;
import io.github.chuxin.testkit.contract.StorageContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

/** The file storage passes the whole storage contract kit, on the kit's clock, which also checks its history's times. */
class FileStorageContractTest extends StorageContract {

  @TempDir
  static Path root;

  @Override
  protected Storage createStorage(Clock clock) {
    try {
      // a fresh directory per test keeps every directory small; the kit also works on a shared one
      return FileStorage.open(Files.createTempDirectory(root, "store"), clock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
