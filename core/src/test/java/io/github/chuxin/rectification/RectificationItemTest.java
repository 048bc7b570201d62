package io.github.chuxin.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.diagnostic.ModelConstraintException;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.problem.ProblemId;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RectificationItemTest {

  private static final LocalDate AUG_31 = LocalDate.of(2019, 8, 31);

  private static ImmutableRectificationItem.Builder item() {
    return RectificationItem.builder().id(RectificationId.of("r-1")).addProblems(ProblemId.of("p-1"))
        .title("緩解9號線擁擠").addMeasures("加開高峰列車").responsibleUnit(OrgId.of("subway"))
        .kind(RectificationKind.TIME_BOUND).createdOn(LocalDate.of(2019, 7, 1));
  }

  private static Extension extension(LocalDate to) {
    return Extension.builder().newDeadline(to).grantedOn(AUG_31).reason("施工窗口").approver("市委主題教育辦公室").build();
  }

  @Test
  void aTimeBoundItemNeedsADeadline() {
    assertThatThrownBy(() -> item().build()).hasMessageContaining("time-bound item needs a deadline")
        .isInstanceOfSatisfying(ModelConstraintException.class, e -> {
          assertThat(e.code()).isEqualTo("RECT-TIME-BOUND-WITHOUT-DEADLINE");
          assertThat(e.path().map(Object::toString)).contains("rectification[r-1].deadline");
        });
  }

  @Test
  void anExtensionKeepsTheOriginalDateAndMovesTheEffectiveOne() {
    Deadline deadline = Deadline.of(AUG_31).extendedBy(extension(LocalDate.of(2019, 10, 31)));
    RectificationItem extended = item().deadline(deadline).build();
    assertThat(extended.deadline().orElseThrow().original()).isEqualTo(AUG_31);
    assertThat(extended.effectiveDeadline()).contains(LocalDate.of(2019, 10, 31));
    assertThat(deadline.isExtended()).isTrue();
  }

  @Test
  void anExtensionThatDoesNotMoveTheDeadlineLaterIsRefused() {
    assertThatThrownBy(() -> Deadline.of(AUG_31).extendedBy(extension(LocalDate.of(2019, 8, 1))))
        .hasMessageContaining("must move the deadline later")
        .isInstanceOfSatisfying(ModelConstraintException.class,
            e -> assertThat(e.code()).isEqualTo("RECT-EXTENSION-NOT-LATER"));
  }

  @Test
  void theHistoryMustBeAChainEndingInTheCurrentStatus() {
    StatusChange start = StatusChange.builder().from(RectificationStatus.PLANNED).to(RectificationStatus.IN_PROGRESS)
        .at(Instant.parse("2019-07-02T01:00:00Z")).role(ActorRole.RESPONSIBLE_UNIT).build();
    StatusChange submit = StatusChange.builder().from(RectificationStatus.IN_PROGRESS).to(RectificationStatus.SUBMITTED)
        .at(Instant.parse("2019-08-02T01:00:00Z")).role(ActorRole.RESPONSIBLE_UNIT).build();
    RectificationItem ok = item().deadline(Deadline.of(AUG_31)).addHistory(start, submit)
        .status(RectificationStatus.SUBMITTED).build();
    assertThat(ok.history()).hasSize(2);
    assertThatThrownBy(() -> item().deadline(Deadline.of(AUG_31)).addHistory(start, submit).build())
        .hasMessageContaining("status is planned but the history ends in submitted for review")
        .isInstanceOfSatisfying(ModelConstraintException.class, e -> {
          assertThat(e.code()).isEqualTo("RECT-STATUS-NOT-HISTORY-END");
          assertThat(e.message(Language.TRADITIONAL_CHINESE)).isEqualTo(
              "整改任務 r-1 的狀態為「未開始」，但狀態記錄止於「提請驗收」。");
        });
    assertThatThrownBy(() -> item().deadline(Deadline.of(AUG_31)).addHistory(submit, start)
        .status(RectificationStatus.IN_PROGRESS).build())
        .hasMessageContaining("history is broken")
        .isInstanceOfSatisfying(ModelConstraintException.class, e -> assertThat(e.code()).isEqualTo("RECT-HISTORY-BROKEN"));
  }

  @Test
  void completedStageCompletedAndSignedOffCountAsDone() {
    assertThat(RectificationStatus.COMPLETED.isDone()).isTrue();
    assertThat(RectificationStatus.STAGE_COMPLETED.isDone()).isTrue();
    assertThat(RectificationStatus.SIGNED_OFF.isDone()).isTrue();
    assertThat(RectificationStatus.SUBMITTED.isDone()).isFalse();
  }
}
