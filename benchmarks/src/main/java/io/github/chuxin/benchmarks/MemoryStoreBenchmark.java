package io.github.chuxin.benchmarks;

import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.persistence.memory.InMemoryStorage;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Workload 5b: the in-memory reference store's save and find throughput under two threads (each
 * thread updates its own items with the revision it read, then reads them back), against a
 * {@code ConcurrentHashMap} doing the same revision check with {@code compute}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(2)
public class MemoryStoreBenchmark {

  private static final int ITEMS = 20_000;

  private Storage storage;
  private List<RectificationItem> items;
  private final ConcurrentHashMap<RectificationId, Versioned<RectificationItem>> map = new ConcurrentHashMap<>();
  private final AtomicInteger threads = new AtomicInteger();

  /** Fills both stores with the same items. */
  @Setup(Level.Trial)
  public void setUp() {
    storage = InMemoryStorage.create(Clock.fixed(Instant.parse("2019-09-01T00:00:00Z"), ZoneOffset.UTC));
    List<Organisation> orgs = National.organisations(Shapes.layered(27_600, 2019));
    storage.organisations().saveAll(orgs);
    items = National.items(orgs, ITEMS, 3);
    for (Versioned<RectificationItem> saved : storage.rectifications().saveAll(items)) {
      map.put(saved.value().id(), saved);
    }
  }

  /** Each thread's own half of the items. */
  @State(Scope.Thread)
  public static class Cursor {
    int thread = -1;
    int next;
  }

  /**
   * The library: read an item with its revision, write it back expecting that revision, read it.
   *
   * @param cursor the thread's position
   * @return the item read back
   */
  @Benchmark
  public Versioned<RectificationItem> saveAndFind(Cursor cursor) {
    RectificationId id = items.get(pick(cursor)).id();
    Versioned<RectificationItem> read = storage.rectifications().find(id).orElseThrow();
    storage.rectifications().save(read.value(), ExpectedRevision.of(read.revision()));
    return storage.rectifications().find(id).orElseThrow();
  }

  /**
   * The baseline: the same read, revision-checked write and read on a {@code ConcurrentHashMap}.
   *
   * @param cursor the thread's position
   * @return the item read back
   */
  @Benchmark
  public Versioned<RectificationItem> baselineSaveAndFind(Cursor cursor) {
    RectificationId id = items.get(pick(cursor)).id();
    Versioned<RectificationItem> read = map.get(id);
    map.compute(id, (k, current) -> {
      if (current == null || !current.revision().equals(read.revision())) {
        throw new IllegalStateException("conflict on " + k);
      }
      return Versioned.of(read.value(), read.revision().next());
    });
    return map.get(id);
  }

  private int pick(Cursor cursor) {
    if (cursor.thread < 0) {
      cursor.thread = threads.getAndIncrement() % 2;
    }
    int half = ITEMS / 2;
    cursor.next = (cursor.next + 1) % half;
    return cursor.thread * half + cursor.next;
  }
}
