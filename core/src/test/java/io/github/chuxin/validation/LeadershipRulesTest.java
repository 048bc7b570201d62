package io.github.chuxin.validation;

import static io.github.chuxin.validation.SmallCampaign.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.diagnostic.RuleSource;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.leadership.Cadence;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.LeadershipBodyId;
import io.github.chuxin.leadership.LeadershipBodyKind;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.leadership.MeetingKind;
import io.github.chuxin.org.OrgId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The leading group meets monthly and the campaign office weekly: a whole period without a meeting is warned about. */
class LeadershipRulesTest {

  private static final LeadershipBodyId GROUP = LeadershipBodyId.of("lg");
  private static final LeadershipBodyId OFFICE = LeadershipBodyId.of("office");

  private static SmallCampaign withBody(LeadershipBodyId id, LeadershipBodyKind kind, String unit) {
    SmallCampaign c = new SmallCampaign();
    c.bodies.add(LeadershipBody.builder().id(id).kind(kind).unit(OrgId.of(unit)).build());
    return c;
  }

  private static void meet(SmallCampaign c, LeadershipBodyId body, MeetingKind kind, String... days) {
    for (String day : days) {
      c.meetings.add(Meeting.builder().body(body).kind(kind).date(d(day)).build());
    }
  }

  private static ValidationReport report(SmallCampaign c, Clock clock, ValidationConfig config) {
    return Validator.of(RuleSet.defaults(), config).report(c.snapshot(), clock);
  }

  private static ValidationReport report(SmallCampaign c) {
    return Validator.defaults().report(c.snapshot(), SmallCampaign.CLOCK);
  }

  @Test
  void aLeadingGroupThatMetInEachMonthOfItsBatchIsNotWarnedAboutHoweverFarApartTheMeetings() {
    SmallCampaign c = withBody(GROUP, LeadershipBodyKind.LEADING_GROUP, "subway");
    // 2019-06-01 to 08-31: June, July and August, the first and last days of months
    meet(c, GROUP, MeetingKind.LEADING_GROUP_MEETING, "2019-06-01", "2019-07-31", "2019-08-01");
    assertThat(report(c).violations()).isEmpty();
  }

  @Test
  void aMonthWithoutTheLeadingGroupsMeetingIsAWarningNamingTheMonth() {
    SmallCampaign c = withBody(GROUP, LeadershipBodyKind.LEADING_GROUP, "subway");
    meet(c, GROUP, MeetingKind.LEADING_GROUP_MEETING, "2019-06-05", "2019-08-05");
    ValidationReport report = report(c);
    assertThat(report.toValidation().isValid()).isTrue();
    Violation v = report.violations().single();
    assertThat(v.code()).isEqualTo("LEADERSHIP-MEETING-GAP");
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
    assertThat(v.path().toString()).isEqualTo("leadershipBody[lg].meetings[leading-group-meeting]");
    assertThat(v.message(Language.ENGLISH)).isEqualTo(
        "leading group lg of subway held no leading group meeting (monthly) in 1 of its periods: 2019-07-01..2019-07-31.");
    assertThat(v.message(Language.TRADITIONAL_CHINESE)).isEqualTo(
        "subway 的主題教育領導小組 lg 有 1 個週期未召開領導小組會（每月）：2019-07-01..2019-07-31。");
    assertThat(RuleCatalogue.definition("LEADERSHIP-MEETING-GAP").source().orElseThrow().kind())
        .isEqualTo(RuleSource.Kind.SEED);
  }

