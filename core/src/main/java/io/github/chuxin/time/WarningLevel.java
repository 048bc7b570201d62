package io.github.chuxin.time;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * The warning level 預警等級 (预警等级) of a rectification item before its deadline.
 *
 * <p>The thresholds are policy ({@link TimePolicy}): by default green, yellow within 7 days of
 * the deadline, red once overdue. Items that are done or have no deadline have no level.
 */
public enum WarningLevel implements Labelled {
  /** 無 (无): no level, because the item is done or has no deadline. */
  NONE(Label.of("none", "无", "無")),
  /** 綠燈 (绿灯): on schedule. */
  GREEN(Label.of("green", "绿灯", "綠燈")),
  /** 黃燈 (黄灯): the deadline is near. */
  YELLOW(Label.of("yellow", "黄灯", "黃燈")),
  /** 紅燈 (红灯): overdue (or, with a stricter policy, about to be). */
  RED(Label.of("red", "红灯", "紅燈"));

  private final Label label;

  WarningLevel(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
