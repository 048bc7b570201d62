package io.github.chuxin.report.hotline;

import io.github.chuxin.org.OrgId;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A unit's citizen-request figures over a period 三率 (三率): requests received, responded to,
 * resolved, rated, rated satisfied, and repeats, with the response 響應率, resolution 解決率
 * and satisfaction 滿意率 rates.
 *
 * <p>Immutable. Rates are empty when their denominator is zero.
 *
 * @param unit the unit
 * @param received requests received in the period
 * @param responded of those, responded to by the period's end
 * @param resolved of those, resolved by the period's end
 * @param rated of those, rated by the citizen
 * @param satisfied of the rated, rated satisfied or basically satisfied
 * @param repeats of those received, repeats of earlier complaints
 */
public record HotlineRates(OrgId unit, int received, int responded, int resolved, int rated, int satisfied,
    int repeats) {

  /**
   * Checks the counts.
   *
   * @param unit the unit
   * @param received requests received in the period
   * @param responded of those, responded to by the period's end
   * @param resolved of those, resolved by the period's end
   * @param rated of those, rated by the citizen
   * @param satisfied of the rated, rated satisfied or basically satisfied
   * @param repeats of those received, repeats of earlier complaints
   * @throws IllegalArgumentException if a count is negative or exceeds its whole
   */
  public HotlineRates {
    Objects.requireNonNull(unit, "unit");
    if (received < 0 || responded < 0 || resolved < 0 || rated < 0 || satisfied < 0 || repeats < 0
        || responded > received || resolved > received || rated > received || satisfied > rated
        || repeats > received) {
      throw new IllegalArgumentException("inconsistent hotline counts for " + unit);
    }
  }

  /**
   * Returns responded over received.
   *
   * @return the response rate in [0, 1], or empty when nothing was received
   */
  public OptionalDouble responseRate() {
    return rate(responded, received);
  }

  /**
   * Returns resolved over received.
   *
   * @return the resolution rate in [0, 1], or empty when nothing was received
   */
  public OptionalDouble resolutionRate() {
    return rate(resolved, received);
  }

  /**
   * Returns satisfied over rated.
   *
   * @return the satisfaction rate in [0, 1], or empty when nothing was rated
   */
  public OptionalDouble satisfactionRate() {
    return rate(satisfied, rated);
  }

  private static OptionalDouble rate(int part, int whole) {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
  }
}
