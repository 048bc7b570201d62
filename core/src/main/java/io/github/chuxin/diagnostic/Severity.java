package io.github.chuxin.diagnostic;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * How serious a violation is 嚴重程度 (严重程度). Only errors make a campaign invalid.
 */
public enum Severity implements Labelled {
  /** 錯誤 (错误): the data is wrong; the campaign does not validate. */
  ERROR(Label.of("error", "错误", "錯誤")),
  /** 警告 (警告): the data is unusual and should be looked at. */
  WARNING(Label.of("warning", "警告", "警告")),
  /** 提示 (提示): for information. */
  INFO(Label.of("info", "提示", "提示"));

  private final Label label;

  Severity(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
