package io.github.chuxin.leadership;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How often a meeting is held: weekly 每周 (每周) or monthly 每月 (每月).
 */
public enum Cadence implements Labelled {
  /** Every week. */
  WEEKLY(Label.of("weekly", "每周", "每周"), ChronoUnit.WEEKS),
  /** Every month. */
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
}
