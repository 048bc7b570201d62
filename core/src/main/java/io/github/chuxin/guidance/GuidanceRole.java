package io.github.chuxin.guidance;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * One of the five roles a guidance group plays 五員 (五员): 督導員、調研員、質檢員、聯絡員、宣傳員
 * (seed ¶5: 「各指導組努力當好“督導員、調研員、質檢員、聯絡員、宣傳員”」).
 */
public enum GuidanceRole implements Labelled {
  /** 督導員 (督导员): supervisor. */
  SUPERVISOR(Label.of("supervisor", "督导员", "督導員")),
  /** 調研員 (调研员): researcher. */
  RESEARCHER(Label.of("researcher", "调研员", "調研員")),
  /** 質檢員 (质检员): quality inspector. */
  QUALITY_INSPECTOR(Label.of("quality inspector", "质检员", "質檢員")),
  /** 聯絡員 (联络员): liaison. */
  LIAISON(Label.of("liaison", "联络员", "聯絡員")),
  /** 宣傳員 (宣传员): publicity officer (the constant keeps its older name, so its code stays {@code publicist}). */
  PUBLICIST(Label.of("publicity officer", "宣传员", "宣傳員"));

  private final Label label;

  GuidanceRole(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
