package io.github.chuxin.benchmarks;

import java.util.SplittableRandom;

/**
 * Deterministic organisation-tree shapes for benchmarks, as parent arrays.
 */
public final class Shapes {

  /** Beijing's first batch: party organisations plus the 170 units and the committees above them. */
  public static final int BEIJING = 27_600;
  /** National scale: about 4.6 million grassroots party organisations. */
  public static final int NATIONAL = 4_600_000;

  private Shapes() {}

  /**
   * Returns a layered tree of {@code n} nodes: one root, then levels each about ten times wider
   * than the one above (31 provinces, 400 cities, ... ), every node's parent drawn from the level
   * above; node numbers follow the levels, so parents come first.
   *
   * @param n the number of nodes, at least 1
   * @param seed the random seed
   * @return for each node its parent, -1 for the root
   */
  public static int[] layered(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] parents = new int[n];
    parents[0] = -1;
    int levelStart = 0;
    int levelEnd = 1;
    int width = 31;
    int next = 1;
    while (next < n) {
      int end = (int) Math.min(n, (long) next + width);
      for (int v = next; v < end; v++) {
        parents[v] = levelStart + random.nextInt(levelEnd - levelStart);
      }
      levelStart = next;
      levelEnd = end;
      next = end;
      width = (int) Math.min(Integer.MAX_VALUE / 2, width * 12L);
    }
    return parents;
  }

  /**
   * Shuffles the numbering of a tree so that parents no longer come before their children, as in
   * data read from storage in no particular order.
   *
   * @param parents the parent array
   * @param seed the random seed
   * @return a new parent array describing the same tree with shuffled node numbers
   */
  public static int[] shuffled(int[] parents, long seed) {
    int n = parents.length;
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    int[] result = new int[n];
    for (int v = 0; v < n; v++) {
      result[perm[v]] = parents[v] < 0 ? -1 : perm[parents[v]];
    }
    return result;
  }
}
