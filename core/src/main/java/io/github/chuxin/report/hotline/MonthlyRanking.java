package io.github.chuxin.report.hotline;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The monthly citizen-request ranking 月度排名 (月度排名): every unit that received requests,
 * best score first, with its categories.
 *
 * <p>Immutable.
 *
 * @param month the month
 * @param units the units, by rank
 */
public record MonthlyRanking(YearMonth month, List<UnitRanking> units) {

  /**
   * Copies the list.
   *
   * @param month the month
   * @param units the units, by rank
   */
  public MonthlyRanking {
    Objects.requireNonNull(month, "month");
    units = List.copyOf(units);
  }

  /**
   * Returns the units in a category, by rank.
   *
   * @param category the category, not null
   * @return the units
   */
  public List<UnitRanking> in(RankingCategory category) {
    return units.stream().filter(u -> u.in(category)).toList();
  }
}
