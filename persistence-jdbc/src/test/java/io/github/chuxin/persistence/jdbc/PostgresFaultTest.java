package io.github.chuxin.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.StorageFailureException;
import io.github.chuxin.persistence.StorageFailureException.Outcome;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Connections killed on a real PostgreSQL server ({@code pg_terminate_backend} from a second
 * connection, waiting until the backend is gone): inside a unit of work, inside a bulk save, and
 * at the commit itself. Afterwards the data is wholly as before or wholly as after, the exception's
 * outcome says which (NOT_APPLIED: before; UNKNOWN only when the commit was hit), the broken
 * connection is never handed out again and the next call works. The figures go to stdout.
 */
class PostgresFaultTest {

  private static FaultyPostgres db;
  private static JdbcStorage storage;
  private static final AtomicInteger ROUND = new AtomicInteger();
  private static final Map<String, Integer> OUTCOMES = new TreeMap<>();
  private static final AtomicInteger RETRIES = new AtomicInteger();
  private static final AtomicInteger RACES = new AtomicInteger();

  @BeforeAll
  static void start() {
    db = new FaultyPostgres(Databases.freshPostgresName());
    storage = Databases.migrated(db);
  }

  @AfterAll
  static void report() {
    Figures.report("[PostgresFaultTest] backends killed: " + db.killed().size()
        + ", broken connections dropped by the pool: " + db.discarded()
        + ", retries after a failure (all succeeded): " + RETRIES.get()
        + ", bulk saves raced by a killer thread: " + RACES.get()
        + ", outcomes seen per case: " + OUTCOMES);
  }

  private static synchronized void seen(String kase, String outcome) {
    OUTCOMES.merge(kase + " -> " + outcome, 1, Integer::sum);
  }

  /** A small world and a unit of work of five writes over it. */
  private static final class World {
    final String p = "f" + ROUND.incrementAndGet() + "-";
    final OrgId root = OrgId.of(p + "root");
    final OrgId u1 = OrgId.of(p + "u1");
    final OrgId u2 = OrgId.of(p + "u2");
    final RectificationId i1 = RectificationId.of(p + "i1");
    final RectificationId i2 = RectificationId.of(p + "i2");
    final RectificationId n1 = RectificationId.of(p + "n1");
    final RectificationId n2 = RectificationId.of(p + "n2");

    World() {
      storage.organisations().saveAll(List.of(org(root, Optional.empty()), org(u1, Optional.of(root)),
          org(u2, Optional.of(root))));
      storage.rectifications().saveAll(List.of(item(i1, "start"), item(i2, "start")));
    }

    RectificationItem item(RectificationId id, String progress) {
      return RectificationItem.builder().from(SchemaAndHistoryTest.fullItem(id.value())).responsibleUnit(u1)
          .progress(progress).build();
    }

    /** The five writes; the backend is killed before write number {@code killBefore} (0-based) if set. */
    void work(Storage s, int killBefore, boolean swallow) {
      List<Runnable> writes = List.of(
          () -> s.rectifications().save(item(i1, "step"), ExpectedRevision.of(s.rectifications().find(i1).orElseThrow()),
              "worker"),
          () -> s.rectifications().save(item(n1, "new"), ExpectedRevision.expectNew(), "worker"),
          () -> s.organisations().save(org(u2, Optional.of(u1)),
              ExpectedRevision.of(s.organisations().find(u2).orElseThrow())),
          () -> s.rectifications().save(item(i2, "step"), ExpectedRevision.of(s.rectifications().find(i2).orElseThrow()),
              "worker"),
          () -> s.rectifications().save(item(n2, "new"), ExpectedRevision.expectNew(), "worker"));
      for (int w = 0; w < writes.size(); w++) {
        if (w == killBefore) {
          db.kill(db.lastPid());
        }
        if (swallow && w >= killBefore && killBefore >= 0) {
          try {
            writes.get(w).run();
          } catch (StorageFailureException e) {
            // a careless caller goes on; the unit of work must still not commit
          }
        } else {
          writes.get(w).run();
        }
      }
    }

    /** Everything the unit of work touches, as stored. */
    Map<String, Object> state() {
      Map<String, Object> s = new LinkedHashMap<>();
      for (RectificationId id : List.of(i1, i2, n1, n2)) {
        s.put(id.value(), storage.rectifications().find(id));
        s.put(id.value() + " history", storage.rectifications().history(id).size());
      }
      s.put(u2.value(), storage.organisations().find(u2));
      s.put("under u1", storage.organisations().count(Query.builder().subtree(u1).build()));
      return s;
    }
  }

