package io.github.chuxin.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reminder 提醒 (提醒) of a rectification item's deadline: the day it falls on and how many
 * days before the effective deadline that is.
 *
 * <p>Immutable. A reminder on the day the item falls overdue has {@code daysBeforeDeadline == -1}.
 *
 * @param date the day of the reminder, not null
 * @param daysBeforeDeadline days from the reminder to the deadline: 30, 7, 1, or -1 on the day
 *     the item falls overdue
 */
public record Reminder(LocalDate date, int daysBeforeDeadline) {

  /**
   * Checks that the date is not null.
   *
   * @param date the day of the reminder, not null
   * @param daysBeforeDeadline days from the reminder to the deadline: 30, 7, 1, or -1 on the day
   *     the item falls overdue
   */
  public Reminder {
    Objects.requireNonNull(date, "date");
  }

  /**
   * Tells whether this reminder is the one on the day the item falls overdue.
   *
   * @return whether the deadline has passed on this reminder's day
   */
  public boolean isOverdueReminder() {
    return daysBeforeDeadline < 0;
  }
}
