package io.github.chuxin.report.hotline;

import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.org.OrgId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A daily, weekly or monthly 12345 report 日報、週報、月報 (日报、周报、月报): for each unit that requests
 * were dispatched to in the period, how many it received, responded to, resolved, had rated and had
 * rated satisfied, with the totals and the three rates of the whole.
 *
 * <p>Immutable. Built by {@link Hotline#report} and {@link Hotline#latestReport}.
 *
 * @param period daily, weekly or monthly
 * @param window the period's first to last day, in the campaign's zone
 * @param units each unit's figures, by unit identifier
 */
public record HotlineReport(ReportPeriod period, DateWindow window, List<HotlineRates> units) {

  /**
   * Copies the list.
   *
   * @param period daily, weekly or monthly, not null
   * @param window the period's first to last day, in the campaign's zone, not null
   * @param units each unit's figures, not null
   */
  public HotlineReport {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(window, "window");
    units = List.copyOf(units);
  }

  /**
   * Returns a unit's figures.
   *
   * @param unit the unit, not null
   * @return its figures, or empty if nothing was dispatched to it in the period
   */
  public Optional<HotlineRates> unit(OrgId unit) {
    return units.stream().filter(r -> r.unit().equals(unit)).findFirst();
  }

  /**
   * Returns the requests dispatched 派單 (派单) in the period, to every unit.
   *
   * @return the count
   */
  public long dispatched() {
    return units.stream().mapToLong(HotlineRates::received).sum();
  }

  /**
   * Returns how many of them were responded to by the period's end.
   *
   * @return the count
   */
  public long responded() {
    return units.stream().mapToLong(HotlineRates::responded).sum();
  }

  /**
   * Returns how many of them were resolved by the period's end.
   *
   * @return the count
   */
  public long resolved() {
    return units.stream().mapToLong(HotlineRates::resolved).sum();
  }

  /**
   * Returns how many of them the citizen rated.
   *
   * @return the count
   */
  public long rated() {
    return units.stream().mapToLong(HotlineRates::rated).sum();
  }

  /**
   * Returns how many of the rated the citizen rated satisfied or basically satisfied.
   *
   * @return the count
   */
  public long satisfied() {
    return units.stream().mapToLong(HotlineRates::satisfied).sum();
  }

  /**
   * Returns the response rate 響應率 (响应率) of the whole: responded over dispatched.
   *
   * @return the rate in [0, 1], or empty when nothing was dispatched
   */
  public OptionalDouble responseRate() {
    return rate(responded(), dispatched());
  }

  /**
   * Returns the resolution rate 解決率 (解决率) of the whole: resolved over dispatched.
   *
   * @return the rate in [0, 1], or empty when nothing was dispatched
   */
  public OptionalDouble resolutionRate() {
    return rate(resolved(), dispatched());
  }

  /**
   * Returns the satisfaction rate 滿意率 (满意率) of the whole: satisfied over rated.
   *
   * @return the rate in [0, 1], or empty when nothing was rated
   */
  public OptionalDouble satisfactionRate() {
    return rate(satisfied(), rated());
  }

  private static OptionalDouble rate(long part, long whole) {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
  }
}
