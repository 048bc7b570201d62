package io.github.chuxin.testkit.contract;

import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.TreeCycleException;
import io.github.chuxin.persistence.UnsupportedCapabilityException;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The storage contract kit 存儲契約 (存储契约): every test a {@link Storage} must pass.
 *
 * <p>An adapter proves itself with one class:
 * <pre>{@code
 * class JdbcStorageContractTest extends StorageContract {
 *   @Override
 *   protected Storage createStorage(Clock clock) {
 *     JdbcStorage storage = JdbcStorage.builder(dataSource).clock(clock).build();
 *     storage.migrate();
 *     return storage;
 *   }
 * }
 * }</pre>
 * {@link #createStorage(Clock)} is called before every test, always with the same clock, the kit's
 * own; it may return the same storage each time, since every test writes under fresh random ids
 * and looks only at its own data. A storage that takes the times of its change history from that
 * clock has them checked (a time from any other clock fails); an adapter whose test overrides
 * only {@link #createStorage()} gives the kit no clock, and those checks are skipped. Tests that need
 * a capability the storage does not declare are skipped (assumptions), and the group
 * {@link Capabilities} checks that undeclared capabilities are refused with
 * {@link UnsupportedCapabilityException}. Property tests use QuickTheories with a modest number
 * of examples; the whole kit runs in seconds against the in-memory store.
 *
 * <p>This class only composes the kit: each group of tests is written in a file of its own
 * ({@link RoundTripContract}, {@link ConflictContract}, {@link TreeCycleContract},
 * {@link UnitOfWorkContract}, {@link QueryContract}, {@link PagingContract},
 * {@link ChangeHistoryContract}, {@link HostileTextContract}, {@link ScopeContract},
 * {@link CapabilityContract}) and runs here as a JUnit {@link Nested} class ({@code RoundTrips},
 * {@code Conflicts}, …) under the display name that test reports show ("round trips",
 * "conflicts", …). A group reaches the storage of the current test through this class, so an
 * adapter extends this class alone and supplies {@link #createStorage(Clock)}.
 *
 * <p>Reliability and security: eight threads retrying on conflict lose no update and leave each
 * change once in the history; no write, alone or racing another, stores a cycle in the tree
 * ({@link TreeCycleException}); an exception or a refused write at a random point of a unit of
 * work leaves every store as it was; {@link HostileText} (quotes, SQL comments, NUL, right-to-left
 * marks, emoji, CJK Extensions B to G) comes back unchanged from saves, finds, queries and the
 * history; a scoped view of a generated campaign never shows a record outside its subtree. These
 * tests print their figures (threads, operations, conflicts seen, cases tried) through
 * {@link #report}, one line each starting {@code [storage-contract]}.
 */
public abstract class StorageContract {

  private Storage storage;
  private Samples samples;
  private boolean clockIgnored;

  /**
   * Creates the constructor for subclasses.
   */
  protected StorageContract() {
  }

  /**
   * Supplies the storage under test, whose change history takes its times from the given clock;
   * called before every test. Override this one: the default calls {@link #createStorage()}, and
   * the kit then skips its checks of the history's times.
   *
   * @param clock the kit's clock, the same at every call: it starts at 2019-07-01T00:00:00Z and
   *     moves one second forward at every reading
   * @return the storage, possibly the same instance every time
   */
  protected Storage createStorage(Clock clock) {
    clockIgnored = true;
    return createStorage();
  }

  /**
   * Supplies the storage under test without the kit's clock; called before every test unless
   * {@link #createStorage(Clock)} is overridden. Kept for adapters written before the kit had a
   * clock: the kit cannot check the times of their change history.
   *
   * @return the storage, possibly the same instance every time
   * @throws UnsupportedOperationException unless overridden
   */
  protected Storage createStorage() {
    throw new UnsupportedOperationException(getClass().getName() + " supplies no storage: override"
        + " createStorage(Clock)");
  }

  /** A storage from the subclass, with the kit's clock if it takes one. */
  final Storage newStorage() {
    clockIgnored = false;
    return createStorage(KitClock.INSTANCE);
  }

  /** The kit's clock, when the storage takes its history's times from it. */
  final java.util.Optional<Clock> clock() {
    return clockIgnored ? java.util.Optional.empty() : java.util.Optional.of(KitClock.INSTANCE);
  }

  /**
   * Returns the storage of the current test.
   *
   * @return the storage
   */
  protected final Storage storage() {
    return storage;
  }

  /** The current test's fresh ids and sample aggregates. */
  final Samples samples() {
    return samples;
  }

  /**
   * Prepares the storage and a fresh id space for one test.
   */
  @BeforeEach
  final void prepareStorage() {
    storage = newStorage();
    samples = new Samples();
  }

  /**
   * Prints a figure of a test (threads, operations, conflicts seen, cases tried) to standard
   * output, naming the storage, so that a run's figures can be quoted.
   *
   * @param format the figure, a {@link String#format} pattern
   * @param args its arguments
   */
  protected void report(String format, Object... args) {
    System.out.println("[storage-contract] " + storage.getClass().getSimpleName() + " (" + getClass().getSimpleName()
        + "): " + String.format(Locale.ROOT, format, args));
  }

  /** {@link RoundTripContract}: every aggregate reads back as written. */
  @Nested
  @DisplayName("round trips")
  class RoundTrips extends RoundTripContract {
    RoundTrips() {
      super(StorageContract.this);
    }
  }

  /** {@link ConflictContract}: stale writes fail with a typed conflict and change nothing. */
  @Nested
  @DisplayName("conflicts")
  class Conflicts extends ConflictContract {
    Conflicts() {
      super(StorageContract.this);
    }
  }

  /** {@link TreeCycleContract}: the organisation tree never gets a cycle, from one writer or from two racing. */
  @Nested
  @DisplayName("tree cycles")
  class TreeCycles extends TreeCycleContract {
    TreeCycles() {
      super(StorageContract.this);
    }
  }

  /** {@link UnitOfWorkContract}: units of work commit all or nothing. */
  @Nested
  @DisplayName("units of work")
  class UnitsOfWork extends UnitOfWorkContract {
    UnitsOfWork() {
      super(StorageContract.this);
    }
  }

  /** {@link QueryContract}: every query against the naive reference answer. */
  @Nested
  @DisplayName("queries")
  class Queries extends QueryContract {
    Queries() {
      super(StorageContract.this);
    }
  }

  /** {@link PagingContract}: keyset paging in a stable order, no item lost or repeated. */
  @Nested
  @DisplayName("paging")
  class Paging extends PagingContract {
    Paging() {
      super(StorageContract.this);
    }
  }

  /** {@link ChangeHistoryContract}: the append-only change history of rectification items. */
  @Nested
  @DisplayName("change history")
  class History extends ChangeHistoryContract {
    History() {
      super(StorageContract.this);
    }
  }

  /** {@link HostileTextContract}: hostile text in every free-text field and in ids comes back exactly as written. */
  @Nested
  @DisplayName("hostile text")
  class HostileTexts extends HostileTextContract {
    HostileTexts() {
      super(StorageContract.this);
    }
  }

  /** {@link ScopeContract}: scoped storages see only their subtree and refuse writes outside it. */
  @Nested
  @DisplayName("scopes")
  class Scopes extends ScopeContract {
    Scopes() {
      super(StorageContract.this);
    }
  }

  /** {@link CapabilityContract}: capabilities are declared, and what is not declared is refused up front. */
  @Nested
  @DisplayName("capabilities")
  class Capabilities extends CapabilityContract {
    Capabilities() {
      super(StorageContract.this);
    }
  }
}
