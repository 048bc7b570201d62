package io.github.chuxin.benchmarks;

import io.github.chuxin.org.OrgTree;
import io.github.chuxin.org.TreeIndex;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.report.rollup.Rollup;
import io.github.chuxin.report.rollup.RollupIndex;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Workload 2: the roll-up of completion and overdue figures over the whole national tree with
 * 5,000,000 rectification items, against one reverse pass over flat arrays, both from the snapshot
 * ({@code rollup}: ids resolved on every call) and from a kept {@link RollupIndex}
 * ({@code rollupFromIndex}: ids resolved once, as the baseline's arrays are); and the incremental
 * update after one item changes, against the same full pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RollupBenchmark {

  /** The number of organisations. */
  @Param({"4600000"})
  public int units;

  /** The number of rectification items. */
  @Param({"5000000"})
  public int items;

  private static final LocalDate AS_OF = LocalDate.of(2019, 8, 1);

  private CampaignSnapshot campaign;
  private int[] parentPosition;
  private int[] itemNode;
  private int[] itemDeadline;
  private boolean[] itemDone;
  private RollupIndex index;
  private Rollup rollup;
  private RectificationItem before;
  private RectificationItem after;
  private boolean flip;

  /** Builds the national campaign and its flat-array twin once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    campaign = National.sharedCampaign(units, items);
    OrgTree tree = campaign.tree();
    TreeIndex shape = tree.shape();
    parentPosition = new int[units];
    for (int v = 0; v < units; v++) {
      int p = shape.parent(v);
      parentPosition[shape.position(v)] = p < 0 ? -1 : shape.position(p);
    }
    List<RectificationItem> list = campaign.rectifications();
    itemNode = new int[items];
    itemDeadline = new int[items];
    itemDone = new boolean[items];
    for (int i = 0; i < items; i++) {
      RectificationItem item = list.get(i);
      itemNode[i] = shape.position(tree.indexOf(item.responsibleUnit()));
      itemDeadline[i] = (int) item.effectiveDeadline().orElseThrow().toEpochDay();
      itemDone[i] = item.status().isDone();
    }
    index = RollupIndex.of(campaign);
    rollup = Rollup.of(campaign, AS_OF, 7);
    before = list.get(items / 2);
    after = RectificationItem.builder().from(before).deadline(Deadline.of(AS_OF.minusDays(1))).build();
  }

  /**
   * The library: every subtree's figures on a date.
   *
   * @return the roll-up
   */
  @Benchmark
  public Rollup rollup() {
    return Rollup.of(campaign, AS_OF, 7);
  }

  /**
   * The baseline: items, done and overdue per unit, then one reverse pass adding each unit's
   * figures to its parent's, over flat arrays in pre-order.
   *
   * @return the figures
   */
  @Benchmark
  public int[][] baselineRollup() {
    return flatPass();
  }

  /**
   * The library: every subtree's figures on a date from a kept {@link RollupIndex}, which resolved
   * each item's unit once, as the baseline's arrays did in setup.
   *
   * @return the roll-up
   */
  @Benchmark
  public Rollup rollupFromIndex() {
    return index.asOf(AS_OF, 7);
  }

  /**
   * The baseline of the roll-up from a kept index: the same flat pass.
   *
   * @return the figures
   */
  @Benchmark
  public int[][] baselineRollupFromIndex() {
    return flatPass();
  }

  /**
   * The library: one item falls overdue (or back), and the roll-up follows along its ancestors.
   *
   * @return the roll-up
   */
  @Benchmark
  public Rollup incrementalUpdate() {
    rollup.update(flip ? before : after);
    flip = !flip;
    return rollup;
  }

  /**
   * The baseline of the incremental update: the same full flat pass.
   *
   * @return the figures
   */
  @Benchmark
  public int[][] baselineIncrementalUpdate() {
    return flatPass();
  }

  private int[][] flatPass() {
    int n = parentPosition.length;
    int[] count = new int[n];
    int[] done = new int[n];
    int[] overdue = new int[n];
    int today = (int) AS_OF.toEpochDay();
    for (int i = 0; i < itemNode.length; i++) {
      int node = itemNode[i];
      count[node]++;
      if (itemDone[i]) {
        done[node]++;
      } else if (itemDeadline[i] < today) {
        overdue[node]++;
      }
    }
    for (int k = n - 1; k > 0; k--) {
      int p = parentPosition[k];
      if (p >= 0) {
        count[p] += count[k];
        done[p] += done[k];
        overdue[p] += overdue[k];
      }
    }
    return new int[][] {count, done, overdue};
  }
}
