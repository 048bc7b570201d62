package io.github.chuxin.report.hotline;

import io.github.chuxin.org.OrgId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The default monthly ranking policy 默認排名規則 (默认排名规则), with adjustable thresholds.
 *
 * <p><b>Score.</b> A unit's composite score, 0 to 100, is the weighted mean of its response
 * (weight 0.1), resolution (0.4) and satisfaction (0.5) rates, times 100; a rate that is empty
 * (nothing rated, say) is left out and the remaining weights are renormalised. Units that
 * received no request in the month are not ranked. Ranks are competition ranks (1, 2, 2, 4);
 * ties are ordered by unit identifier.
 *
 * <p><b>Categories</b> (a unit may fall in several, or none), with k = ⌈share × units⌉ and the
 * standard share 10%:
 * <ul>
 *   <li>ADVANCED 先進類: rank ≤ k and score ≥ 90;</li>
 *   <li>NEEDS_RECTIFICATION 整改類: among the bottom k by score (rank &gt; units − k counted
 *       from the best) and not advanced;</li>
 *   <li>MOST_IMPROVED 進步類: ranked the month before, gain &gt; 0, and among the k largest
 *       gains (ties at the boundary included);</li>
 *   <li>TARGETED 治理類: resolution rate below 60%, or at least 5 repeat complaints.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class DefaultRankingPolicy implements RankingPolicy {

  /** Weight of the response rate in the score. */
  public static final double RESPONSE_WEIGHT = 0.1;
  /** Weight of the resolution rate in the score. */
  public static final double RESOLUTION_WEIGHT = 0.4;
  /** Weight of the satisfaction rate in the score. */
  public static final double SATISFACTION_WEIGHT = 0.5;

  private final double share;
  private final double advancedMinScore;
  private final double targetedResolutionBelow;
  private final int targetedRepeatsAtLeast;

  /**
   * Creates a policy with its thresholds.
   *
   * @param share the share of units in the top, bottom and most-improved groups, in (0, 1]
   * @param advancedMinScore the least score of an advanced unit
   * @param targetedResolutionBelow a resolution rate below this targets a unit
   * @param targetedRepeatsAtLeast this many repeat complaints target a unit
   * @throws IllegalArgumentException if the share is outside (0, 1]
   */
  public DefaultRankingPolicy(double share, double advancedMinScore, double targetedResolutionBelow,
      int targetedRepeatsAtLeast) {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be in (0, 1], was " + share);
    }
    this.share = share;
    this.advancedMinScore = advancedMinScore;
    this.targetedResolutionBelow = targetedResolutionBelow;
    this.targetedRepeatsAtLeast = targetedRepeatsAtLeast;
  }

  /**
   * Returns the standard policy: share 10%, advanced from score 90, targeted below 60%
   * resolution or from 5 repeat complaints.
   *
   * @return the policy
   */
  public static DefaultRankingPolicy standard() {
    return new DefaultRankingPolicy(0.10, 90, 0.60, 5);
  }

  /**
   * Returns a unit's composite score.
   *
   * @param rates the unit's figures, not null
   * @return the score in [0, 100], or empty if the unit received nothing
   */
  public static OptionalDouble score(HotlineRates rates) {
    double sum = 0;
    double weights = 0;
    OptionalDouble[] parts = {rates.responseRate(), rates.resolutionRate(), rates.satisfactionRate()};
    double[] w = {RESPONSE_WEIGHT, RESOLUTION_WEIGHT, SATISFACTION_WEIGHT};
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].isPresent()) {
        sum += w[i] * parts[i].getAsDouble();
        weights += w[i];
      }
    }
    return rates.received() == 0 || weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * sum / weights);
  }

  @Override
  public MonthlyRanking rank(YearMonth month, Map<OrgId, HotlineRates> current, Map<OrgId, HotlineRates> previous) {
    record Scored(OrgId unit, double score, HotlineRates rates) {}
    List<Scored> scored = new ArrayList<>();
    current.forEach((unit, rates) -> score(rates).ifPresent(s -> scored.add(new Scored(unit, s, rates))));
    scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.unit().value()));
    int n = scored.size();
    int k = (int) Math.ceil(share * n);
    int[] ranks = new int[n];
    for (int i = 0; i < n; i++) {
      ranks[i] = i > 0 && scored.get(i - 1).score() == scored.get(i).score() ? ranks[i - 1] : i + 1;
    }
    int[] worstFirst = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      worstFirst[i] = i < n - 1 && scored.get(i + 1).score() == scored.get(i).score() ? worstFirst[i + 1] : n - i;
    }
    Map<OrgId, Double> gains = new HashMap<>();
    for (Scored s : scored) {
      HotlineRates before = previous.get(s.unit());
      OptionalDouble old = before == null ? OptionalDouble.empty() : score(before);
      if (old.isPresent()) {
        gains.put(s.unit(), s.score() - old.getAsDouble());
      }
    }
    List<Double> positive = gains.values().stream().filter(g -> g > 0).sorted(Comparator.reverseOrder()).toList();
    double gainCut = positive.isEmpty() ? Double.POSITIVE_INFINITY : positive.get(Math.min(k, positive.size()) - 1);
    List<UnitRanking> units = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Scored s = scored.get(i);
      Set<RankingCategory> categories = EnumSet.noneOf(RankingCategory.class);
      int rank = ranks[i];
      boolean advanced = rank <= k && s.score() >= advancedMinScore;
      if (advanced) {
        categories.add(RankingCategory.ADVANCED);
      }
      if (!advanced && worstFirst[i] <= k) {
        categories.add(RankingCategory.NEEDS_RECTIFICATION);
      }
      Double gain = gains.get(s.unit());
      if (gain != null && gain > 0 && gain >= gainCut) {
        categories.add(RankingCategory.MOST_IMPROVED);
      }
      if (s.rates().resolutionRate().orElse(1.0) < targetedResolutionBelow
          || s.rates().repeats() >= targetedRepeatsAtLeast) {
        categories.add(RankingCategory.TARGETED);
      }
      units.add(new UnitRanking(s.unit(), rank, s.score(),
          gain == null ? OptionalDouble.empty() : OptionalDouble.of(gain), s.rates(), categories));
    }
    return new MonthlyRanking(month, units);
  }
}
