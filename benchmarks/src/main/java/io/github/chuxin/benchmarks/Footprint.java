package io.github.chuxin.benchmarks;

import io.github.chuxin.org.OrgTree;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.rectification.RectificationItem;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Measures the heap that holds the national tree (4,600,000 organisations, indexed) and
 * 5,000,000 rectification items, beside a flat-array baseline holding the same figures (parent,
 * kind, members per unit; unit, status, kind, created and deadline per item), in the same run.
 *
 * <p>Retained heap is read after repeated full collections, so it counts what stays reachable,
 * not what was allocated on the way. Run it with
 * {@code java -Xmx12g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar io.github.chuxin.benchmarks.Footprint}.
 */
public final class Footprint {

  private Footprint() {}

  /**
   * Prints the figures.
   *
   * @param args optionally the number of units and of items
   */
  public static void main(String[] args) {
    int units = args.length > 0 ? Integer.parseInt(args[0]) : Shapes.NATIONAL;
    int itemCount = args.length > 1 ? Integer.parseInt(args[1]) : National.ITEMS;
    int[] parents = Shapes.layered(units, 2019);

    long start = retained();
    int[][] flatUnits = {parents.clone(), new int[units], new int[units]};
    for (int v = 0; v < units; v++) {
      flatUnits[1][v] = v == 0 ? 0 : 1;
      flatUnits[2][v] = 3 + v % 48;
    }
    long afterFlatUnits = retained();
    int[][] flatItems = new int[5][itemCount];
    for (int i = 0; i < itemCount; i++) {
      flatItems[0][i] = i % units;
      flatItems[1][i] = i % 5;
      flatItems[2][i] = 1;
      flatItems[3][i] = 18_000 + i % 60;
      flatItems[4][i] = 18_100 + i % 90;
    }
    long afterFlatItems = retained();

    List<Organisation> orgs = National.organisations(parents);
    OrgTree tree = OrgTree.of(orgs);
    orgs = null;
    long afterTree = retained();
    List<RectificationItem> items = National.items(tree.organisations(), itemCount, 7);
    long afterItems = retained();

    double flatUnit = (double) (afterFlatUnits - start) / units;
    double flatItem = (double) (afterFlatItems - afterFlatUnits) / itemCount;
    double treeUnit = (double) (afterTree - afterFlatItems) / units;
    double itemBytes = (double) (afterItems - afterTree) / itemCount;
    double totalGiB = (afterItems - afterFlatItems) / (1024.0 * 1024 * 1024);
    System.out.printf(Locale.ROOT, "| what | library bytes | flat-array baseline bytes | ratio |%n|---|---:|---:|---:|%n");
    System.out.printf(Locale.ROOT, "| per organisation (indexed tree) | %.0f | %.0f | %.1f |%n", treeUnit, flatUnit, treeUnit / flatUnit);
    System.out.printf(Locale.ROOT, "| per rectification item | %.0f | %.0f | %.1f |%n", itemBytes, flatItem, itemBytes / flatItem);
    System.out.printf(Locale.ROOT, "%n%,d organisations and %,d items hold %.2f GiB of heap (target: under 4 GiB)%n",
        units, itemCount, totalGiB);
    // keep everything reachable until the last reading
    if (tree.size() + items.size() + flatUnits.length + flatItems.length == 0) {
      System.out.println();
    }
  }

  private static long retained() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
