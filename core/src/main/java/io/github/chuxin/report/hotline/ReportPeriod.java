package io.github.chuxin.report.hotline;

import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The period of a 12345 report 報表週期 (报表周期): the daily, weekly and monthly reports Beijing set up
 * (seed ¶8: 「建立日報、周報、月報制度」). A week runs from Monday to Sunday; a month is a calendar
 * month; days are days in the campaign's zone.
 */
public enum ReportPeriod implements Labelled {
  /** 日報 (日报): the daily report, of one day. */
  DAILY(Label.of("daily report", "日报", "日報")),
  /** 週報 (周报): the weekly report, of a week from Monday to Sunday. */
  WEEKLY(Label.of("weekly report", "周报", "週報")),
  /** 月報 (月报): the monthly report, of a calendar month. */
  MONTHLY(Label.of("monthly report", "月报", "月報"));

  private final Label label;

  ReportPeriod(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }

  /**
   * Returns the period that holds a day: the day itself, its week or its month.
   *
   * @param day the day, not null
   * @return the period's first to last day
   */
  public DateWindow windowOf(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return switch (this) {
      case DAILY -> DateWindow.ofClosed(day, day);
      case WEEKLY -> DateWindow.weekOf(day);
      case MONTHLY -> DateWindow.monthOf(day);
    };
  }

  /**
   * Returns the last whole period before a day, the one a report issued that day covers:
   * yesterday, last week or last month.
   *
   * @param today the day of issue, not null
   * @return the period's first to last day
   */
  public DateWindow lastBefore(LocalDate today) {
    return windowOf(windowOf(today).start().minusDays(1));
  }
}
