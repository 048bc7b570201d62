package io.github.chuxin.benchmarks;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.OrgTree;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.org.TreeIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Workload 1: build and index the organisation tree from parent arrays, at Beijing's scale and
 * at national scale, against a plain {@code int[]} parent/child CSR build; and the whole
 * {@link OrgTree} from organisation objects against a {@code HashMap} id lookup plus the same
 * CSR build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TreeBuildBenchmark {

  /** The number of organisations. */
  @Param({"27600", "4600000"})
  public int units;

  private int[] parents;
  private List<Organisation> organisations;

  /** Builds the shapes once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    parents = Shapes.shuffled(Shapes.layered(units, 2019), 7);
    organisations = new ArrayList<>(units);
    for (int v = 0; v < units; v++) {
      var b = Organisation.builder().id(OrgId.of("o" + v)).kind(OrgKind.BRANCH).name("o" + v);
      if (parents[v] >= 0) {
        b.parentId(OrgId.of("o" + parents[v]));
      }
      organisations.add(b.build());
    }
  }

  /**
   * The library: index a parent array (children, pre-order, subtree sizes, depths).
   *
   * @return the index
   */
  @Benchmark
  public TreeIndex indexFromParents() {
    return TreeIndex.fromParents(parents);
  }

  /**
   * The baseline: a compressed child list (CSR) from the same parent array, nothing else.
   *
   * @return the child offsets and the child list
   */
  @Benchmark
  public int[][] baselineIndexFromParents() {
    return csr(parents);
  }

  /**
   * The library: the whole tree from organisation objects, identifiers resolved.
   *
   * @return the tree
   */
  @Benchmark
  public OrgTree treeFromOrganisations() {
    return OrgTree.of(organisations);
  }

  /**
   * The baseline: a {@code HashMap} from identifier to number, parents resolved through it, and
   * the CSR build.
   *
   * @return the child offsets and the child list
   */
  @Benchmark
  public int[][] baselineTreeFromOrganisations() {
    int n = organisations.size();
    Map<OrgId, Integer> index = new HashMap<>(n * 2);
    for (int v = 0; v < n; v++) {
      index.put(organisations.get(v).id(), v);
    }
    int[] resolved = new int[n];
    for (int v = 0; v < n; v++) {
      resolved[v] = organisations.get(v).parentId().map(index::get).orElse(-1);
    }
    return csr(resolved);
  }

  static int[][] csr(int[] parents) {
    int n = parents.length;
    int[] start = new int[n + 1];
    for (int p : parents) {
      if (p >= 0) {
        start[p + 1]++;
      }
    }
    for (int v = 0; v < n; v++) {
      start[v + 1] += start[v];
    }
    int[] fill = new int[n];
    System.arraycopy(start, 0, fill, 0, n);
    int[] children = new int[start[n]];
    for (int v = 0; v < n; v++) {
      int p = parents[v];
      if (p >= 0) {
        children[fill[p]++] = v;
      }
    }
    return new int[][] {start, children};
  }
}
