package io.github.chuxin.time;

import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.Milestone;
import io.github.chuxin.rectification.RectificationItem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * The time rules 時限規則 (时限规则) of rectification items under a {@link TimePolicy}: effective
 * deadline, days remaining, overdue, due soon, warning level, late completion, reminders and
 * review dates.
 *
 * <p>Immutable and thread-safe; every method is a pure function of its arguments. Deadlines are
 * inclusive calendar days in the policy's zone: an item due 2019-08-31 is overdue from
 * 2019-09-01 00:00 in that zone. Each method comes in two forms, one taking the day "today" and
 * one taking a {@link Clock}; the second reads today through {@link #today(Clock)} only. An item
 * that is done ({@link io.github.chuxin.rectification.RectificationStatus#isDone()}) is never
 * overdue, due soon or reminded.
 *
 * <pre>{@code
 * TimeRules rules = TimeRules.of(campaign);
 * boolean late = rules.isOverdue(item, clock);
 * WarningLevel level = rules.warningLevel(item, clock);
 * }</pre>
 */
public final class TimeRules {

  private final TimePolicy policy;

  private TimeRules(TimePolicy policy) {
    this.policy = policy;
  }

  /**
   * Returns the rules of a policy.
   *
   * @param policy the policy, not null
   * @return the rules
   */
  public static TimeRules of(TimePolicy policy) {
    return new TimeRules(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Returns the rules of the default policy in a campaign's zone.
   *
   * @param campaign the campaign, not null
   * @return the rules
   */
  public static TimeRules of(Campaign campaign) {
    return of(TimePolicy.forCampaign(campaign));
  }

  /**
   * Returns the rules of the default policy (zone Asia/Shanghai).
   *
   * @return the rules
   */
  public static TimeRules defaults() {
    return of(TimePolicy.defaults());
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public TimePolicy policy() {
    return policy;
  }

  /**
   * Returns the zone in which dates are read.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return policy.zone();
  }

  /**
   * Returns the day it is now in the policy's zone: the only place the rules read a clock.
   *
   * @param clock the clock, not null
   * @return today in the zone, whatever the clock's own zone
   */
  public LocalDate today(Clock clock) {
    return today(clock, policy.zone());
  }

  /**
   * Returns the day it is now in a zone; used wherever the library needs "today".
   *
   * @param clock the clock, not null
   * @param zone the zone, not null
   * @return today in the zone, whatever the clock's own zone
   */
  public static LocalDate today(Clock clock, ZoneId zone) {
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  /**
   * Returns the deadline in force after extensions.
   *
   * @param deadline the deadline, not null
   * @return the last extension's date, or the original
   */
  public static LocalDate effectiveDeadline(Deadline deadline) {
    return deadline.effective();
  }

  /**
   * Returns an item's deadline in force after extensions.
   *
   * @param item the item, not null
   * @return the effective deadline, or empty if the item has none
   */
  public static Optional<LocalDate> effectiveDeadline(RectificationItem item) {
    return item.deadline().map(Deadline::effective);
  }

  /**
   * Returns the days from today to the item's effective deadline: 0 on the deadline, -1 on the
   * first overdue day.
   *
   * @param item the item, not null
   * @param today today in the zone, not null
   * @return the days remaining, or empty if the item has no deadline
   */
  public OptionalLong daysRemaining(RectificationItem item, LocalDate today) {
    Optional<LocalDate> due = effectiveDeadline(item);
    return due.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ChronoUnit.DAYS.between(today, due.get()));
  }

  /**
   * Returns the days from today to the item's effective deadline.
   *
   * @param item the item, not null
   * @param clock the clock, not null
   * @return the days remaining, or empty if the item has no deadline
   * @see #daysRemaining(RectificationItem, LocalDate)
   */
  public OptionalLong daysRemaining(RectificationItem item, Clock clock) {
    return daysRemaining(item, today(clock));
  }

  /**
   * Tells whether an item that is not done has passed its effective deadline.
   *
   * @param item the item, not null
   * @param today today in the zone, not null
   * @return whether today is after the effective deadline and the item is not done
   */
  public boolean isOverdue(RectificationItem item, LocalDate today) {
    OptionalLong days = daysRemaining(item, today);
    return !item.status().isDone() && days.isPresent() && days.getAsLong() < 0;
  }

  /**
   * Tells whether an item that is not done has passed its effective deadline.
   *
   * @param item the item, not null
   * @param clock the clock, not null
   * @return whether the item is overdue
   */
  public boolean isOverdue(RectificationItem item, Clock clock) {
    return isOverdue(item, today(clock));
  }

  /**
   * Tells whether an item that is not done nor overdue has at most
   * {@link TimePolicy#dueSoonWithinDays()} days remaining.
   *
   * @param item the item, not null
   * @param today today in the zone, not null
   * @return whether the item is due soon
   */
  public boolean isDueSoon(RectificationItem item, LocalDate today) {
    OptionalLong days = daysRemaining(item, today);
    return !item.status().isDone() && days.isPresent() && days.getAsLong() >= 0
        && days.getAsLong() <= policy.dueSoonWithinDays();
  }

  /**
   * Tells whether an item is due soon.
   *
   * @param item the item, not null
   * @param clock the clock, not null
   * @return whether the item is due soon
   * @see #isDueSoon(RectificationItem, LocalDate)
   */
  public boolean isDueSoon(RectificationItem item, Clock clock) {
    return isDueSoon(item, today(clock));
  }

  /**
   * Returns an item's warning level under the policy's thresholds.
   *
   * @param item the item, not null
   * @param today today in the zone, not null
   * @return {@link WarningLevel#NONE} for an item that is done or has no deadline; otherwise red,
   *     yellow or green by days remaining
   */
  public WarningLevel warningLevel(RectificationItem item, LocalDate today) {
    OptionalLong days = daysRemaining(item, today);
    if (item.status().isDone() || days.isEmpty()) {
      return WarningLevel.NONE;
    }
    long remaining = days.getAsLong();
    if (remaining <= policy.redAtDaysRemaining()) {
      return WarningLevel.RED;
    }
    return remaining <= policy.yellowAtDaysRemaining() ? WarningLevel.YELLOW : WarningLevel.GREEN;
  }

  /**
   * Returns an item's warning level.
   *
   * @param item the item, not null
   * @param clock the clock, not null
   * @return the level
   * @see #warningLevel(RectificationItem, LocalDate)
   */
  public WarningLevel warningLevel(RectificationItem item, Clock clock) {
    return warningLevel(item, today(clock));
  }

  /**
   * Tells whether an item was completed after its effective deadline.
   *
   * @param item the item, not null
   * @return whether the completion day is after the effective deadline; false if not completed or
   *     without a deadline
   */
  public static boolean isCompletedLate(RectificationItem item) {
    Optional<LocalDate> due = effectiveDeadline(item);
    return item.completedOn().isPresent() && due.isPresent() && item.completedOn().get().isAfter(due.get());
  }

  /**
   * Returns every reminder of an item's effective deadline under the policy's schedule, in date
   * order: one per scheduled day before the deadline, falling on or after the day the item was
   * created, and one on the day it falls overdue.
   *
   * @param item the item, not null
   * @return the reminders; empty for an item that is done or has no deadline
   */
  public List<Reminder> reminders(RectificationItem item) {
    Optional<LocalDate> due = effectiveDeadline(item);
    if (due.isEmpty() || item.status().isDone()) {
      return List.of();
    }
    TreeSet<Integer> days = new TreeSet<>(java.util.Comparator.reverseOrder());
    days.addAll(policy.reminderDaysBefore());
    List<Reminder> reminders = new ArrayList<>(days.size() + 1);
    for (int before : days) {
      LocalDate date = due.get().minusDays(before);
      if (!date.isBefore(item.createdOn())) {
        reminders.add(new Reminder(date, before));
      }
    }
    if (policy.remindOnOverdueDay()) {
      reminders.add(new Reminder(due.get().plusDays(1), -1));
    }
    return List.copyOf(reminders);
  }

  /**
   * Returns the reminders of an item that fall on a day.
   *
   * @param item the item, not null
   * @param today today in the zone, not null
   * @return the reminders due today, usually none or one
   */
  public List<Reminder> remindersDue(RectificationItem item, LocalDate today) {
    return reminders(item).stream().filter(r -> r.date().equals(today)).toList();
  }

  /**
   * Returns the reminders of an item that fall today.
   *
   * @param item the item, not null
   * @param clock the clock, not null
   * @return the reminders due today
   */
  public List<Reminder> remindersDue(RectificationItem item, Clock clock) {
    return remindersDue(item, today(clock));
  }

  /**
   * Returns the review dates of an item (the days its milestones are due), in date order without
   * repeats.
   *
   * @param item the item, usually long-term, not null
   * @return the review dates
   */
  public static List<LocalDate> reviewDates(RectificationItem item) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (Milestone milestone : item.milestones()) {
      dates.add(milestone.dueOn());
    }
    return List.copyOf(dates);
  }

  /**
   * Returns the next review date of an item on or after today.
   *
   * @param item the item, not null
   * @param today today in the zone, not null
   * @return the next review date, or empty if none is left
   */
  public static Optional<LocalDate> nextReviewDate(RectificationItem item, LocalDate today) {
    return reviewDates(item).stream().filter(d -> !d.isBefore(today)).findFirst();
  }

  /**
   * Returns the next review date of an item on or after today.
   *
   * @param item the item, not null
   * @param clock the clock, not null
   * @return the next review date, or empty if none is left
   */
  public Optional<LocalDate> nextReviewDate(RectificationItem item, Clock clock) {
    return nextReviewDate(item, today(clock));
  }

  /**
   * Returns the milestones of an item that are due before today and not reached.
   *
   * @param item the item, not null
   * @param today today in the zone, not null
   * @return the overdue milestones, in the item's order
   */
  public static List<Milestone> overdueMilestones(RectificationItem item, LocalDate today) {
    return item.milestones().stream().filter(m -> m.reachedOn().isEmpty() && m.dueOn().isBefore(today)).toList();
  }

  /**
   * Returns the milestones of an item that are overdue today.
   *
   * @param item the item, not null
   * @param clock the clock, not null
   * @return the overdue milestones
   */
  public List<Milestone> overdueMilestones(RectificationItem item, Clock clock) {
    return overdueMilestones(item, today(clock));
  }
}
