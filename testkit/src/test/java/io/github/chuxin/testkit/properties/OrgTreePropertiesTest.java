package io.github.chuxin.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.chuxin.campaign.BatchPlan;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgTree;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.org.TreeIndex;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.testkit.fixtures.Fixtures;
import io.github.chuxin.testkit.fixtures.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tree index of core agrees with naive recomputations over generated trees. */
class OrgTreePropertiesTest {

  @Test
  void theTreeIndexAgreesWithANaiveWalkOverTheParentArray() {
    qt().withExamples(400).forAll(Fixtures.trees().withUnitsBetween(1, 300).parentArrays()).checkAssert(parents -> {
      TreeIndex index = TreeIndex.fromParents(parents);
      int n = parents.length;
      int[] naiveSize = new int[n];
      for (int v = 0; v < n; v++) {
        assertThat(index.parent(v)).isEqualTo(parents[v]);
        int[] ancestors = index.ancestors(v);
        int depth = 0;
        boolean agrees = index.isInSubtree(v, v);
        for (int a = parents[v]; a != TreeIndex.NO_PARENT; a = parents[a]) {
          agrees &= depth < ancestors.length && ancestors[depth] == a && index.isInSubtree(a, v);
          naiveSize[a]++;
          depth++;
        }
        naiveSize[v]++;
        assertThat(agrees).as("ancestors and subtree membership of node %s", v).isTrue();
        assertThat(index.depth(v)).isEqualTo(depth).isEqualTo(ancestors.length);
      }
      Random random = new Random(n);
      for (int v = 0; v < n; v++) {
        assertThat(index.subtreeSize(v)).as("size of the subtree of %s", v).isEqualTo(naiveSize[v]);
        int w = random.nextInt(n);
        assertThat(index.isInSubtree(v, w)).as("%s under %s", w, v).isEqualTo(isAncestorOrSelf(parents, v, w));
      }
      int probe = random.nextInt(n);
      for (int w : index.subtree(probe)) {
        assertThat(isAncestorOrSelf(parents, probe, w)).isTrue();
      }
    });
  }

  @Test
  void orgTreeAgreesWithANaiveRecomputationWhateverTheInputOrder() {
    qt().withExamples(300).forAll(Fixtures.trees().withUnitsBetween(1, 200).organisations()).checkAssert(orgs -> {
      List<Organisation> shuffled = new ArrayList<>(orgs);
      Collections.shuffle(shuffled, new Random(orgs.size()));
      OrgTree tree = OrgTree.of(shuffled);
      Map<OrgId, OrgId> parentOf = new HashMap<>();
      orgs.forEach(o -> o.parentId().ifPresent(p -> parentOf.put(o.id(), p)));
      Map<OrgId, Integer> subtreeSize = new HashMap<>();
      for (Organisation o : orgs) {
        List<OrgId> naive = new ArrayList<>();
        for (OrgId a = parentOf.get(o.id()); a != null; a = parentOf.get(a)) {
          naive.add(a);
          subtreeSize.merge(a, 1, Integer::sum);
        }
        subtreeSize.merge(o.id(), 1, Integer::sum);
        assertThat(tree.parent(o.id()).map(Organisation::id)).isEqualTo(o.parentId());
        assertThat(tree.ancestors(o.id())).extracting(Organisation::id).containsExactlyElementsOf(naive);
        assertThat(tree.depth(o.id())).isEqualTo(naive.size());
        naive.forEach(a -> assertThat(tree.isInSubtree(a, o.id())).isTrue());
      }
      Random random = new Random(orgs.size() * 31L);
      for (int i = 0; i < 50; i++) {
        OrgId a = orgs.get(random.nextInt(orgs.size())).id();
        OrgId b = orgs.get(random.nextInt(orgs.size())).id();
        boolean naive = a.equals(b);
        for (OrgId x = parentOf.get(b); x != null && !naive; x = parentOf.get(x)) {
          naive = x.equals(a);
        }
        assertThat(tree.isInSubtree(a, b)).as("%s under %s", b, a).isEqualTo(naive);
      }
      for (Organisation o : orgs) {
        assertThat(tree.subtree(o.id())).hasSize(subtreeSize.get(o.id()));
      }
      assertThat(tree.roots()).extracting(Organisation::id).containsExactlyInAnyOrderElementsOf(
          orgs.stream().filter(o -> o.parentId().isEmpty()).map(Organisation::id).toList());
    });
  }

