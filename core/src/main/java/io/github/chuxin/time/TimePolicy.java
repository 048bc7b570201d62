package io.github.chuxin.time;

import io.github.chuxin.campaign.Campaign;
import java.time.ZoneId;
import java.util.List;
import org.immutables.value.Value;

/**
 * The time policy 時限政策 (时限政策): the zone in which dates are read, the warning thresholds and
 * the reminder schedule.
 *
 * <p>Immutable. Defaults: zone Asia/Shanghai, yellow when 7 days or fewer remain, red once
 * overdue, due soon within 7 days, reminders 30, 7 and 1 days before the deadline and on the day
 * it falls overdue. Thresholds count days remaining, which is 0 on the deadline itself and -1 on
 * the first overdue day.
 *
 * <pre>{@code
 * TimePolicy policy = TimePolicy.builder().zone(campaign.zone()).yellowAtDaysRemaining(14).build();
 * TimeRules rules = TimeRules.of(policy);
 * }</pre>
 */
@Value.Immutable
public abstract class TimePolicy {

  /** Only the generated {@code ImmutableTimePolicy}, in this package, extends this class. */
  TimePolicy() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableTimePolicy.Builder builder() {
    return ImmutableTimePolicy.builder();
  }

  /**
   * Returns the default policy in the zone Asia/Shanghai.
   *
   * @return the policy
   */
  public static TimePolicy defaults() {
    return builder().build();
  }

  /**
   * Returns the default policy in a campaign's zone.
   *
   * @param campaign the campaign, not null
   * @return the policy
   */
  public static TimePolicy forCampaign(Campaign campaign) {
    return builder().zone(campaign.zone()).build();
  }

  /**
   * Returns the zone in which "today" and every date is read.
   *
   * @return the zone; Asia/Shanghai by default
   */
  @Value.Default
  public ZoneId zone() {
    return Campaign.DEFAULT_ZONE;
  }

  /**
   * Returns the days remaining at or below which an item is yellow.
   *
   * @return the threshold; 7 by default
   */
  @Value.Default
  public int yellowAtDaysRemaining() {
    return 7;
  }

  /**
   * Returns the days remaining at or below which an item is red; -1 (the default) means red only
   * once overdue.
   *
   * @return the threshold, below {@link #yellowAtDaysRemaining()}
   */
  @Value.Default
  public int redAtDaysRemaining() {
    return -1;
  }

  /**
   * Returns the days remaining at or below which an item that is not overdue is due soon.
   *
   * @return the threshold, zero or more; 7 by default
   */
  @Value.Default
  public int dueSoonWithinDays() {
    return 7;
  }

  /**
   * Returns the reminder schedule: how many days before the effective deadline a reminder falls.
   *
   * @return the days, each zero or more; 30, 7 and 1 by default
   */
  @Value.Default
  public List<Integer> reminderDaysBefore() {
    return List.of(30, 7, 1);
  }

  /**
   * Tells whether a reminder falls on the day an item becomes overdue.
   *
   * @return whether; true by default
   */
  @Value.Default
  public boolean remindOnOverdueDay() {
    return true;
  }

  /**
   * Checks the policy when it is built: the red threshold is below the yellow one, and no count of
   * days is negative.
   *
   * @throws IllegalStateException if one is
   */
  @Value.Check
  protected void check() {
    if (redAtDaysRemaining() >= yellowAtDaysRemaining()) {
      throw new IllegalStateException("time policy: the red threshold " + redAtDaysRemaining()
          + " must be below the yellow threshold " + yellowAtDaysRemaining());
    }
    if (dueSoonWithinDays() < 0) {
      throw new IllegalStateException("time policy: due-soon days must not be negative, was " + dueSoonWithinDays());
    }
    for (int days : reminderDaysBefore()) {
      if (days < 0) {
        throw new IllegalStateException("time policy: reminder days must not be negative, was " + days);
      }
    }
  }
}
