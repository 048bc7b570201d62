package io.github.chuxin.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.Query;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A rough measurement, not a test of speed: run with {@code -Dchuxin.measure=true} to print how
 * long subtree counts over a million organisations take on the embedded PostgreSQL with the
 * materialised path, next to a recursive query over parent ids and a full-table rewrite (what
 * renumbering nested intervals would cost on an insert). Skipped in the normal build.
 */
class SubtreeMeasurement {

  @Test
  void subtreeCountsOverAMillionOrganisations() throws Exception {
    assumeTrue(Boolean.getBoolean("chuxin.measure"), "a measurement: run with -Dchuxin.measure=true");
    DataSource ds = Databases.freshPostgres();
    JdbcStorage storage = Databases.migrated(ds);
    List<Organisation> orgs = new ArrayList<>(1_000_001);
    orgs.add(Organisation.builder().id(OrgId.of("cn")).kind(OrgKind.MUNICIPAL_COMMITTEE).name("root").build());
    int[] fanOut = {16, 25, 25, 100};
    List<OrgId> level = List.of(OrgId.of("cn"));
    for (int depth = 0; depth < fanOut.length; depth++) {
      List<OrgId> next = new ArrayList<>();
      for (OrgId parent : level) {
        for (int i = 0; i < fanOut[depth]; i++) {
          OrgId id = OrgId.of(parent.value() + "." + i);
          next.add(id);
          orgs.add(Organisation.builder().id(id).parentId(parent).kind(OrgKind.BRANCH).name("u").build());
        }
      }
      level = next;
    }
    long t0 = System.nanoTime();
    for (int from = 0; from < orgs.size(); from += 100_000) {
      storage.organisations().saveAll(orgs.subList(from, Math.min(orgs.size(), from + 100_000)));
    }
    long t1 = System.nanoTime();
    System.out.printf("bulk save of %,d organisations: %.1f s%n", orgs.size(), (t1 - t0) / 1e9);
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("VACUUM ANALYZE chuxin_organisation");
    }
    for (String root : List.of("cn", "cn.3", "cn.3.7", "cn.3.7.11")) {
      Query q = Query.builder().subtree(OrgId.of(root)).build();
      long n = 0;
      long best = Long.MAX_VALUE;
      for (int i = 0; i < 5; i++) {
        long s0 = System.nanoTime();
        n = storage.organisations().count(q);
        best = Math.min(best, System.nanoTime() - s0);
      }
      long rbest = Long.MAX_VALUE;
      long rn = 0;
      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        for (int i = 0; i < 3; i++) {
          long s0 = System.nanoTime();
          try (ResultSet rs = s.executeQuery("WITH RECURSIVE sub(id) AS (SELECT id FROM chuxin_organisation WHERE id = '"
              + root + "' UNION ALL SELECT o.id FROM chuxin_organisation o JOIN sub ON o.parent_id = sub.id)"
              + " SELECT COUNT(*) FROM sub")) {
            rs.next();
            rn = rs.getLong(1);
          }
          rbest = Math.min(rbest, System.nanoTime() - s0);
        }
      }
      assertThat(rn).isEqualTo(n);
      System.out.printf("subtree %-10s %,9d units: path range %8.2f ms, recursive parent query %8.2f ms%n", root, n,
          best / 1e6, rbest / 1e6);
    }
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      long s0 = System.nanoTime();
      s.executeUpdate("UPDATE chuxin_organisation SET revision = revision");
      System.out.printf("rewriting every row once (what renumbering nested intervals costs): %.1f s%n",
          (System.nanoTime() - s0) / 1e9);
    }
    long m0 = System.nanoTime();
    Organisation moved = orgs.stream().filter(o -> o.id().value().equals("cn.3.7")).findFirst().orElseThrow();
    storage.organisations().save(Organisation.builder().from(moved).parentId(OrgId.of("cn.4")).build(),
        io.github.chuxin.persistence.ExpectedRevision.of(storage.organisations().find(moved.id()).orElseThrow()));
    System.out.printf("moving a subtree of %,d units under another parent: %.1f ms%n",
        storage.organisations().count(Query.builder().subtree(moved.id()).build()), (System.nanoTime() - m0) / 1e6);
    assertThat(storage.organisations().count(Query.builder().subtree(OrgId.of("cn.4")).build()))
        .isEqualTo(1 + 25 + 625 + 62_500 + 2_526);
    assertThat(Optional.of(orgs.size())).contains(1_000_001);
  }
}
