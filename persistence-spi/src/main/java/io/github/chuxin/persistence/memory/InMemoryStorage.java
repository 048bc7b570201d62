package io.github.chuxin.persistence.memory;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ForwardingStorage;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.support.AbstractStorage;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The in-memory reference storage 內存存儲 (内存存储): declares every {@link Capability} and passes
 * the whole contract kit.
 *
 * <p>Thread-safe. Everything stored is one immutable snapshot (persistent maps sharing structure);
 * reads take the current snapshot without locking, writes are serialised by one lock and publish a
 * new snapshot. A unit of work holds the lock, writes into a private copy and publishes it on
 * success (copy-on-commit), so other threads see all of its writes or none; the work must use the
 * storage it is given on the calling thread, and units of work do not nest. Because writes are
 * serialised, the check that a unit is not placed inside its own subtree ({@code TreeCycleException})
 * sees every earlier write, so two racing moves cannot close a cycle together. Times in the change
 * history come from the injected clock; nothing here reads the system clock.
 *
 * <p>Make one with {@link #create(Clock)}.
 */
public final class InMemoryStorage extends ForwardingStorage {

  private static final Set<Capability> CAPABILITIES = Set.copyOf(EnumSet.allOf(Capability.class));

  private final Clock clock;
  private final ReentrantLock writeLock = new ReentrantLock();
  private volatile MemoryState committed = MemoryState.EMPTY;
  private final AbstractStorage.Stores<View, MemorySession> stores = new AbstractStorage.Stores<>(View::new,
      MemoryStore::new, MemoryRectificationStore::new, MemoryGuidanceStore::new, MemoryLeadershipBodyStore::new);
  private final View root;

  private InMemoryStorage(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.root = new View(new Committed(), Optional.empty());
  }

  /**
   * Creates an empty storage.
   *
   * @param clock the clock of change-history times, not null
   * @return the storage
   */
  public static InMemoryStorage create(Clock clock) {
    return new InMemoryStorage(clock);
  }

  @Override
  protected Storage delegate() {
    return root;
  }

  private final class Committed implements MemorySession {
    @Override
    public MemoryState read() {
      return committed;
    }

    @Override
    public void write(UnaryOperator<MemoryState> change) {
      if (writeLock.isHeldByCurrentThread()) {
        throw new IllegalStateException("inside a unit of work, write through the storage the work is given");
      }
      writeLock.lock();
      try {
        committed = change.apply(committed);
      } finally {
        writeLock.unlock();
      }
    }

    @Override
    public boolean inTransaction() {
      return false;
    }
  }

  private static final class Transaction implements MemorySession {
    private MemoryState local;
    private boolean open = true;

    Transaction(MemoryState start) {
      this.local = start;
    }

    @Override
    public MemoryState read() {
      requireOpen();
      return local;
    }

    @Override
    public void write(UnaryOperator<MemoryState> change) {
      requireOpen();
      local = change.apply(local);
    }

    @Override
    public boolean inTransaction() {
      return true;
    }

    private void requireOpen() {
      if (!open) {
        throw new IllegalStateException("the unit of work has ended; use the storage outside it");
      }
    }
  }

  /** The storage seen through one session and scope; what the stores work against. */
  final class View extends AbstractStorage<View, MemorySession> {

    View(MemorySession session, Optional<OrgId> scope) {
      super(CAPABILITIES, session, scope, stores);
    }

    /** The state this view reads: its unit of work's, else the last committed one. */
    MemoryState read() {
      return work().read();
    }

    /** Applies a change under the write lock, or to the unit of work's private state. */
    void write(UnaryOperator<MemoryState> change) {
      work().write(change);
    }

    Clock clock() {
      return clock;
    }

    @Override
    public <R> R inTransaction(Function<? super Storage, ? extends R> task) {
      Objects.requireNonNull(task, "task");
      if (work().inTransaction()) {
        return task.apply(this);
      }
      if (writeLock.isHeldByCurrentThread()) {
        throw new IllegalStateException("units of work do not nest; use the storage the outer work is given");
      }
      writeLock.lock();
      Transaction tx = new Transaction(committed);
      try {
        R result = task.apply(new View(tx, scope()));
        committed = tx.local;
        return result;
      } finally {
        tx.open = false;
        writeLock.unlock();
      }
    }

    @Override
    protected boolean isInSubtree(OrgId root, OrgId unit) {
      return work().read().tables().isInSubtree(root, unit);
    }
  }
}
