package io.github.chuxin.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.Extension;
import io.github.chuxin.rectification.ImmutableRectificationItem;
import io.github.chuxin.rectification.Milestone;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.rectification.StatusChange;
import io.github.chuxin.rectification.ActorRole;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class TimeRulesTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalDate AUG_31 = LocalDate.of(2019, 8, 31);
  private final TimeRules rules = TimeRules.defaults();

  private static ImmutableRectificationItem.Builder item(LocalDate due) {
    return RectificationItem.builder().id(RectificationId.of("r-1")).addProblems(ProblemId.of("p-1"))
        .title("緩解9號線擁擠").addMeasures("加開高峰列車").responsibleUnit(OrgId.of("subway"))
        .kind(RectificationKind.TIME_BOUND).createdOn(LocalDate.of(2019, 6, 1)).deadline(Deadline.of(due));
  }

  /** A clock at a wall time in Shanghai, whose own zone is Los Angeles, to prove the clock's zone is ignored. */
  private static Clock shanghai(int year, int month, int day, int hour, int minute, int second) {
    Instant at = ZonedDateTime.of(year, month, day, hour, minute, second, 0, SHANGHAI).toInstant();
    return Clock.fixed(at, ZoneId.of("America/Los_Angeles"));
  }

  @Test
  void testsRunInLosAngelesSoTheBoundaryTestsMeanSomething() {
    assertThat(TimeZone.getDefault().getID()).isEqualTo("America/Los_Angeles");
  }

  @Test
  void todayIsReadInTheCampaignZoneNotTheClockZone() {
    // 2019-09-01 00:00 in Shanghai is still 2019-08-31 in Los Angeles
    Clock clock = shanghai(2019, 9, 1, 0, 0, 0);
    assertThat(rules.today(clock)).isEqualTo(LocalDate.of(2019, 9, 1));
    assertThat(LocalDate.now(clock)).isEqualTo(AUG_31);
  }

  @Test
  void anItemDueOnAugust31IsNotOverdueAtTheLastSecondOfThatDayInShanghai() {
    RectificationItem due = item(AUG_31).build();
    Clock clock = shanghai(2019, 8, 31, 23, 59, 59);
    assertThat(rules.isOverdue(due, clock)).isFalse();
    assertThat(rules.daysRemaining(due, clock)).hasValue(0);
    assertThat(rules.warningLevel(due, clock)).isEqualTo(WarningLevel.YELLOW);
    assertThat(rules.isDueSoon(due, clock)).isTrue();
  }

  @Test
  void anItemDueOnAugust31IsOverdueFromMidnightOfSeptember1InShanghai() {
    RectificationItem due = item(AUG_31).build();
    Clock clock = shanghai(2019, 9, 1, 0, 0, 0);
    assertThat(rules.isOverdue(due, clock)).isTrue();
    assertThat(rules.daysRemaining(due, clock)).hasValue(-1);
    assertThat(rules.warningLevel(due, clock)).isEqualTo(WarningLevel.RED);
    assertThat(rules.isDueSoon(due, clock)).isFalse();
  }

  @Test
  void aDoneItemIsNeverOverdueAndHasNoWarningLevel() {
    StatusChange done = StatusChange.builder().from(RectificationStatus.PLANNED).to(RectificationStatus.COMPLETED)
        .at(Instant.parse("2019-08-01T00:00:00Z")).role(ActorRole.RESPONSIBLE_UNIT).build();
    RectificationItem completed = item(AUG_31).addHistory(done).status(RectificationStatus.COMPLETED)
        .completedOn(LocalDate.of(2019, 8, 1)).build();
    assertThat(rules.isOverdue(completed, LocalDate.of(2019, 12, 1))).isFalse();
    assertThat(rules.warningLevel(completed, LocalDate.of(2019, 12, 1))).isEqualTo(WarningLevel.NONE);
    assertThat(rules.reminders(completed)).isEmpty();
  }

  @Test
  void warningLevelsFollowTheDefaultThresholds() {
    RectificationItem due = item(AUG_31).build();
    assertThat(rules.warningLevel(due, LocalDate.of(2019, 8, 23))).isEqualTo(WarningLevel.GREEN);
    assertThat(rules.warningLevel(due, LocalDate.of(2019, 8, 24))).isEqualTo(WarningLevel.YELLOW);
    assertThat(rules.warningLevel(due, LocalDate.of(2019, 9, 1))).isEqualTo(WarningLevel.RED);
  }

  @Test
  void warningThresholdsAreConfigurable() {
    TimeRules strict = TimeRules.of(TimePolicy.builder().yellowAtDaysRemaining(14).redAtDaysRemaining(2).build());
    RectificationItem due = item(AUG_31).build();
    assertThat(strict.warningLevel(due, LocalDate.of(2019, 8, 17))).isEqualTo(WarningLevel.YELLOW);
    assertThat(strict.warningLevel(due, LocalDate.of(2019, 8, 29))).isEqualTo(WarningLevel.RED);
    assertThat(strict.warningLevel(due, LocalDate.of(2019, 8, 16))).isEqualTo(WarningLevel.GREEN);
  }

  @Test
  void aPolicyWithRedAboveYellowIsRefused() {
    assertThatThrownBy(() -> TimePolicy.builder().yellowAtDaysRemaining(3).redAtDaysRemaining(5).build())
        .hasMessageContaining("red threshold");
  }

  @Test
  void theEffectiveDeadlineIsTheLastExtensionAndMovesOverdue() {
    Extension ext = Extension.builder().newDeadline(LocalDate.of(2019, 10, 31)).grantedOn(AUG_31)
        .reason("施工窗口").approver("辦公室").build();
    RectificationItem extended = item(AUG_31).deadline(Deadline.of(AUG_31).extendedBy(ext)).build();
    assertThat(TimeRules.effectiveDeadline(extended)).contains(LocalDate.of(2019, 10, 31));
    assertThat(rules.isOverdue(extended, LocalDate.of(2019, 9, 1))).isFalse();
    assertThat(rules.isOverdue(extended, LocalDate.of(2019, 11, 1))).isTrue();
  }

  @Test
  void anItemCompletedAfterItsEffectiveDeadlineIsCompletedLate() {
    StatusChange done = StatusChange.builder().from(RectificationStatus.PLANNED).to(RectificationStatus.COMPLETED)
        .at(Instant.parse("2019-09-01T00:00:00Z")).role(ActorRole.RESPONSIBLE_UNIT).build();
    RectificationItem late = item(AUG_31).addHistory(done).status(RectificationStatus.COMPLETED)
        .completedOn(LocalDate.of(2019, 9, 1)).build();
    RectificationItem onTime = item(AUG_31).addHistory(done).status(RectificationStatus.COMPLETED)
        .completedOn(AUG_31).build();
    assertThat(TimeRules.isCompletedLate(late)).isTrue();
    assertThat(TimeRules.isCompletedLate(onTime)).isFalse();
  }

  @Test
  void remindersFall30And7And1DaysBeforeAndOnTheFirstOverdueDay() {
    RectificationItem due = item(AUG_31).build();
    assertThat(rules.reminders(due)).containsExactly(
        new Reminder(LocalDate.of(2019, 8, 1), 30), new Reminder(LocalDate.of(2019, 8, 24), 7),
        new Reminder(LocalDate.of(2019, 8, 30), 1), new Reminder(LocalDate.of(2019, 9, 1), -1));
    assertThat(rules.remindersDue(due, shanghai(2019, 9, 1, 0, 0, 0))).containsExactly(
        new Reminder(LocalDate.of(2019, 9, 1), -1));
    assertThat(rules.remindersDue(due, shanghai(2019, 8, 31, 23, 59, 59))).isEmpty();
  }

  @Test
  void remindersBeforeTheItemWasCreatedAreDropped() {
    RectificationItem late = item(AUG_31).createdOn(LocalDate.of(2019, 8, 20)).build();
    assertThat(rules.reminders(late)).extracting(Reminder::daysBeforeDeadline).containsExactly(7, 1, -1);
  }

  @Test
  void theReminderScheduleIsConfigurable() {
    TimeRules custom = TimeRules.of(TimePolicy.builder().reminderDaysBefore(java.util.List.of(3)).remindOnOverdueDay(false).build());
    assertThat(custom.reminders(item(AUG_31).build())).containsExactly(new Reminder(LocalDate.of(2019, 8, 28), 3));
  }

  @Test
  void reviewDatesOfALongTermItemAreItsMilestonesInOrder() {
    RectificationItem longTerm = RectificationItem.builder().id(RectificationId.of("r-2")).title("長效機制")
        .responsibleUnit(OrgId.of("subway")).kind(RectificationKind.LONG_TERM).createdOn(LocalDate.of(2019, 6, 1))
        .addMilestones(Milestone.builder().dueOn(LocalDate.of(2019, 12, 31)).description("年底").build(),
            Milestone.builder().dueOn(LocalDate.of(2019, 9, 30)).description("三季度")
                .reachedOn(LocalDate.of(2019, 9, 29)).build(),
            Milestone.builder().dueOn(LocalDate.of(2019, 10, 31)).description("十月").build())
        .build();
    assertThat(TimeRules.reviewDates(longTerm)).containsExactly(
        LocalDate.of(2019, 9, 30), LocalDate.of(2019, 10, 31), LocalDate.of(2019, 12, 31));
    assertThat(rules.nextReviewDate(longTerm, shanghai(2019, 11, 1, 0, 0, 0))).contains(LocalDate.of(2019, 12, 31));
    assertThat(TimeRules.overdueMilestones(longTerm, LocalDate.of(2019, 11, 1)))
        .extracting(Milestone::description).containsExactly("十月");
    assertThat(TimeRules.overdueMilestones(longTerm, LocalDate.of(2019, 10, 31))).isEmpty();
    assertThat(rules.warningLevel(longTerm, LocalDate.of(2019, 11, 1))).isEqualTo(WarningLevel.NONE);
  }
}
