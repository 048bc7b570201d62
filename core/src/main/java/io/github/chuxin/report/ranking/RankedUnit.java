package io.github.chuxin.report.ranking;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.report.rollup.RollupFigures;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A unit's place in a ranking 排名 (排名).
 *
 * <p>Immutable. Ranks are competition ranks: equal values share a rank and the next rank skips
 * (1, 2, 2, 4); units without a value come last and share the last rank.
 *
 * @param rank the rank, from 1
 * @param unit the unit
 * @param value the metric's value, empty when undefined
 * @param figures the unit's subtree figures
 */
public record RankedUnit(int rank, OrgId unit, OptionalDouble value, RollupFigures figures) {

  /**
   * Checks the fields.
   *
   * @param rank the rank, from 1
   * @param unit the unit
   * @param value the metric's value, empty when undefined
   * @param figures the unit's subtree figures
   * @throws IllegalArgumentException if the rank is below 1
   */
  public RankedUnit {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(figures, "figures");
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be at least 1, was " + rank);
    }
  }
}
