package io.github.chuxin.report.hotline;

import io.github.chuxin.org.OrgId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A unit's place in the monthly citizen-request ranking 月度排名 (月度排名).
 *
 * <p>Immutable.
 *
 * @param unit the unit
 * @param rank its competition rank by score, from 1 (ties share a rank)
 * @param score its composite score, 0 to 100
 * @param gain its score minus the previous month's, empty if it was not ranked then
 * @param rates its figures this month
 * @param categories the categories it falls in, possibly none or several
 */
public record UnitRanking(OrgId unit, int rank, double score, OptionalDouble gain, HotlineRates rates,
    Set<RankingCategory> categories) {

  /**
   * Copies the set.
   *
   * @param unit the unit
   * @param rank its competition rank by score, from 1 (ties share a rank)
   * @param score its composite score, 0 to 100
   * @param gain its score minus the previous month's, empty if it was not ranked then
   * @param rates its figures this month
   * @param categories the categories it falls in, possibly none or several
   */
  public UnitRanking {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(gain, "gain");
    Objects.requireNonNull(rates, "rates");
    categories = categories.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(categories));
  }

  /**
   * Tells whether the unit falls in a category.
   *
   * @param category the category, not null
   * @return whether it does
   */
  public boolean in(RankingCategory category) {
    return categories.contains(category);
  }
}
