package io.github.chuxin.report.hotline;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * The level a citizen request is dispatched to 派單層級 (派单层级).
 */
public enum DispatchLevel implements Labelled {
  /** 市級 (市级): a city body, such as a municipal bureau. */
  CITY(Label.of("city", "市级", "市級")),
  /** 區級 (区级): a district body. */
  DISTRICT(Label.of("district", "区级", "區級")),
  /** 街鄉鎮 (街乡镇): a subdistrict or township. */
  TOWNSHIP(Label.of("subdistrict or township", "街乡镇", "街鄉鎮"));

  private final Label label;

  DispatchLevel(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
