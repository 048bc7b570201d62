package io.github.chuxin.report.hotline;

import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.org.OrgId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Citizen-request figures 接訴即辦統計 (接诉即办统计): rates per unit over a period and the
 * monthly ranking.
 *
 * <p>A request belongs to a period when the day it was received, in the campaign's zone, lies
 * in the period's window (inclusive). It counts as responded to, or resolved, when that happened
 * on or before the window's last day in the zone; later responses do not count for the period.
 *
 * <pre>{@code
 * Map<OrgId, HotlineRates> july = Hotline.rates(requests, DateWindow.ofClosed(
 *     LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 31)), campaign.zone());
 * MonthlyRanking ranking = Hotline.monthlyRanking(requests, YearMonth.of(2019, 7), campaign.zone(),
 *     RankingPolicy.defaults());
 * }</pre>
 */
public final class Hotline {

  private Hotline() {}

  /**
   * Returns each unit's figures over a period; units with no request are absent.
   *
   * @param requests the requests, not null
   * @param window the period, days in the zone, not null
   * @param zone the campaign's zone, not null
   * @return the figures by unit
   */
  public static Map<OrgId, HotlineRates> rates(Collection<CitizenRequest> requests, DateWindow window, ZoneId zone) {
    Map<OrgId, int[]> counts = new HashMap<>();
    for (CitizenRequest request : requests) {
      LocalDate received = LocalDate.ofInstant(request.receivedAt(), zone);
      if (!window.contains(received)) {
        continue;
      }
      int[] c = counts.computeIfAbsent(request.unit(), u -> new int[6]);
      c[0]++;
      if (request.respondedAt().filter(at -> !LocalDate.ofInstant(at, zone).isAfter(window.end())).isPresent()) {
        c[1]++;
      }
      if (request.resolvedAt().filter(at -> !LocalDate.ofInstant(at, zone).isAfter(window.end())).isPresent()) {
        c[2]++;
      }
      if (request.satisfaction().isPresent()) {
        c[3]++;
        if (request.satisfaction().get().isSatisfied()) {
          c[4]++;
        }
      }
      if (request.repeat()) {
        c[5]++;
      }
    }
    Map<OrgId, HotlineRates> rates = new HashMap<>(counts.size() * 4 / 3 + 1);
    counts.forEach((unit, c) -> rates.put(unit, new HotlineRates(unit, c[0], c[1], c[2], c[3], c[4], c[5])));
    return Map.copyOf(rates);
  }

  /**
   * Returns the window of a month.
   *
   * @param month the month, not null
   * @return its first to last day
   */
  public static DateWindow window(YearMonth month) {
    return DateWindow.ofClosed(month.atDay(1), month.atEndOfMonth());
  }

  /**
   * Ranks the units of a month against the month before, by a policy.
   *
   * @param requests the requests of both months (others are ignored), not null
   * @param month the month, not null
   * @param zone the campaign's zone, not null
   * @param policy the ranking policy, not null
   * @return the ranking
   */
  public static MonthlyRanking monthlyRanking(Collection<CitizenRequest> requests, YearMonth month, ZoneId zone,
      RankingPolicy policy) {
    return policy.rank(month, rates(requests, window(month), zone), rates(requests, window(month.minusMonths(1)), zone));
  }
}
