package io.github.chuxin.rectification;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * Who may move a rectification item from one status to another.
 */
public enum ActorRole implements Labelled {
  /** 責任單位 (责任单位): the responsible unit. */
  RESPONSIBLE_UNIT(Label.of("responsible unit", "责任单位", "責任單位")),
  /** 牽頭領導 (牵头领导): the lead leader. */
  LEAD_LEADER(Label.of("lead leader", "牵头领导", "牽頭領導")),
  /** 指導組 (指导组): the guidance group. */
  GUIDANCE_GROUP(Label.of("guidance group", "指导组", "指導組"));

  private final Label label;

  ActorRole(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
