package io.github.chuxin.problem;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * How serious a problem is 嚴重程度 (严重程度).
 */
public enum ProblemSeverity implements Labelled {
  /** 一般 (一般): ordinary. */
  ORDINARY(Label.of("ordinary", "一般", "一般")),
  /** 較重 (较重): serious. */
  SERIOUS(Label.of("serious", "较重", "較重")),
  /** 嚴重 (严重): grave. */
  GRAVE(Label.of("grave", "严重", "嚴重"));

  private final Label label;

  ProblemSeverity(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
