package io.github.chuxin.testkit.contract;

import static io.github.chuxin.testkit.contract.Pages.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.TreeCycleException;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tree cycles 樹中無環 (树中无环): no write, alone, in a bulk save, in a unit of work or racing another
 * writer, stores a cycle in the organisation tree; the refusal is a
 * {@link TreeCycleException} and writes nothing. A missing parent is
 * not a cycle.
 *
 * <p>Runs as the nested group {@code "tree cycles"} of {@link StorageContract}, against the storage
 * that the kit's subclass supplies; it is not extended on its own.
 */
public abstract class TreeCycleContract extends ContractGroup {

  TreeCycleContract(StorageContract contract) {
    super(contract);
  }

  private Organisation unitUnder(OrgId parent) {
    return samples().organisation(Optional.of(parent), OrgKind.BRANCH);
  }

  private Organisation withParent(Organisation unit, OrgId parent) {
    return Organisation.builder().from(unit).parentId(parent).build();
  }

  private Organisation saved(Organisation unit) {
    storage().organisations().save(unit, ExpectedRevision.expectNew());
    return unit;
  }

  /** Follows the stored parent links from every unit: each walk must end within the units' count. */
  private void assertNoCycleAmong(List<OrgId> units) {
    for (OrgId start : units) {
      Optional<OrgId> current = Optional.of(start);
      List<OrgId> path = new ArrayList<>();
      while (current.isPresent()) {
        path.add(current.get());
        assertThat(path.size()).as("the stored parents from %s run in a cycle: %s", start, path)
            .isLessThanOrEqualTo(units.size() + 1);
        current = storage().organisations().find(current.get()).flatMap(v -> v.value().parentId());
      }
    }
  }

