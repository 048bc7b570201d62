package io.github.chuxin.campaign;

import io.github.chuxin.diagnostic.ModelConstraintException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * An inclusive range of calendar dates, such as a batch's window 批次時間 (批次时间): from its
 * first day to its last day, both included, in the campaign's zone.
 *
 * <p>Immutable; the last day is never before the first.
 *
 * @param start the first day, not null
 * @param end the last day, included, not before {@code start}
 */
public record DateWindow(LocalDate start, LocalDate end) {

  /**
   * Checks that the window is not inverted.
   *
   * @param start the first day, not null
   * @param end the last day, included, not before {@code start}
   * @throws ModelConstraintException {@code BATCH-WINDOW-INVERTED} if {@code end} is before
   *     {@code start} (the code of every inverted window, a batch's or another's)
   */
  public DateWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw CampaignConstraint.WINDOW_INVERTED.refusal("start", start.toString(), "end", end.toString());
    }
  }

  /**
   * Returns the window from one day to another, both included.
   *
   * @param start the first day
   * @param end the last day, not before {@code start}
   * @return the window
   * @throws ModelConstraintException {@code BATCH-WINDOW-INVERTED} if {@code end} is before {@code start}
   */
  public static DateWindow ofClosed(LocalDate start, LocalDate end) {
    return new DateWindow(start, end);
  }

  /**
   * Returns the week that holds a day, from Monday to Sunday (每週: the week of weekly meetings and
   * weekly 12345 reports; a calendar week, not seven days from the day).
   *
   * @param day the day, not null
   * @return the week
   */
  public static DateWindow weekOf(LocalDate day) {
    return new DateWindow(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
        day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
  }

  /**
   * Returns the calendar month that holds a day, from its first to its last day (每月).
   *
   * @param day the day, not null
   * @return the month
   */
  public static DateWindow monthOf(LocalDate day) {
    return new DateWindow(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
  }

  /**
   * Tells whether a day lies in the window.
   *
   * @param date the day, not null
   * @return whether {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * Returns the number of days in the window, both ends included.
   *
   * @return at least 1
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * Tells whether this window shares a day with another.
   *
   * @param other the other window, not null
   * @return whether they overlap
   */
  public boolean overlaps(DateWindow other) {
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}