  @Test
  void batchPlanInheritanceAgreesWithTheNearestAssignedAncestor() {
    qt().withExamples(300).forAll(Fixtures.campaigns().withUnitsBetween(3, 150).withProblemsBetween(0, 0))
        .checkAssert(c -> {
          BatchPlan plan = c.batchPlan();
          Map<OrgId, String> assigned = new HashMap<>();
          c.campaign().assignments().forEach(a -> assigned.putIfAbsent(a.unit(), a.batch().value()));
          Map<OrgId, OrgId> parentOf = new HashMap<>();
          c.organisations().forEach(o -> o.parentId().ifPresent(p -> parentOf.put(o.id(), p)));
          for (Organisation o : c.organisations()) {
            String naive = null;
            for (OrgId x = o.id(); x != null && naive == null; x = parentOf.get(x)) {
              naive = assigned.get(x);
            }
            assertThat(plan.batchOf(o.id()).map(b -> b.id().value()).orElse(null))
                .as("batch of %s", o.id()).isEqualTo(naive);
          }
        });
  }

  @Test
  void batchPlanInheritanceAgreesWithANaiveWalkForAssignmentsAnywhere() {
    // reassign batches to random units, some twice, to go beyond the generator's one-per-bureau plan
    qt().withExamples(300).forAll(Fixtures.campaigns().withUnitsBetween(3, 120).withProblemsBetween(0, 0).recipes())
        .checkAssert(recipe -> {
          CampaignSnapshot base = Fixtures.campaign(recipe);
          Random random = new Random(recipe.seed());
          List<Organisation> orgs = base.organisations();
          var batches = base.campaign().batches();
          List<io.github.chuxin.campaign.BatchAssignment> assignments = new ArrayList<>();
          for (int i = random.nextInt(orgs.size() + 1); i > 0; i--) {
            assignments.add(io.github.chuxin.campaign.BatchAssignment.of(orgs.get(random.nextInt(orgs.size())).id(),
                batches.get(random.nextInt(batches.size())).id()));
          }
          var campaign = io.github.chuxin.campaign.ImmutableCampaign.copyOf(base.campaign())
              .withAssignments(assignments);
          BatchPlan plan = BatchPlan.of(campaign, base.tree());
          Map<OrgId, String> first = new HashMap<>();
          assignments.forEach(a -> first.putIfAbsent(a.unit(), a.batch().value()));
          Map<OrgId, OrgId> parentOf = new HashMap<>();
          orgs.forEach(o -> o.parentId().ifPresent(p -> parentOf.put(o.id(), p)));
          for (Organisation o : orgs) {
            String naive = null;
            for (OrgId x = o.id(); x != null && naive == null; x = parentOf.get(x)) {
              naive = first.get(x);
            }
            assertThat(plan.batchOf(o.id()).map(b -> b.id().value()).orElse(null)).isEqualTo(naive);
          }
        });
  }

  @Test
  void aTreeOfAMillionUnitsBuildsWithoutOverflowingTheStack() {
    OrgTree tree = Fixtures.trees(1_000_000, Shape.RANDOM).sample(2019L);
    assertThat(tree.size()).isEqualTo(1_000_000);
    assertThat(tree.shape().subtreeSize(tree.indexOf(OrgId.of("org-0")))).isEqualTo(1_000_000);
    int deepest = 0;
    for (int v = 0; v < tree.size(); v++) {
      deepest = Math.max(deepest, tree.shape().depth(v));
    }
    assertThat(deepest).isGreaterThan(5);
  }

  @Test
  void aChainOfAHundredThousandUnitsBuildsWithoutOverflowingTheStack() {
    CampaignSnapshot chain = Fixtures.campaigns().withUnits(100_000).shape(Shape.DEEP_CHAIN).sample(1949L);
    OrgTree tree = chain.tree();
    OrgId last = OrgId.of("org-99999");
    assertThat(tree.depth(last)).isEqualTo(99_999);
    assertThat(tree.ancestors(last)).hasSize(99_999);
    assertThat(chain.batchPlan().batchOf(last)).isPresent();
  }

  private static boolean isAncestorOrSelf(int[] parents, int a, int v) {
    for (int x = v; x != TreeIndex.NO_PARENT; x = parents[x]) {
      if (x == a) {
        return true;
      }
    }
    return false;
  }
}
