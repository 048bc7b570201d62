package io.github.chuxin.report.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.report.Campaigns;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.snapshot.ImmutableCampaignSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The roll-up against a naive recomputation on random campaigns, and its updates against a rebuild. */
class RollupPropertiesTest {

  @Test
  void everySubtreesFiguresEqualANaiveRecomputation() {
    qt().withExamples(150).forAll(integers().between(1, 40), longs().all(), integers().between(0, 10))
        .checkAssert((n, seed, horizon) -> {
          CampaignSnapshot snapshot = Campaigns.random(n, seed);
          LocalDate asOf = Campaigns.AS_OF.plusDays(seed % 7);
          Rollup rollup = Rollup.of(snapshot, asOf, horizon);
          for (int v = 0; v < snapshot.tree().size(); v++) {
            assertThat(rollup.figuresAt(v)).as("node %d", v).isEqualTo(NaiveRollup.figures(snapshot, asOf, horizon, v));
          }
        });
  }

  @Test
  void oneIndexRollsUpSeveralDatesEachEqualToANaiveRecomputation() {
    qt().withExamples(80).forAll(integers().between(1, 40), longs().all(), integers().between(0, 10))
        .checkAssert((n, seed, horizon) -> {
          CampaignSnapshot snapshot = Campaigns.random(n, seed);
          RollupIndex index = RollupIndex.of(snapshot);
          for (int shift = -20; shift <= 20; shift += 8) {
            LocalDate asOf = Campaigns.AS_OF.plusDays(shift);
            Rollup rollup = index.asOf(asOf, horizon);
            for (int v = 0; v < snapshot.tree().size(); v++) {
              assertThat(rollup.figuresAt(v)).as("node %d on %s", v, asOf)
                  .isEqualTo(NaiveRollup.figures(snapshot, asOf, horizon, v));
            }
          }
        });
  }

  @Test
  void updatingOneRollupOfAnIndexLeavesTheIndexAndItsOtherRollupsUnchanged() {
    qt().withExamples(80).forAll(integers().between(1, 30), longs().all()).checkAssert((n, seed) -> {
      CampaignSnapshot snapshot = Campaigns.random(n, seed);
      RollupIndex index = RollupIndex.of(snapshot);
      Rollup sibling = index.asOf(Campaigns.AS_OF, 5);
      Rollup changed = index.asOf(Campaigns.AS_OF, 5);
      Random random = new Random(seed);
      for (int c = 0; c < 5; c++) {
        changed.update(Campaigns.randomItem(random, "new" + c, n, snapshot.problems().size()));
      }
      for (RectificationItem item : snapshot.rectifications()) {
        changed.remove(item.id());
      }
      Rollup later = index.asOf(Campaigns.AS_OF, 5);
      for (int v = 0; v < snapshot.tree().size(); v++) {
        RollupFigures naive = NaiveRollup.figures(snapshot, Campaigns.AS_OF, 5, v);
        assertThat(sibling.figuresAt(v)).as("node %d", v).isEqualTo(naive);
        assertThat(later.figuresAt(v)).as("node %d", v).isEqualTo(naive);
      }
    });
  }

  @Test
  void ownFiguresOfEveryUnitSumToTheTotal() {
    qt().withExamples(100).forAll(integers().between(1, 40), longs().all()).checkAssert((n, seed) -> {
      Rollup rollup = Rollup.of(Campaigns.random(n, seed), Campaigns.AS_OF, 7);
      RollupFigures sum = RollupFigures.zero();
      for (int v = 0; v < rollup.tree().size(); v++) {
        sum = sum.plus(rollup.ownFiguresAt(v));
      }
      assertThat(sum).isEqualTo(rollup.total());
    });
  }

  @Test
  void anUpdatedRollupEqualsOneRebuiltFromTheChangedItems() {
    qt().withExamples(150).forAll(integers().between(1, 30), longs().all(), integers().between(1, 20))
        .checkAssert((n, seed, changes) -> {
          CampaignSnapshot snapshot = Campaigns.random(n, seed);
          Rollup rollup = Rollup.of(snapshot, Campaigns.AS_OF, 5);
          List<RectificationItem> items = new ArrayList<>(snapshot.rectifications());
          Random random = new Random(seed ^ 0x5DEECE66DL);
          for (int c = 0; c < changes; c++) {
            int action = random.nextInt(4);
            if (action == 0 && !items.isEmpty()) {
              RectificationItem removed = items.remove(random.nextInt(items.size()));
              assertThat(rollup.remove(removed.id())).isTrue();
            } else if (action == 1 || items.isEmpty()) {
              RectificationItem added = Campaigns.randomItem(random, "new" + c, n, snapshot.problems().size());
              items.add(added);
              rollup.update(added);
            } else {
              int k = random.nextInt(items.size());
              RectificationId id = items.get(k).id();
              RectificationItem changed = RectificationItem.builder()
                  .from(Campaigns.randomItem(random, id.value(), n, snapshot.problems().size())).build();
              items.set(k, changed);
              rollup.update(changed);
            }
          }
          CampaignSnapshot after = ImmutableCampaignSnapshot.builder().from(snapshot).rectifications(items).build();
          Rollup rebuilt = Rollup.of(after, Campaigns.AS_OF, 5);
          for (int v = 0; v < snapshot.tree().size(); v++) {
            assertThat(rollup.figuresAt(v)).as("node %d", v).isEqualTo(rebuilt.figuresAt(v));
          }
          assertThat(rollup.unplacedItems()).isEqualTo(rebuilt.unplacedItems());
        });
  }

  @Test
  void aLongChainRollsUpWithoutRecursion() {
    int n = 200_000;
    List<io.github.chuxin.org.Organisation> chain = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      chain.add(Campaigns.org(io.github.chuxin.org.OrgId.of("c" + v), v == 0 ? null : io.github.chuxin.org.OrgId.of("c" + (v - 1)),
          io.github.chuxin.org.OrgKind.BRANCH, "支部" + v, 1, 0));
    }
    CampaignSnapshot snapshot = CampaignSnapshot.builder().campaign(Campaigns.campaign()).organisations(chain)
        .addRectifications(Campaigns.item("deep", io.github.chuxin.org.OrgId.of("c" + (n - 1)),
            io.github.chuxin.rectification.RectificationKind.IMMEDIATE,
            io.github.chuxin.rectification.RectificationStatus.COMPLETED).build())
        .build();
    Rollup rollup = Rollup.of(snapshot, Campaigns.AS_OF, 7);
    assertThat(rollup.figures(io.github.chuxin.org.OrgId.of("c0")).members()).isEqualTo(n);
    assertThat(rollup.figures(io.github.chuxin.org.OrgId.of("c0")).done()).isEqualTo(1);
  }
}
