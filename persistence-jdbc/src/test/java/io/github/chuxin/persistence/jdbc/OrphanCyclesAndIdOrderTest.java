package io.github.chuxin.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.TreeCycleException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What is particular to the JDBC adapter's tree and order: a unit stored before its parent hangs
 * under the parent's path segment, so the cycle check must see through missing parents, also when
 * two writers insert such units at once; and on PostgreSQL the "C" collation orders valid ids as Java does.
 * (The contract kit checks cycles among stored units and racing moves for every store.)
 */
class OrphanCyclesAndIdOrderTest {

  private static final AtomicInteger RUN = new AtomicInteger();

  private static JdbcStorage storage(String database) {
    return Databases.migrated(database.equals("H2") ? Databases.freshH2() : Databases.freshPostgres());
  }

  private static Organisation org(String id, Optional<String> parent) {
    return Organisation.builder().id(OrgId.of(id)).parentId(parent.map(OrgId::of)).kind(OrgKind.BRANCH)
        .name("unit " + id).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"H2", "PostgreSQL"})
  void aMissingParentSavedUnderItsOwnWaitingDescendantIsACycleAndNothingIsWritten(String database) {
    JdbcStorage s = storage(database);
    // x and y wait for p, which is not stored
    s.organisations().save(org("x", Optional.of("p")), ExpectedRevision.expectNew());
    s.organisations().save(org("y", Optional.of("x")), ExpectedRevision.expectNew());
    for (String under : List.of("x", "y")) {
      assertThatThrownBy(() -> s.organisations().save(org("p", Optional.of(under)), ExpectedRevision.expectNew()))
          .isInstanceOfSatisfying(TreeCycleException.class,
              e -> assertThat(e.unit()).isEqualTo(OrgId.of("p")));
      assertThatThrownBy(() -> s.organisations().saveAll(List.of(org("p", Optional.of("q")),
          org("q", Optional.of(under))))).isInstanceOf(TreeCycleException.class);
    }
    assertThat(s.organisations().find(OrgId.of("p"))).isEmpty();
    assertThat(s.organisations().find(OrgId.of("q"))).isEmpty();
    // p arriving as a top unit is fine, and its waiting subtree moves under it
    s.organisations().save(org("p", Optional.empty()), ExpectedRevision.expectNew());
    assertThat(s.organisations().count(Query.builder().subtree(OrgId.of("p")).build())).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"H2", "PostgreSQL"})
  void twoWritersInsertingUnitsUnderEachOthersMissingSelvesNeverBothSucceed(String database) throws Exception {
    JdbcStorage s = storage(database);
    int rounds = 15;
    int[] seen = new int[3]; // one stored, none stored, refused as cycles
    ExecutorService pool = Executors.newFixedThreadPool(2);
    java.util.concurrent.atomic.AtomicInteger refusedAsCycles = new java.util.concurrent.atomic.AtomicInteger();
    try {
      for (int r = 0; r < rounds; r++) {
        String a = "a" + RUN.incrementAndGet();
        String b = "b" + RUN.get();
        // a waits under b's segment, b under a's: each alone is fine, both would be a cycle
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (Organisation o : List.of(org(a, Optional.of(b)), org(b, Optional.of(a)))) {
          results.add(pool.submit(() -> {
            together.await(60, TimeUnit.SECONDS);
            try {
              s.organisations().save(o, ExpectedRevision.expectNew());
              return true;
            } catch (TreeCycleException e) {
              refusedAsCycles.incrementAndGet();
              return false;
            }
          }));
        }
        int stored = 0;
        for (Future<Boolean> f : results) {
          stored += f.get(120, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(stored).as("round %s", r).isLessThanOrEqualTo(1);
        seen[stored == 1 ? 0 : 1]++;
        assertThat(s.organisations().find(OrgId.of(a)).isPresent() && s.organisations().find(OrgId.of(b)).isPresent())
            .isFalse();
      }
    } finally {
      pool.shutdownNow();
    }
    Figures.report("[OrphanCyclesAndIdOrderTest] " + database + ": " + rounds
        + " rounds of 2 writers inserting units under each other's missing selves: " + seen[0] + " with one stored, "
        + seen[1] + " with none, " + refusedAsCycles.get() + " refused as cycles");
    assertThat(seen[0]).isEqualTo(rounds);
  }

  @Test
  void postgresOrdersEveryValidIdentifierAsJavaStringsDo() throws SQLException {
    DataSource ds = Databases.freshPostgres();
    Databases.migrated(ds);
    // characters around the place where UTF-16 and code point order would part ways (U+E000 to
    // U+FFFF against the supplementary planes), less the block identifiers exclude
    String[] alphabet = {"a", "~", "\u00e9", "\u4e2d", "\ud7ff", "\ud840\udc00", "\ud83d\ude00", "\udbff\udfff",
        "0"};
    int[] cases = {0};
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT s FROM unnest(?::text[]) AS u(s) ORDER BY s COLLATE \"C\"")) {
      qt().withExamples(300).forAll(lists().of(lists().of(integers().between(0, alphabet.length - 1))
          .ofSizeBetween(1, 4)).ofSizeBetween(2, 12)).checkAssert(picks -> {
            List<String> ids = new ArrayList<>();
            for (List<Integer> word : picks) {
              StringBuilder b = new StringBuilder();
              word.forEach(i -> b.append(alphabet[i]));
              ids.add(OrgId.of(b.toString()).value());
            }
            try {
              Array array = c.createArrayOf("text", ids.toArray());
              ps.setArray(1, array);
              List<String> sorted = new ArrayList<>();
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  sorted.add(rs.getString(1));
                }
              }
              assertThat(sorted).isEqualTo(ids.stream().sorted().toList());
              cases[0]++;
            } catch (SQLException e) {
              throw new IllegalStateException(e);
            }
          });
    }
    Figures.report("[OrphanCyclesAndIdOrderTest] PostgreSQL's \"C\" collation agreed with String.compareTo on "
        + cases[0] + " lists of ids");
  }
}
