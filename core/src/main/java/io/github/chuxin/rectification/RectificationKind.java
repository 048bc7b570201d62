package io.github.chuxin.rectification;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * A rectification item's kind by time 整改類型 (整改类型).
 */
public enum RectificationKind implements Labelled {
  /** 立行立改 (立行立改): rectified at once. */
  IMMEDIATE(Label.of("immediate", "立行立改", "立行立改")),
  /** 限期整改 (限期整改): rectified by a deadline. */
  TIME_BOUND(Label.of("time-bound", "限期整改", "限期整改")),
  /** 長期堅持 (长期坚持): done in stages and kept up, with milestones or review dates. */
  LONG_TERM(Label.of("long-term", "长期坚持", "長期堅持"));

  private final Label label;

  RectificationKind(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
