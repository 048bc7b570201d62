package io.github.chuxin.rectification;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * Who may move a rectification item from one status to another 整改流程角色 (整改流程角色): the
 * responsible unit, the lead leader, the guidance group or the campaign office.
 *
 * <p>Which role may make which change is the {@link RectificationWorkflow}'s table.
 */
public enum ActorRole implements Labelled {
  /** 責任單位 (责任单位): the responsible unit. */
  RESPONSIBLE_UNIT(Label.of("responsible unit", "责任单位", "責任單位")),
  /** 牽頭領導 (牵头领导): the lead leader. */
  LEAD_LEADER(Label.of("lead leader", "牵头领导", "牽頭領導")),
  /** 指導組 (指导组): the guidance group. */
  GUIDANCE_GROUP(Label.of("guidance group", "指导组", "指導組")),
  /**
   * 主題教育辦公室 (主题教育办公室): the campaign office, such as 市委主題教育辦公室, which leads and
   * coordinates the campaign (牽頭抓總、統籌協調) and verifies and signs off (銷號) completed items.
   */
  CAMPAIGN_OFFICE(Label.of("campaign office", "主题教育办公室", "主題教育辦公室"));

  private final Label label;

  ActorRole(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
