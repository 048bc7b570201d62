package io.github.chuxin.leadership;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;
import java.util.Set;

/**
 * A kind of leadership body of the campaign 領導機構 (领导机构) or working body 工作機構 (工作机构),
 * with the regular meetings it holds (seed ¶5: 「市委第一時間組建主題教育領導機構及工作機構」).
 */
public enum LeadershipBodyKind implements Labelled {
  /** 主題教育領導小組 (主题教育领导小组): the leading group, which meets monthly (seed ¶5: 每月召開領導小組會). */
  LEADING_GROUP(Label.of("leading group", "主题教育领导小组", "主題教育領導小組"),
      Set.of(MeetingKind.LEADING_GROUP_MEETING)),
  /**
   * 主題教育辦公室 (主题教育办公室): the campaign office, with its weekly office, guidance-group and
   * liaison meetings (seed ¶5: 每周召開辦公室例會、指導組例會、單位聯絡員會).
   */
  CAMPAIGN_OFFICE(Label.of("campaign office", "主题教育办公室", "主題教育辦公室"),
      Set.of(MeetingKind.OFFICE_MEETING, MeetingKind.GUIDANCE_GROUP_MEETING, MeetingKind.LIAISON_MEETING)),
  /**
   * 專項整治組 (专项整治组): a special rectification working group, set up while the campaign was
   * being prepared to plan the special rectifications early (seed ¶4: 「主題教育籌備階段就設立專項整治組，
   * 早謀劃、早準備」); the seed states no regular meeting for it.
   */
  SPECIAL_RECTIFICATION_GROUP(Label.of("special rectification working group", "专项整治组", "專項整治組"), Set.of());

  private final Label label;
  private final Set<MeetingKind> meetings;

  LeadershipBodyKind(Label label, Set<MeetingKind> meetings) {
    this.label = label;
    this.meetings = meetings;
  }

  @Override
  public Label label() {
    return label;
  }

  /**
   * Returns the regular meetings a body of this kind holds.
   *
   * @return the meeting kinds
   */
  public Set<MeetingKind> regularMeetings() {
    return meetings;
  }
}
