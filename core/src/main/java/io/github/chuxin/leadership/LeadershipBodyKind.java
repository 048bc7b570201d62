package io.github.chuxin.leadership;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;
import java.util.Set;

/**
 * A kind of leadership body of the campaign 領導機構 (领导机构).
 */
public enum LeadershipBodyKind implements Labelled {
  /** 主題教育領導小組 (主题教育领导小组): the leading group, which meets monthly. */
  LEADING_GROUP(Label.of("leading group", "主题教育领导小组", "主題教育領導小組"),
      Set.of(MeetingKind.LEADING_GROUP_MEETING)),
  /** 主題教育辦公室 (主题教育办公室): the campaign office, with weekly meetings. */
  CAMPAIGN_OFFICE(Label.of("campaign office", "主题教育办公室", "主題教育辦公室"),
      Set.of(MeetingKind.OFFICE_MEETING, MeetingKind.GUIDANCE_GROUP_MEETING, MeetingKind.LIAISON_MEETING));

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
