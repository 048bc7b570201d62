package io.github.chuxin.leadership;

import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How often a meeting is held: weekly 每週 (每周) or monthly 每月 (每月). A week runs from Monday to
 * Sunday; a month is a calendar month.
 */
public enum Cadence implements Labelled {
  /** Every week, Monday to Sunday. */
  WEEKLY(Label.of("weekly", "每周", "每週"), ChronoUnit.WEEKS),
  /** Every calendar month. */
  MONTHLY(Label.of("monthly", "每月", "每月"), ChronoUnit.MONTHS);

  private final Label label;
  private final ChronoUnit unit;

  Cadence(Label label, ChronoUnit unit) {
    this.label = label;
    this.unit = unit;
  }

  @Override
  public Label label() {
    return label;
  }

  /**
   * Returns the day one period after another.
   *
   * @param date the day, not null
   * @return the day a week or a month later
   */
  public LocalDate next(LocalDate date) {
    return date.plus(1, unit);
  }

  /**
   * Returns the period (the week from Monday to Sunday, or the calendar month) that holds a day.
   *
   * @param date the day, not null
   * @return the period
   */
  public DateWindow periodOf(LocalDate date) {
    return this == WEEKLY ? DateWindow.weekOf(date) : DateWindow.monthOf(date);
  }

  /**
   * Returns the whole periods that lie within a window, in order: the weeks (Monday to Sunday) or
   * calendar months whose every day the window holds. A week or month the window holds only part
   * of is left out.
   *
   * @param window the window, not null
   * @return the periods, possibly none
   */
  public List<DateWindow> periodsWithin(DateWindow window) {
    List<DateWindow> periods = new ArrayList<>();
    DateWindow first = periodOf(window.start());
    LocalDate start = first.start().equals(window.start()) ? first.start() : first.end().plusDays(1);
    for (DateWindow p = periodOf(start); !p.end().isAfter(window.end()); p = periodOf(p.end().plusDays(1))) {
      periods.add(p);
    }
    return periods;
  }
}
