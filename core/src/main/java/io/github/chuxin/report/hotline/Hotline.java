package io.github.chuxin.report.hotline;

import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Citizen-request figures 接訴即辦統計 (接诉即办统计): rates per unit over a period, the daily,
 * weekly and monthly reports, and the monthly ranking of the subdistricts and townships.
 *
 * <p>A request belongs to a period when the day it was received, in the campaign's zone, lies
 * in the period's window (inclusive). It counts as responded to, or resolved, when that happened
 * on or before the window's last day in the zone; later responses do not count for the period.
 * Nothing here reads the system clock: a report takes its day, or a {@link Clock}.
 *
 * <pre>{@code
 * HotlineReport yesterday = Hotline.latestReport(ReportPeriod.DAILY, requests, clock, campaign.zone());
 * MonthlyRanking july = Hotline.monthlyRanking(requests, Hotline.subdistrictsAndTownships(snapshot.organisations()),
 *     YearMonth.of(2019, 7), campaign.zone(), RankingPolicy.defaults());
 * }</pre>
 */
public final class Hotline {

  /** The kinds of unit the monthly ranking ranks: the subdistricts and townships 街鄉鎮 (街乡镇). */
  private static final Set<OrgKind> RANKED_KINDS = EnumSet.of(OrgKind.SUBDISTRICT, OrgKind.TOWNSHIP);

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
    return DateWindow.monthOf(month.atDay(1));
  }

  /**
   * Returns the daily, weekly or monthly report of the period that holds a day: what each unit
   * was dispatched, responded to, resolved and had rated satisfied.
   *
   * @param period daily, weekly or monthly, not null
   * @param requests the requests, not null
   * @param day a day of the period, in the zone, not null
   * @param zone the campaign's zone, not null
   * @return the report, its units by identifier
   */
  public static HotlineReport report(ReportPeriod period, Collection<CitizenRequest> requests, LocalDate day,
      ZoneId zone) {
    return report(period, period.windowOf(day), requests, zone);
  }

  /**
   * Returns the report issued on the clock's day: of yesterday, of last week (Monday to Sunday) or
   * of last month, today being read from the clock in the campaign's zone.
   *
   * @param period daily, weekly or monthly, not null
   * @param requests the requests, not null
   * @param clock the clock, not null
   * @param zone the campaign's zone, not null
   * @return the report of the last whole period before today
   */
  public static HotlineReport latestReport(ReportPeriod period, Collection<CitizenRequest> requests, Clock clock,
      ZoneId zone) {
    return report(period, period.lastBefore(LocalDate.ofInstant(clock.instant(), zone)), requests, zone);
  }

  private static HotlineReport report(ReportPeriod period, DateWindow window, Collection<CitizenRequest> requests,
      ZoneId zone) {
    return new HotlineReport(period, window, rates(requests, window, zone).values().stream()
        .sorted(Comparator.comparing(r -> r.unit().value())).toList());
  }

  /**
   * Returns the units a monthly ranking ranks among some organisations: the subdistricts and
   * townships 街鄉鎮 (街乡镇), of kind {@link OrgKind#SUBDISTRICT} or {@link OrgKind#TOWNSHIP}.
   *
   * @param organisations the organisations, not null
   * @return their identifiers, in the order given
   */
  public static Set<OrgId> subdistrictsAndTownships(Collection<Organisation> organisations) {
    Set<OrgId> units = new LinkedHashSet<>();
    for (Organisation o : organisations) {
      if (RANKED_KINDS.contains(o.kind())) {
        units.add(o.id());
      }
    }
    return units;
  }

  /**
   * Ranks, by a policy, the subdistricts and townships 街鄉鎮 (街乡镇) of a month against the month
   * before: the units that requests dispatched at level {@link DispatchLevel#TOWNSHIP} reached.
   * Requests dispatched to city or district bodies are not ranked.
   *
   * @param requests the requests of both months (others are ignored), not null
   * @param month the month, not null
   * @param zone the campaign's zone, not null
   * @param policy the ranking policy, not null
   * @return the ranking
   */
  public static MonthlyRanking monthlyRanking(Collection<CitizenRequest> requests, YearMonth month, ZoneId zone,
      RankingPolicy policy) {
    Set<OrgId> townships = new LinkedHashSet<>();
    for (CitizenRequest request : requests) {
      if (request.level() == DispatchLevel.TOWNSHIP) {
        townships.add(request.unit());
      }
    }
    return monthlyRanking(requests, townships, month, zone, policy);
  }

  /**
   * Ranks, by a policy, some units of a month against the month before: the units the source
   * ranks are the subdistricts and townships, {@link #subdistrictsAndTownships(Collection)}.
   * Requests to other units are left out of both months' figures.
   *
   * @param requests the requests of both months (others are ignored), not null
   * @param units the units to rank, not null
   * @param month the month, not null
   * @param zone the campaign's zone, not null
   * @param policy the ranking policy, not null
   * @return the ranking
   */
  public static MonthlyRanking monthlyRanking(Collection<CitizenRequest> requests, Set<OrgId> units,
      YearMonth month, ZoneId zone, RankingPolicy policy) {
    Objects.requireNonNull(units, "units");
    return policy.rank(month, only(units, rates(requests, window(month), zone)),
        only(units, rates(requests, window(month.minusMonths(1)), zone)));
  }

  private static Map<OrgId, HotlineRates> only(Set<OrgId> units, Map<OrgId, HotlineRates> rates) {
    Map<OrgId, HotlineRates> kept = new HashMap<>(rates);
    kept.keySet().retainAll(units);
    return Map.copyOf(kept);
  }
}
