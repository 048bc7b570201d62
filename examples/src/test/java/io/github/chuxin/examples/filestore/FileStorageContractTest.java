package io.github.chuxin.examples.filestore;

import io.github.chuxin.persistence.Storage;
import io.github.chuxin.testkit.contract.StorageContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;

/** The file storage passes the whole storage contract kit. */
class FileStorageContractTest extends StorageContract {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-09-01T08:00:00Z"), ZoneOffset.UTC);

  @TempDir
  static Path root;

  @Override
  protected Storage createStorage() {
    try {
      // a fresh directory per test keeps every directory small; the kit also works on a shared one
      return FileStorage.open(Files.createTempDirectory(root, "store"), CLOCK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
