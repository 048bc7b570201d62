package io.github.chuxin.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.persistence.memory.InMemoryStorage;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemOwner;
import io.github.chuxin.problem.ProblemSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The materialised paths stay right whatever the order of writes: random forests written in random
 * order (children before parents, some parents never stored, single saves and bulk saves mixed,
 * then subtrees moved) answer every subtree and batch query as the in-memory reference store does.
 * Ids carry {@code / % _ ~ \} to test the path encoding.
 */
class TreeAgreesWithReferenceTest {

  private static final AtomicLong RUN = new AtomicLong();
  private static JdbcStorage h2;
  private static JdbcStorage postgres;

  private static synchronized JdbcStorage h2() {
    if (h2 == null) {
      h2 = Databases.migrated(Databases.freshH2());
    }
    return h2;
  }

  private static synchronized JdbcStorage postgres() {
    if (postgres == null) {
      postgres = Databases.migrated(Databases.freshPostgres());
    }
    return postgres;
  }

  @Test
  void subtreeAndBatchQueriesOnH2AgreeWithTheReferenceAfterAnyOrderOfWrites() {
    check(TreeAgreesWithReferenceTest::h2, 60);
  }

  @Test
  void subtreeAndBatchQueriesOnPostgresAgreeWithTheReferenceAfterAnyOrderOfWrites() {
    check(TreeAgreesWithReferenceTest::postgres, 30);
  }

  private static void check(Supplier<JdbcStorage> jdbc, int examples) {
    qt().withExamples(examples).forAll(longs().all()).checkAssert(seed -> agree(jdbc.get(), seed));
  }

  private static void agree(JdbcStorage jdbc, long seed) {
    InMemoryStorage reference = InMemoryStorage.create(Databases.CLOCK);
    SplittableRandom random = new SplittableRandom(seed);
    String prefix = "t" + RUN.incrementAndGet() + (random.nextBoolean() ? "/%_" : "~\\") + "-";
    int n = 2 + random.nextInt(30);
    List<OrgId> ids = new ArrayList<>();
    List<Optional<OrgId>> parents = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(OrgId.of(prefix + i));
      parents.add(i == 0 || random.nextInt(6) == 0 ? Optional.empty() : Optional.of(ids.get(random.nextInt(i))));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (random.nextInt(8) != 0) {
        order.add(i);
      }
    }
    Collections.shuffle(order, new java.util.Random(seed));
    // write in random order, mixing single and bulk saves
    int at = 0;
    while (at < order.size()) {
      int size = 1 + random.nextInt(Math.min(5, order.size() - at));
      List<Organisation> chunk = new ArrayList<>();
      for (int k = at; k < at + size; k++) {
        int i = order.get(k);
        chunk.add(org(ids.get(i), parents.get(i)));
      }
      for (Storage s : List.of(reference, jdbc)) {
        if (size == 1) {
          s.organisations().save(chunk.get(0), ExpectedRevision.expectNew());
        } else {
          s.organisations().saveAll(chunk);
        }
      }
      at += size;
    }
    // move a few stored units under a parent outside their subtree
    for (int moves = random.nextInt(4); moves > 0 && !order.isEmpty(); moves--) {
      int x = order.get(random.nextInt(order.size()));
      int y = random.nextInt(n);
      if (inSubtree(parents, ids, y, x)) {
        continue;
      }
      parents.set(x, Optional.of(ids.get(y)));
      for (Storage s : List.of(reference, jdbc)) {
        Versioned<Organisation> stored = s.organisations().find(ids.get(x)).orElseThrow();
        s.organisations().save(org(ids.get(x), parents.get(x)), ExpectedRevision.of(stored));
      }
    }
    // a campaign assigning random units (stored or not) to two batches, one problem per unit
    BatchId first = BatchId.of(prefix + "b1");
    BatchId second = BatchId.of(prefix + "b2");
    List<BatchAssignment> assignments = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (random.nextInt(4) == 0) {
        assignments.add(BatchAssignment.of(ids.get(i), random.nextBoolean() ? first : second));
      }
    }
    Campaign campaign = Campaign.builder().id(CampaignId.of(prefix + "c"))
        .addBatches(Batch.builder().id(first).number(1)
            .window(DateWindow.ofClosed(LocalDate.of(2019, 5, 31), LocalDate.of(2019, 8, 31))).build())
        .addBatches(Batch.builder().id(second).number(2)
            .window(DateWindow.ofClosed(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 11, 30))).build())
        .assignments(assignments).build();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      problems.add(Problem.builder().id(ProblemId.of(prefix + "p" + i)).source(ProblemSource.values()[0])
          .owner(ProblemOwner.unit(ids.get(i))).description("p").discoveredOn(LocalDate.of(2019, 6, 1)).build());
    }
    for (Storage s : List.of(reference, jdbc)) {
      s.campaigns().save(campaign, ExpectedRevision.expectNew());
      s.problems().saveAll(problems);
    }
    for (OrgId root : ids) {
      Query q = Query.builder().subtree(root).limit(Query.MAX_LIMIT).build();
      assertThat(ids(jdbc.organisations().query(q).items())).as("units under %s, seed %s", root, seed)
          .isEqualTo(ids(reference.organisations().query(q).items()));
      assertThat(jdbc.problems().count(q)).as("problems under %s, seed %s", root, seed)
          .isEqualTo(reference.problems().count(q));
    }
    for (BatchId b : List.of(first, second)) {
      Query q = Query.builder().batch(b).limit(Query.MAX_LIMIT).build();
      assertThat(jdbc.problems().query(q).items()).as("problems of %s, seed %s", b, seed)
          .isEqualTo(reference.problems().query(q).items());
    }
  }

  private static boolean inSubtree(List<Optional<OrgId>> parents, List<OrgId> ids, int node, int root) {
    Set<Integer> seen = new HashSet<>();
    Optional<Integer> current = Optional.of(node);
    while (current.isPresent() && seen.add(current.get())) {
      if (current.get() == root) {
        return true;
      }
      current = parents.get(current.get()).map(ids::indexOf);
    }
    return false;
  }

  private static Organisation org(OrgId id, Optional<OrgId> parent) {
    return Organisation.builder().id(id).parentId(parent).kind(OrgKind.BRANCH).name("unit " + id).build();
  }

  private static List<String> ids(List<Versioned<Organisation>> values) {
    return values.stream().map(v -> v.value().id().value()).toList();
  }
}
