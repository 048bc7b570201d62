package io.github.chuxin.special;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * One of the five driving mechanisms 五個推進 (五个推进) of special rectification.
 */
public enum DrivingMechanism implements Labelled {
  /** 領銜 (领衔): lead. */
  LEAD(Label.of("lead", "领衔", "領銜")),
  /** 協調 (协调): coordinate. */
  COORDINATE(Label.of("coordinate", "协调", "協調")),
  /** 調度 (调度): dispatch. */
  DISPATCH(Label.of("dispatch", "调度", "調度")),
  /** 督促 (督促): urge. */
  URGE(Label.of("urge", "督促", "督促")),
  /** 監督 (监督): supervise. */
  SUPERVISE(Label.of("supervise", "监督", "監督"));

  private final Label label;

  DrivingMechanism(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
