package io.github.chuxin.org;

import static io.github.chuxin.org.Trees.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrgTreeTest {

  private final OrgTree small = OrgTree.of(List.of(
      org("bj", null, OrgKind.MUNICIPAL_COMMITTEE),
      org("subway", "bj", OrgKind.BUREAU_LEVEL_UNIT),
      org("relics", "bj", OrgKind.BUREAU_LEVEL_UNIT),
      org("subway-pc", "subway", OrgKind.PARTY_COMMITTEE),
      org("line9", "subway-pc", OrgKind.BRANCH),
      org("fangshan", "subway-pc", OrgKind.BRANCH)));

  @Test
  void parentChildrenAncestorsSubtreeAndDepthAnswerForASmallTree() {
    assertThat(small.size()).isEqualTo(6);
    assertThat(small.parent(OrgId.of("line9"))).map(Organisation::id).contains(OrgId.of("subway-pc"));
    assertThat(small.parent(OrgId.of("bj"))).isEmpty();
    assertThat(small.children(OrgId.of("bj"))).extracting(o -> o.id().value()).containsExactly("subway", "relics");
    assertThat(small.ancestors(OrgId.of("line9"))).extracting(o -> o.id().value())
        .containsExactly("subway-pc", "subway", "bj");
    assertThat(small.subtree(OrgId.of("subway"))).extracting(o -> o.id().value())
        .containsExactly("subway", "subway-pc", "line9", "fangshan");
    assertThat(small.depth(OrgId.of("fangshan"))).isEqualTo(3);
    assertThat(small.isInSubtree(OrgId.of("subway"), OrgId.of("line9"))).isTrue();
    assertThat(small.isInSubtree(OrgId.of("relics"), OrgId.of("line9"))).isFalse();
    assertThat(small.roots()).extracting(o -> o.id().value()).containsExactly("bj");
  }

  @Test
  void aQueryForAnUnknownUnitFailsNamingTheUnit() {
    assertThatThrownBy(() -> small.subtree(OrgId.of("nowhere")))
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("nowhere");
    assertThat(small.find(OrgId.of("nowhere"))).isEmpty();
    assertThat(small.isInSubtree(OrgId.of("bj"), OrgId.of("nowhere"))).isFalse();
  }

  @Test
  void duplicatesOrphansAndCyclesAreAllReportedAtOnce() {
    List<Organisation> broken = List.of(
        org("a", null, OrgKind.MUNICIPAL_COMMITTEE),
        org("a", null, OrgKind.DISTRICT),
        org("orphan", "missing", OrgKind.BRANCH),
        org("c1", "c2", OrgKind.BRANCH),
        org("c2", "c1", OrgKind.BRANCH),
        org("below-cycle", "c1", OrgKind.BRANCH));
    assertThatThrownBy(() -> OrgTree.of(broken))
        .isInstanceOfSatisfying(InvalidTreeException.class, e -> {
          assertThat(e.defects()).extracting(TreeDefect::kind, d -> d.orgId().value()).containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(TreeDefect.Kind.DUPLICATE_ID, "a"),
              org.assertj.core.groups.Tuple.tuple(TreeDefect.Kind.ORPHAN, "orphan"),
              org.assertj.core.groups.Tuple.tuple(TreeDefect.Kind.CYCLE, "c1"),
              org.assertj.core.groups.Tuple.tuple(TreeDefect.Kind.CYCLE, "c2"),
              org.assertj.core.groups.Tuple.tuple(TreeDefect.Kind.CYCLE, "below-cycle"));
          assertThat(e.getMessage()).contains("5 defects").contains("missing");
        });
    assertThat(OrgTree.validate(broken).isInvalid()).isTrue();
  }

  @Test
  void aTreeOfOneHundredThousandUnitsAgreesWithANaiveRecomputation() {
    int n = 100_000;
    int[] parents = Trees.randomParents(n, 42, 5_000);
    OrgTree tree = OrgTree.of(Trees.organisations(parents, 7));
    assertThat(tree.size()).isEqualTo(n);
    assertAgreesWithNaive(tree, parents, 200);
  }

  @Test
  void aChainOfOneHundredThousandUnitsIsIndexedWithoutRecursion() {
    int n = 100_000;
    int[] parents = new int[n];
    for (int v = 0; v < n; v++) {
      parents[v] = v - 1;
    }
    OrgTree tree = OrgTree.of(Trees.organisations(parents, 3));
    OrgId deepest = OrgId.of("u" + (n - 1));
    assertThat(tree.depth(deepest)).isEqualTo(n - 1);
    assertThat(tree.ancestors(deepest)).hasSize(n - 1);
    assertThat(tree.subtree(OrgId.of("u0"))).hasSize(n);
    assertThat(tree.subtree(OrgId.of("u0")).get(n - 1).id()).isEqualTo(deepest);
  }

  @Test
  void identifiersWithEqualHashCodesAreEachFoundAndAnAbsentOneIsNot() {
    // "Aa" and "BB" have the same String hash code, and so do all their concatenations
    List<Organisation> orgs = new ArrayList<>();
    orgs.add(org("AaAa", null, OrgKind.BRANCH));
    orgs.add(org("AaBB", "AaAa", OrgKind.BRANCH));
    orgs.add(org("BBAa", "AaAa", OrgKind.BRANCH));
    OrgTree tree = OrgTree.of(orgs);
    assertThat(OrgId.of("AaBB").hashCode()).isEqualTo(OrgId.of("BBBB").hashCode());
    assertThat(tree.indexOf(OrgId.of("AaAa"))).isZero();
    assertThat(tree.indexOf(OrgId.of("AaBB"))).isEqualTo(1);
    assertThat(tree.indexOf(OrgId.of("BBAa"))).isEqualTo(2);
    assertThat(tree.indexOf(OrgId.of("BBBB"))).isEqualTo(-1);
    assertThat(tree.contains(OrgId.of("BBBB"))).isFalse();
  }

  @Test
  void everyRandomTreeAgreesWithANaiveRecomputation() {
    qt().withExamples(300).forAll(integers().between(1, 400), longs().all(), integers().between(1, 50))
        .checkAssert((n, seed, rootEvery) -> {
          int[] parents = Trees.randomParents(n, seed, rootEvery);
          OrgTree tree = OrgTree.of(Trees.organisations(parents, seed));
          assertAgreesWithNaive(tree, parents, n);
        });
  }

  /** Checks parent, depth, ancestors, subtree and isInSubtree of {@code samples} units against the parent array. */
  private static void assertAgreesWithNaive(OrgTree tree, int[] parents, int samples) {
    int n = parents.length;
    Map<Integer, List<Integer>> children = new HashMap<>();
    for (int v = 0; v < n; v++) {
      if (parents[v] >= 0) {
        children.computeIfAbsent(parents[v], k -> new ArrayList<>()).add(v);
      }
    }
    int step = Math.max(1, n / samples);
    for (int v = 0; v < n; v += step) {
      OrgId id = OrgId.of("u" + v);
      List<String> naiveAncestors = new ArrayList<>();
      for (int a = parents[v]; a >= 0; a = parents[a]) {
        naiveAncestors.add("u" + a);
      }
      assertThat(tree.ancestors(id)).extracting(o -> o.id().value()).containsExactlyElementsOf(naiveAncestors);
      assertThat(tree.depth(id)).isEqualTo(naiveAncestors.size());
      Set<String> naiveSubtree = new HashSet<>();
      List<Integer> todo = new ArrayList<>(List.of(v));
      while (!todo.isEmpty()) {
        int u = todo.remove(todo.size() - 1);
        naiveSubtree.add("u" + u);
        todo.addAll(children.getOrDefault(u, List.of()));
      }
      List<Organisation> subtree = tree.subtree(id);
      Set<String> indexed = new HashSet<>();
      subtree.forEach(o -> indexed.add(o.id().value()));
      assertThat(subtree).hasSameSizeAs(naiveSubtree);
      assertThat(indexed).isEqualTo(naiveSubtree);
      assertThat(subtree.get(0).id()).isEqualTo(id);
      assertThat(tree.children(id)).hasSize(children.getOrDefault(v, List.of()).size());
      int other = (v * 31 + 17) % n;
      assertThat(tree.isInSubtree(id, OrgId.of("u" + other))).isEqualTo(naiveSubtree.contains("u" + other));
    }
  }
}
