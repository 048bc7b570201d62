package io.github.chuxin.report.ranking;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.TreeIndex;
import io.github.chuxin.report.rollup.Rollup;
import io.github.chuxin.report.rollup.RollupFigures;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Rankings 排名 (排名) of units by a figure of their subtrees: among a unit's children or
 * among any set of units.
 *
 * <p>Ties share a rank and keep the tree's pre-order among themselves, so rankings are
 * deterministic. Ranking k units takes O(k log k) after the roll-up.
 *
 * <pre>{@code
 * List<RankedUnit> districts = Rankings.children(rollup, OrgId.of("bj"), RankMetric.COMPLETION_RATE);
 * }</pre>
 */
public final class Rankings {

  private Rankings() {}

  /**
   * Ranks a unit's children by a metric of their subtrees.
   *
   * @param rollup the roll-up, not null
   * @param parent the parent unit, not null
   * @param metric the metric, not null
   * @return the children, best first
   * @throws java.util.NoSuchElementException if the parent is not in the tree
   */
  public static List<RankedUnit> children(Rollup rollup, OrgId parent, RankMetric metric) {
    TreeIndex shape = rollup.tree().shape();
    int[] children = shape.children(rollup.require(parent));
    List<OrgId> units = new ArrayList<>(children.length);
    for (int child : children) {
      units.add(rollup.tree().organisationAt(child).id());
    }
    return of(rollup, units, metric);
  }

  /**
   * Ranks a set of units by a metric of their subtrees.
   *
   * @param rollup the roll-up, not null
   * @param units the units, each in the tree, not null
   * @param metric the metric, not null
   * @return the units, best first
   * @throws java.util.NoSuchElementException if a unit is not in the tree
   */
  public static List<RankedUnit> of(Rollup rollup, Collection<OrgId> units, RankMetric metric) {
    TreeIndex shape = rollup.tree().shape();
    record Entry(OrgId unit, int position, OptionalDouble value, RollupFigures figures) {}
    List<Entry> entries = new ArrayList<>(units.size());
    for (OrgId unit : units) {
      int node = rollup.require(unit);
      RollupFigures figures = rollup.figuresAt(node);
      entries.add(new Entry(unit, shape.position(node), metric.value(figures), figures));
    }
    Comparator<Entry> byValue = (a, b) -> {
      if (a.value().isEmpty() || b.value().isEmpty()) {
        return Boolean.compare(a.value().isEmpty(), b.value().isEmpty());
      }
      int c = Double.compare(a.value().getAsDouble(), b.value().getAsDouble());
      return metric.higherIsBetter() ? -c : c;
    };
    entries.sort(byValue.thenComparingInt(Entry::position));
    List<RankedUnit> ranked = new ArrayList<>(entries.size());
    int rank = 0;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (i == 0 || byValue.compare(entries.get(i - 1), e) != 0) {
        rank = i + 1;
      }
      ranked.add(new RankedUnit(rank, e.unit(), e.value(), e.figures()));
    }
    return List.copyOf(ranked);
  }
}
