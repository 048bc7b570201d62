package io.github.chuxin.report.hotline;

import io.github.chuxin.org.OrgId;
import java.time.YearMonth;
import java.util.Map;

/**
 * How the monthly citizen-request ranking is made 排名規則 (排名规则): scores and the four
 * categories. Replaceable: pass your own to {@link Hotline#monthlyRanking}, which has already
 * chosen the units ranked (the subdistricts and townships 街鄉鎮).
 */
@FunctionalInterface
public interface RankingPolicy {

  /**
   * Ranks the units of a month.
   *
   * @param month the month, not null
   * @param current each unit's figures this month, not null
   * @param previous each unit's figures the month before, not null; may lack units
   * @return the ranking
   */
  MonthlyRanking rank(YearMonth month, Map<OrgId, HotlineRates> current, Map<OrgId, HotlineRates> previous);

  /**
   * Returns the default policy, {@link DefaultRankingPolicy#standard()}: the ten units with the most
   * requests are 治理類, as the source states; the other categories follow configurable defaults.
   *
   * @return the default
   */
  static RankingPolicy defaults() {
    return DefaultRankingPolicy.standard();
  }
}