  @Test
  void theOfficeIsJudgedWeekByWeekOnEachOfItsThreeMeetings() {
    // the second batch's relics bureau: 2019-09-01 (a Sunday) to 11-30 (a Saturday): whole weeks 09-02 to 11-24
    SmallCampaign c = withBody(OFFICE, LeadershipBodyKind.CAMPAIGN_OFFICE, "relics");
    for (LocalDate monday = d("2019-09-02"); monday.isBefore(d("2019-11-25")); monday = monday.plusWeeks(1)) {
      meet(c, OFFICE, MeetingKind.OFFICE_MEETING, monday.toString());
      meet(c, OFFICE, MeetingKind.GUIDANCE_GROUP_MEETING, monday.plusDays(6).toString());
      if (!monday.equals(d("2019-10-07"))) {
        meet(c, OFFICE, MeetingKind.LIAISON_MEETING, monday.plusDays(1).toString());
      }
    }
    Violation v = report(c).violations().single();
    assertThat(v.path().toString()).isEqualTo("leadershipBody[office].meetings[liaison-meeting]");
    assertThat(v.arguments()).containsEntry("periods", "2019-10-07..2019-10-13").containsEntry("count", "1");
  }

  @Test
  void onlyTheDaysBeforeTodayAreJudged() {
    SmallCampaign c = withBody(GROUP, LeadershipBodyKind.LEADING_GROUP, "subway");
    meet(c, GROUP, MeetingKind.LEADING_GROUP_MEETING, "2019-06-05");
    Clock firstOfAugust = Clock.fixed(Instant.parse("2019-07-31T16:30:00Z"), ZoneOffset.UTC);
    Clock lastOfJuly = Clock.fixed(Instant.parse("2019-07-31T15:30:00Z"), ZoneOffset.UTC);
    assertThat(report(c, lastOfJuly, ValidationConfig.defaults()).violations()).as("July is not over").isEmpty();
    assertThat(report(c, firstOfAugust, ValidationConfig.defaults()).violations().single().arguments())
        .containsEntry("periods", "2019-07-01..2019-07-31");
  }

  @Test
  void aKindLeftOutOfTheConfiguredCadencesIsNotChecked() {
    SmallCampaign c = withBody(GROUP, LeadershipBodyKind.LEADING_GROUP, "subway");
    ValidationConfig weeklyOffice = ValidationConfig.builder()
        .meetingCadences(Map.of(MeetingKind.OFFICE_MEETING, Cadence.WEEKLY)).build();
    assertThat(report(c, SmallCampaign.CLOCK, weeklyOffice).violations()).isEmpty();
    assertThat(report(c).violations().single().arguments()).containsEntry("count", "3");
    // 2019-06-01 (a Saturday) to 08-31 (a Saturday) holds twelve whole weeks, 06-03 to 08-25
    ValidationConfig weeklyGroup = ValidationConfig.builder()
        .meetingCadences(Map.of(MeetingKind.LEADING_GROUP_MEETING, Cadence.WEEKLY)).build();
    assertThat(report(c, SmallCampaign.CLOCK, weeklyGroup).violations().single().arguments())
        .containsEntry("count", "12");
  }

  @Test
  void aBodyOfAUnitInNoBatchIsJudgedOverTheCampaignsSpanAndASpecialRectificationGroupHasNoRegularMeeting() {
    // the municipal committee is in no batch: its group is judged from 2019-06-01 to 11-30, seven whole months less one met
    SmallCampaign c = withBody(GROUP, LeadershipBodyKind.LEADING_GROUP, "bj");
    c.bodies.add(LeadershipBody.builder().id(LeadershipBodyId.of("zz")).kind(LeadershipBodyKind.SPECIAL_RECTIFICATION_GROUP)
        .unit(OrgId.of("bj")).build());
    meet(c, GROUP, MeetingKind.LEADING_GROUP_MEETING, "2019-06-05", "2019-07-05", "2019-08-05", "2019-09-05",
        "2019-11-05");
    Violation v = report(c).violations().single();
    assertThat(v.arguments()).containsEntry("periods", "2019-10-01..2019-10-31");
    assertThat(LeadershipBodyKind.SPECIAL_RECTIFICATION_GROUP.regularMeetings()).isEmpty();
    assertThat(LeadershipBodyKind.SPECIAL_RECTIFICATION_GROUP.label(Language.TRADITIONAL_CHINESE)).isEqualTo("專項整治組");
  }
}
