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
import org.immutables.value.Value;

/**
 * The default monthly ranking policy 默認排名規則 (默认排名规则) of the units 12345 requests are
 * dispatched to, with its parameters as data.
 *
 * <p><b>What the source states.</b> Beijing reviewed the units each month at the district
 * secretaries' meeting 區委書記點評會 (区委书记点评会) and named four categories, 先進類、整改類、進步類、治理類
 * (seed ¶8: 「每月召開區委書記點評會，通報先進類、整改類、進步類、治理類排名情況」). The units ranked are
 * the subdistricts and townships 街鄉鎮 (街乡镇), which {@link Hotline#monthlyRanking} chooses before the
 * policy sees them; the 治理類 are the units where citizens' requests are most concentrated, and
 * Beijing named the ten with the most requests each month. So:
 * <ul>
 *   <li>TARGETED 治理類: the {@link #targetedCount()} units (10 by default) that received the most
 *       requests in the month; a unit tied with the last of them is named too, so a tie may name
 *       more.</li>
 * </ul>
 *
 * <p><b>Policy</b> (the source gives no criterion for the other three categories; these defaults
 * are this library's, change them to match a deployment). A unit's composite score, 0 to 100, is
 * the weighted mean of its response 響應率, resolution 解決率 and satisfaction 滿意率 rates times 100,
 * with the weights {@link #responseWeight()} 0.1, {@link #resolutionWeight()} 0.4 and
 * {@link #satisfactionWeight()} 0.5 by default; a rate that is empty (nothing rated, say) is left
 * out and the remaining weights are renormalised. Ranks are competition ranks by score (1, 2, 2,
 * 4); ties are ordered by unit identifier. With k = ⌈{@link #share()} × units⌉ (share 10% by
 * default):
 * <ul>
 *   <li>ADVANCED 先進類: rank ≤ k and score ≥ {@link #advancedMinScore()} (90 by default);</li>
 *   <li>NEEDS_RECTIFICATION 整改類: among the bottom k by score and not advanced;</li>
 *   <li>MOST_IMPROVED 進步類: ranked the month before, a positive gain in score, and among the k
 *       largest gains (ties at the boundary included).</li>
 * </ul>
 * Units that received no request in the month are not ranked. A unit may fall in several
 * categories, or none.
 *
 * <pre>{@code
 * RankingPolicy fifteenTargeted = DefaultRankingPolicy.standard().withTargetedCount(15);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DefaultRankingPolicy implements RankingPolicy {

  /** Only the generated {@code ImmutableDefaultRankingPolicy}, in this package, extends this class. */
  DefaultRankingPolicy() {}

  /** The default weight of the response rate in the score (policy). */
  public static final double RESPONSE_WEIGHT = 0.1;
  /** The default weight of the resolution rate in the score (policy). */
  public static final double RESOLUTION_WEIGHT = 0.4;
  /** The default weight of the satisfaction rate in the score (policy). */
  public static final double SATISFACTION_WEIGHT = 0.5;
  /** How many units the policy names 治理類 by default: the ten Beijing named each month. */
  public static final int TARGETED_COUNT = 10;

  /**
   * Returns a builder whose every parameter starts at its default. Its {@code build()}, like every
   * {@code with…} copy, throws an {@link IllegalStateException} if the share is outside (0, 1], a
   * weight is negative or all are zero, or the targeted count is negative.
   *
   * @return the builder
   */
  public static ImmutableDefaultRankingPolicy.Builder builder() {
    return ImmutableDefaultRankingPolicy.builder();
  }

  /**
   * Returns the policy with every parameter at its default: the ten units with the most requests
   * targeted; share 10%; advanced from score 90; weights 0.1, 0.4 and 0.5. Change a parameter with
   * its {@code with…} method, such as {@code standard().withTargetedCount(15)}.
   *
   * @return the policy
   */
  public static ImmutableDefaultRankingPolicy standard() {
    return builder().build();
  }

  /**
   * Returns how many units with the most requests are named 治理類 (the source's criterion).
   *
   * @return the count; {@value #TARGETED_COUNT} by default
   */
  @Value.Default
  public int targetedCount() {
    return TARGETED_COUNT;
  }

  /**
   * Returns the share of ranked units in the advanced, needing-rectification and most-improved
   * groups (policy).
   *
   * @return the share in (0, 1]; 0.10 by default
   */
  @Value.Default
  public double share() {
    return 0.10;
  }

  /**
   * Returns the least score of an advanced unit (policy).
   *
   * @return the score; 90 by default
   */
  @Value.Default
  public double advancedMinScore() {
    return 90;
  }

  /**
   * Returns the weight of the response rate in the score (policy).
   *
   * @return the weight; {@value #RESPONSE_WEIGHT} by default
   */
  @Value.Default
  public double responseWeight() {
    return RESPONSE_WEIGHT;
  }

  /**
   * Returns the weight of the resolution rate in the score (policy).
   *
   * @return the weight; {@value #RESOLUTION_WEIGHT} by default
   */
  @Value.Default
  public double resolutionWeight() {
    return RESOLUTION_WEIGHT;
  }

  /**
   * Returns the weight of the satisfaction rate in the score (policy).
   *
   * @return the weight; {@value #SATISFACTION_WEIGHT} by default
   */
  @Value.Default
  public double satisfactionWeight() {
    return SATISFACTION_WEIGHT;
  }

  /** Refuses parameters no ranking can use. */
  @Value.Check
  protected void check() {
    if (!(share() > 0 && share() <= 1)) {
      throw new IllegalStateException("ranking policy: the share must be in (0, 1], was " + share());
    }
    if (targetedCount() < 0) {
      throw new IllegalStateException("ranking policy: the targeted count must not be negative, was " + targetedCount());
    }
    if (!(responseWeight() >= 0 && resolutionWeight() >= 0 && satisfactionWeight() >= 0)
        || responseWeight() + resolutionWeight() + satisfactionWeight() == 0) {
      throw new IllegalStateException("ranking policy: the weights must not be negative and not all zero");
    }
  }

  /**
   * Returns a unit's composite score with the default weights.
   *
   * @param rates the unit's figures, not null
   * @return the score in [0, 100], or empty if the unit received nothing
   */
  public static OptionalDouble score(HotlineRates rates) {
    return standard().scoreOf(rates);
  }

  /**
   * Returns a unit's composite score with this policy's weights.
   *
   * @param rates the unit's figures, not null
   * @return the score in [0, 100], or empty if the unit received nothing or no weighted rate is known
   */
  public OptionalDouble scoreOf(HotlineRates rates) {
    double sum = 0;
    double weights = 0;
    OptionalDouble[] parts = {rates.responseRate(), rates.resolutionRate(), rates.satisfactionRate()};
    double[] w = {responseWeight(), resolutionWeight(), satisfactionWeight()};
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
    current.forEach((unit, rates) -> scoreOf(rates).ifPresent(s -> scored.add(new Scored(unit, s, rates))));
    scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.unit().value()));
    int n = scored.size();
    int k = (int) Math.ceil(share() * n);
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
      OptionalDouble old = before == null ? OptionalDouble.empty() : scoreOf(before);
      if (old.isPresent()) {
        gains.put(s.unit(), s.score() - old.getAsDouble());
      }
    }
    List<Double> positive = gains.values().stream().filter(g -> g > 0).sorted(Comparator.reverseOrder()).toList();
    double gainCut = positive.isEmpty() ? Double.POSITIVE_INFINITY : positive.get(Math.min(k, positive.size()) - 1);
    List<Integer> volumes = scored.stream().map(s -> s.rates().received()).sorted(Comparator.reverseOrder()).toList();
    int volumeCut = targetedCount() == 0 || volumes.isEmpty() ? Integer.MAX_VALUE
        : volumes.get(Math.min(targetedCount(), volumes.size()) - 1);
    List<UnitRanking> units = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Scored s = scored.get(i);
      Set<RankingCategory> categories = EnumSet.noneOf(RankingCategory.class);
      int rank = ranks[i];
      boolean advanced = rank <= k && s.score() >= advancedMinScore();
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
      if (s.rates().received() >= volumeCut) {
        categories.add(RankingCategory.TARGETED);
      }
      units.add(new UnitRanking(s.unit(), rank, s.score(),
          gain == null ? OptionalDouble.empty() : OptionalDouble.of(gain), s.rates(), categories));
    }
    return new MonthlyRanking(month, units);
  }
}