  @Test
  void placingAUnitUnderItsOwnChildOrDeeperDescendantIsRefusedAndWritesNothing() {
    Organisation root = storedRoot();
    Organisation a = saved(unitUnder(root.id()));
    Organisation child = saved(unitUnder(a.id()));
    Organisation grandchild = saved(unitUnder(child.id()));
    Organisation sibling = saved(unitUnder(root.id()));
    Versioned<Organisation> storedA = storage().organisations().find(a.id()).orElseThrow();
    for (Organisation below : List.of(child, grandchild)) {
      assertThatThrownBy(() -> storage().organisations().save(withParent(a, below.id()), ExpectedRevision.of(storedA)))
          .isInstanceOfSatisfying(TreeCycleException.class, e -> {
            assertThat(e.unit()).isEqualTo(a.id());
            assertThat(e.parent()).isEqualTo(below.id());
          });
    }
    assertThatThrownBy(() -> storage().organisations().save(withParent(child, grandchild.id()),
        ExpectedRevision.of(Revision.first()))).isInstanceOf(TreeCycleException.class);
    assertThat(storage().organisations().find(a.id())).contains(storedA);
    assertThat(storage().organisations().find(child.id())).contains(Versioned.of(child, Revision.first()));
    assertThat(storage().organisations().find(grandchild.id())).contains(Versioned.of(grandchild, Revision.first()));
    // a move elsewhere is not refused: under a sibling's subtree, or a descendant moved up
    Versioned<Organisation> moved = storage().organisations().save(withParent(a, sibling.id()), ExpectedRevision.of(storedA));
    assertThat(moved.revision()).isEqualTo(Revision.of(2));
    storage().organisations().save(withParent(grandchild, root.id()), ExpectedRevision.of(Revision.first()));
    assertNoCycleAmong(List.of(root.id(), a.id(), child.id(), grandchild.id(), sibling.id()));
    assertThatThrownBy(() -> Organisation.builder().from(a).parentId(a.id()).build())
        .as("a unit under itself cannot even be built").isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCycleRefusedInsideAUnitOfWorkUndoesTheUnitsEarlierWrites() {
    requireCapability(Capability.TRANSACTIONS);
    Organisation root = storedRoot();
    Organisation a = saved(unitUnder(root.id()));
    Organisation child = saved(unitUnder(a.id()));
    Problem problem = samples().problem(root.id(), List.of());
    assertThatThrownBy(() -> storage().inTransaction(tx -> {
      tx.problems().save(problem, ExpectedRevision.expectNew());
      return tx.organisations().save(withParent(a, child.id()), ExpectedRevision.of(Revision.first()));
    })).isInstanceOf(TreeCycleException.class);
    assertThat(storage().problems().find(problem.id())).isEmpty();
    assertThat(storage().organisations().find(a.id())).contains(Versioned.of(a, Revision.first()));
    // inside a unit of work, its own earlier moves count: once the child is moved out, a may go under it
    storage().inTransaction(tx -> {
      tx.organisations().save(withParent(child, root.id()), ExpectedRevision.of(Revision.first()));
      return tx.organisations().save(withParent(a, child.id()), ExpectedRevision.of(Revision.first()));
    });
    assertNoCycleAmong(List.of(root.id(), a.id(), child.id()));
    assertThat(storage().organisations().find(a.id()).flatMap(v -> v.value().parentId())).contains(child.id());
  }

  @Test
  void aBulkSaveWhoseListMakesACycleOfItsOwnIsRefusedAndStoresNothing() {
    requireCapability(Capability.BULK_SAVE);
    Organisation root = storedRoot();
    for (int length : List.of(2, 3, 5)) {
      List<OrgId> ids = Stream.generate(() -> OrgId.of(samples().fresh("org"))).limit(length).toList();
      List<Organisation> list = new ArrayList<>();
      list.add(unitUnder(root.id()));
      for (int i = 0; i < length; i++) {
        list.add(Organisation.builder().from(unitUnder(root.id())).id(ids.get(i))
            .parentId(ids.get((i + 1) % length)).build());
      }
      list.add(unitUnder(root.id()));
      assertThatThrownBy(() -> storage().organisations().saveAll(list)).as("a cycle of %d in one list", length)
          .isInstanceOf(TreeCycleException.class);
      for (Organisation o : list) {
        assertThat(storage().organisations().find(o.id())).as("%s of a refused bulk save", o.id()).isEmpty();
      }
    }
    // a new unit under a stored unit's descendant is no cycle, nor is a unit given before its parent
    Organisation a = saved(unitUnder(root.id()));
    Organisation child = unitUnder(a.id());
    Organisation grandchild = unitUnder(child.id());
    storage().organisations().saveAll(List.of(grandchild, child));
    assertNoCycleAmong(List.of(root.id(), a.id(), child.id(), grandchild.id()));
  }

  @Test
  void aMissingParentIsNotACycleSoChildrenMayBeSavedBeforeTheirParents() {
    Organisation root = storedRoot();
    Organisation parent = unitUnder(root.id());
    Organisation child = unitUnder(parent.id());
    Organisation grandchild = unitUnder(child.id());
    storage().organisations().save(grandchild, ExpectedRevision.expectNew());
    storage().organisations().save(child, ExpectedRevision.expectNew());
    storage().organisations().save(parent, ExpectedRevision.expectNew());
    assertNoCycleAmong(List.of(root.id(), parent.id(), child.id(), grandchild.id()));
    if (storage().supports(Capability.BULK_SAVE)) {
      Organisation p2 = unitUnder(root.id());
      Organisation c2 = unitUnder(p2.id());
      Organisation g2 = unitUnder(c2.id());
      assertThat(storage().organisations().saveAll(List.of(g2, c2, p2))).hasSize(3);
      assertNoCycleAmong(List.of(root.id(), p2.id(), c2.id(), g2.id()));
    }
  }

  /** Two writers each make one move at the same moment (a barrier) and report what became of it. */
  private List<Optional<RuntimeException>> race(Organisation first, OrgId firstParent, Organisation second,
      OrgId secondParent) throws Exception {
    Versioned<Organisation> readFirst = storage().organisations().find(first.id()).orElseThrow();
    Versioned<Organisation> readSecond = storage().organisations().find(second.id()).orElseThrow();
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Optional<RuntimeException>>> outcomes = new ArrayList<>();
      for (Object[] move : List.of(new Object[] {readFirst, firstParent}, new Object[] {readSecond, secondParent})) {
        @SuppressWarnings("unchecked")
        Versioned<Organisation> read = (Versioned<Organisation>) move[0];
        OrgId parent = (OrgId) move[1];
        outcomes.add(pool.submit(() -> {
          together.await(60, TimeUnit.SECONDS);
          try {
            storage().organisations().save(withParent(read.value(), parent), ExpectedRevision.of(read));
            return Optional.<RuntimeException>empty();
          } catch (TreeCycleException | ConcurrencyConflictException e) {
            return Optional.<RuntimeException>of(e);
          }
        }));
      }
      List<Optional<RuntimeException>> result = new ArrayList<>();
      for (Future<Optional<RuntimeException>> f : outcomes) {
        result.add(f.get(120, TimeUnit.SECONDS));
      }
      return result;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoWritersMovingTwoUnitsUnderEachOtherAtOnceNeverBothSucceedNorStoreACycle() throws Exception {
    int rounds = 20;
    int[] outcomes = new int[3]; // one succeeded, none succeeded, cycles refused
    for (int round = 0; round < rounds; round++) {
      Organisation root = storedRoot();
      Organisation a = saved(unitUnder(root.id()));
      Organisation b = saved(unitUnder(root.id()));
      List<Optional<RuntimeException>> result = race(a, b.id(), b, a.id());
      long succeeded = result.stream().filter(Optional::isEmpty).count();
      assertThat(succeeded).as("round %d: A under B and B under A at once: %s", round, result)
          .isLessThanOrEqualTo(1);
      outcomes[(int) (1 - succeeded)]++;
      outcomes[2] += (int) result.stream().flatMap(Optional::stream).filter(TreeCycleException.class::isInstance)
          .count();
      assertNoCycleAmong(List.of(root.id(), a.id(), b.id()));
    }
    report("concurrent 2-cycle moves: %d rounds of 2 writers, %d with one move stored, %d with none,"
        + " %d refused as cycles", rounds, outcomes[0], outcomes[1], outcomes[2]);
  }

  @Test
  void twoWritersClosingALongerCycleTogetherNeverBothSucceedNorStoreACycle() throws Exception {
    int rounds = 20;
    int[] outcomes = new int[3];
    for (int round = 0; round < rounds; round++) {
      // X above Q, Y above P; moving X under P and Y under Q at once would close X-P-Y-Q-X
      Organisation root = storedRoot();
      Organisation x = saved(unitUnder(root.id()));
      Organisation q = saved(unitUnder(x.id()));
      Organisation y = saved(unitUnder(root.id()));
      Organisation p = saved(unitUnder(y.id()));
      List<Optional<RuntimeException>> result = race(x, p.id(), y, q.id());
      long succeeded = result.stream().filter(Optional::isEmpty).count();
      assertThat(succeeded).as("round %d: X under P and Y under Q at once: %s", round, result)
          .isLessThanOrEqualTo(1);
      outcomes[(int) (1 - succeeded)]++;
      outcomes[2] += (int) result.stream().flatMap(Optional::stream).filter(TreeCycleException.class::isInstance)
          .count();
      assertNoCycleAmong(List.of(root.id(), x.id(), q.id(), y.id(), p.id()));
    }
    report("concurrent 4-cycle moves: %d rounds of 2 writers, %d with one move stored, %d with none,"
        + " %d refused as cycles", rounds, outcomes[0], outcomes[1], outcomes[2]);
  }
}
