package io.github.chuxin.leadership;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * A kind of regular meeting of the campaign's leadership bodies, with its usual cadence as the seed
 * states it (seed ¶5: 「每月召開領導小組會」「每周召開辦公室例會、指導組例會、單位聯絡員會」); validation
 * reads the cadence from {@code ValidationConfig.meetingCadences()}, which defaults to these.
 */
public enum MeetingKind implements Labelled {
  /** 領導小組會 (领导小组会): the leading group's meeting, monthly. */
  LEADING_GROUP_MEETING(Label.of("leading group meeting", "领导小组会", "領導小組會"), Cadence.MONTHLY),
  /** 辦公室例會 (办公室例会): the campaign office's regular meeting, weekly. */
  OFFICE_MEETING(Label.of("office meeting", "办公室例会", "辦公室例會"), Cadence.WEEKLY),
  /** 指導組例會 (指导组例会): the guidance groups' regular meeting, weekly. */
  GUIDANCE_GROUP_MEETING(Label.of("guidance group meeting", "指导组例会", "指導組例會"), Cadence.WEEKLY),
  /** 單位聯絡員會 (单位联络员会): the units' liaison meeting, weekly. */
  LIAISON_MEETING(Label.of("liaison meeting", "单位联络员会", "單位聯絡員會"), Cadence.WEEKLY);

  private final Label label;
  private final Cadence cadence;

  MeetingKind(Label label, Cadence cadence) {
    this.label = label;
    this.cadence = cadence;
  }

  @Override
  public Label label() {
    return label;
  }

  /**
   * Returns the usual cadence.
   *
   * @return the cadence
   */
  public Cadence cadence() {
    return cadence;
  }
}