  private static Organisation org(OrgId id, Optional<OrgId> parent) {
    return Organisation.builder().id(id).parentId(parent).kind(OrgKind.BRANCH).name("unit " + id.value()).build();
  }

  private static StorageFailureException failure(Runnable r) {
    Throwable t = catchThrowable(r::run);
    assertThat(t).isInstanceOf(JdbcStorageException.class);
    return (StorageFailureException) t;
  }

  private static String sqlState(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException s && s.getSQLState() != null) {
        return s.getSQLState();
      }
    }
    return "none";
  }

  /** The next call gets a live connection that was never killed. */
  private static void theNextCallWorksOnAFreshConnection(World w) {
    assertThat(storage.rectifications().find(w.i1)).isPresent();
    assertThat(db.killed()).doesNotContain(db.lastPid());
    assertThat(db.alive(db.lastPid())).isTrue();
  }

  @Test
  void aConnectionKilledInsideAUnitOfWorkLeavesTheDataAsBeforeAndSaysNotApplied() {
    for (int killBefore = 0; killBefore < 5; killBefore++) {
      for (boolean swallow : new boolean[] {false, true}) {
        if (swallow && killBefore != 2) {
          continue;
        }
        World w = new World();
        Map<String, Object> before = w.state();
        int k = killBefore;
        StorageFailureException e = failure(() -> storage.inTransaction(s -> {
          w.work(s, k, swallow);
          return null;
        }));
        seen("unit of work, killed before write " + (k + 1) + " of 5" + (swallow ? " (failure swallowed)" : ""),
            e.outcome() + " " + sqlState(e));
        assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
        assertThat(w.state()).as("killed before write %s", k + 1).isEqualTo(before);
        theNextCallWorksOnAFreshConnection(w);

        storage.inTransaction(s -> {
          w.work(s, -1, false);
          return null;
        });
        RETRIES.incrementAndGet();
        assertThat(storage.rectifications().history(w.i1)).hasSize(2);
        assertThat(storage.organisations().count(Query.builder().subtree(w.u1).build())).isEqualTo(2);
      }
    }
  }

  @Test
  void aConnectionKilledInTheMiddleOfABulkSaveStoresNoneOfItAndSaysNotApplied() {
    // rectification items: 3 batches of rows, then 3 of change records; killed in each part
    for (int batch : new int[] {2, 5}) {
      World w = new World();
      OrgId unit = OrgId.of(w.p + "bulk");
      List<RectificationItem> items = new ArrayList<>();
      for (int i = 0; i < 2500; i++) {
        items.add(RectificationItem.builder().from(w.item(RectificationId.of(w.p + "b" + i), "bulk"))
            .responsibleUnit(unit).build());
      }
      Query mine = Query.builder().subtree(unit).build();
      db.armAtBatch(batch);
      StorageFailureException e = failure(() -> storage.rectifications().saveAll(items));
      seen("bulk save of 2500 items, killed at JDBC batch " + batch + " of 6", e.outcome() + " " + sqlState(e));
      assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
      assertThat(storage.rectifications().count(mine)).isZero();
      theNextCallWorksOnAFreshConnection(w);
      storage.rectifications().saveAll(items);
      RETRIES.incrementAndGet();
      assertThat(storage.rectifications().count(mine)).isEqualTo(items.size());
      assertThat(storage.rectifications().history(items.get(items.size() - 1).id())).hasSize(1);
    }
    // organisations: the bulk path that computes materialised paths
    World w = new World();
    List<Organisation> units = new ArrayList<>();
    OrgId top = OrgId.of(w.p + "top");
    units.add(org(top, Optional.empty()));
    for (int i = 0; i < 2499; i++) {
      units.add(org(OrgId.of(w.p + "o" + i), Optional.of(i < 50 ? top : OrgId.of(w.p + "o" + (i % 50)))));
    }
    db.armAtBatch(2);
    StorageFailureException e = failure(() -> storage.organisations().saveAll(units));
    seen("bulk save of 2500 organisations, killed at JDBC batch 2 of 3", e.outcome() + " " + sqlState(e));
    assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
    assertThat(storage.organisations().count(Query.builder().subtree(top).build())).isZero();
    theNextCallWorksOnAFreshConnection(w);
    storage.organisations().saveAll(units);
    RETRIES.incrementAndGet();
    assertThat(storage.organisations().count(Query.builder().subtree(top).build())).isEqualTo(units.size());
  }

  @Test
  void aBulkSaveKilledFromAnotherThreadAtARandomMomentIsWhollyStoredOrNotAtAllAsTheOutcomeSays()
      throws InterruptedException {
    for (int round = 0; round < 3; round++) {
      World w = new World();
      OrgId unit = OrgId.of(w.p + "race");
      List<RectificationItem> items = new ArrayList<>();
      for (int i = 0; i < 6000; i++) {
        items.add(RectificationItem.builder().from(w.item(RectificationId.of(w.p + "r" + i), "race"))
            .responsibleUnit(unit).build());
      }
      Query mine = Query.builder().subtree(unit).build();
      java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
      Thread killer = new Thread(() -> {
        // wait until the bulk save's connection is busy, then end its backend
        while (!done.get()) {
          int pid = db.lastPid();
          if (db.active(pid)) {
            db.kill(pid);
            return;
          }
        }
      });
      killer.start();
      Throwable t = catchThrowable(() -> storage.rectifications().saveAll(items));
      done.set(true);
      killer.join(30_000);
      RACES.incrementAndGet();
      long stored = storage.rectifications().count(mine);
      if (t == null) {
        seen("bulk save of 6000 items raced by a killer thread", "succeeded before the kill");
        assertThat(stored).isEqualTo(items.size());
      } else {
        assertThat(t).isInstanceOf(JdbcStorageException.class);
        Outcome outcome = ((StorageFailureException) t).outcome();
        seen("bulk save of 6000 items raced by a killer thread", outcome + " " + sqlState(t));
        if (outcome == Outcome.NOT_APPLIED) {
          assertThat(stored).isZero();
        } else {
          assertThat(stored).isIn(0L, (long) items.size());
        }
      }
      theNextCallWorksOnAFreshConnection(w);
    }
  }

  @Test
  void aKillThatHitsTheCommitIsReportedUnknownAndTheDataIsWhollyBeforeOrWhollyAfter() {
    for (FaultyPostgres.Fault fault : List.of(FaultyPostgres.Fault.KILL_BEFORE_COMMIT,
        FaultyPostgres.Fault.KILL_AFTER_COMMIT)) {
      // a unit of work
      World w = new World();
      Map<String, Object> before = w.state();
      db.arm(fault);
      StorageFailureException e = failure(() -> storage.inTransaction(s -> {
        w.work(s, -1, false);
        return null;
      }));
      assertThat(db.armed()).isEqualTo(FaultyPostgres.Fault.NONE);
      assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
      Map<String, Object> now = w.state();
      boolean wasBefore = now.equals(before);
      if (!wasBefore) {
        // wholly after: every write of the unit is there
        assertThat(storage.rectifications().history(w.i1)).hasSize(2);
        assertThat(storage.rectifications().history(w.i2)).hasSize(2);
        assertThat(storage.rectifications().find(w.n1)).isPresent();
        assertThat(storage.rectifications().find(w.n2)).isPresent();
        assertThat(storage.organisations().find(w.u2).orElseThrow().value().parentId()).contains(w.u1);
      }
      assertThat(wasBefore).as("the state after %s", fault).isEqualTo(fault == FaultyPostgres.Fault.KILL_BEFORE_COMMIT);
      seen("unit of work, " + fault, e.outcome() + " " + sqlState(e) + ", data wholly " + (wasBefore ? "before" : "after"));
      theNextCallWorksOnAFreshConnection(w);

      // a single store call (its own transaction)
      RectificationItem item = w.item(RectificationId.of(w.p + "single"), "single");
      db.arm(fault);
      StorageFailureException single = failure(() -> storage.rectifications().save(item, ExpectedRevision.expectNew()));
      assertThat(single.outcome()).isEqualTo(Outcome.UNKNOWN);
      Optional<Versioned<RectificationItem>> stored = storage.rectifications().find(item.id());
      assertThat(stored.isPresent()).isEqualTo(fault == FaultyPostgres.Fault.KILL_AFTER_COMMIT);
      assertThat(storage.rectifications().history(item.id())).hasSize(stored.isPresent() ? 1 : 0);
      seen("single save, " + fault, single.outcome() + " " + sqlState(single) + ", data wholly "
          + (stored.isPresent() ? "after" : "before"));
      theNextCallWorksOnAFreshConnection(w);
    }
  }

  @Test
  void anOrdinaryFailureBeforeTheCommitRollsBackAndIsNotAFailureOfTheStorage() {
    World w = new World();
    Map<String, Object> before = w.state();
    assertThatThrownBy(() -> storage.inTransaction(s -> {
      w.work(s, -1, false);
      throw new IllegalStateException("the caller changed its mind");
    })).isInstanceOf(IllegalStateException.class).isNotInstanceOf(StorageFailureException.class);
    assertThat(w.state()).isEqualTo(before);
  }
}
