package io.github.chuxin.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.problem.ProblemId;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RectificationWorkflowTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  /** 2019-09-01 00:30 in Shanghai, still 2019-08-31 in UTC and Los Angeles. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-08-31T16:30:00Z"), ZoneOffset.UTC);
  private final RectificationWorkflow workflow = RectificationWorkflow.standard();

  private static ImmutableRectificationItem.Builder item() {
    return RectificationItem.builder().id(RectificationId.of("r-1")).addProblems(ProblemId.of("p-1"))
        .title("緩解9號線擁擠").addMeasures("加開高峰列車").responsibleUnit(OrgId.of("subway"))
        .kind(RectificationKind.TIME_BOUND).createdOn(LocalDate.of(2019, 7, 1))
        .deadline(Deadline.of(LocalDate.of(2019, 8, 31)));
  }

  private static RectificationItem withEvidenceAt(RectificationStatus status) {
    ImmutableRectificationItem.Builder b = item().status(status)
        .addEvidence(Evidence.builder().description("調度令").addedOn(LocalDate.of(2019, 8, 1)).build());
    if (status == RectificationStatus.SIGNED_OFF || status == RectificationStatus.COMPLETED
        || status == RectificationStatus.STAGE_COMPLETED) {
      b.completedOn(LocalDate.of(2019, 8, 20));
    }
    return b.build();
  }

  @Test
  void everyPairOfStatusesAndRoleIsAcceptedExactlyWhenTheTableAllowsIt() {
    int accepted = 0;
    for (RectificationStatus from : RectificationStatus.values()) {
      for (RectificationStatus to : RectificationStatus.values()) {
        for (ActorRole role : ActorRole.values()) {
          RectificationItem before = withEvidenceAt(from);
          Validation<Violation, RectificationItem> result = workflow.transition(before, to, role, "someone", CLOCK,
              SHANGHAI, "note");
          String label = from + " -> " + to + " by " + role;
          if (!workflow.allowed(from, to)) {
            assertThat(result.getError().code()).as(label).isEqualTo("RECT-ILLEGAL-TRANSITION");
          } else if (!workflow.mayMake(role, from, to)) {
            assertThat(result.getError().code()).as(label).isEqualTo("RECT-ROLE-NOT-ALLOWED");
          } else {
            accepted++;
            RectificationItem after = result.get();
            assertThat(after.status()).as(label).isEqualTo(to);
            assertThat(after.history()).as(label).hasSize(1);
            StatusChange change = after.history().get(0);
            assertThat(change.from()).isEqualTo(from);
            assertThat(change.to()).isEqualTo(to);
            assertThat(change.role()).isEqualTo(role);
            assertThat(change.at()).isEqualTo(CLOCK.instant());
            assertThat(change.actor()).contains("someone");
            assertThat(change.note()).contains("note");
          }
        }
      }
    }
    assertThat(accepted).isEqualTo(workflow.transitions().stream().mapToInt(t -> t.roles().size()).sum());
  }

  @Test
  void aStatusCannotMoveToItself() {
    for (RectificationStatus status : RectificationStatus.values()) {
      assertThat(workflow.allowed(status, status)).isFalse();
    }
  }

  @Test
  void completingSetsTheCompletionDayInTheCampaignZone() {
    RectificationItem submitted = item().status(RectificationStatus.SUBMITTED)
        .addEvidence(Evidence.builder().description("調度令").addedOn(LocalDate.of(2019, 8, 1)).build()).build();
    RectificationItem done = workflow.transition(submitted, RectificationStatus.COMPLETED, ActorRole.LEAD_LEADER,
        "l-1", CLOCK, SHANGHAI, null).get();
    assertThat(done.completedOn()).contains(LocalDate.of(2019, 9, 1));
  }

  @Test
  void completionWithoutEvidenceIsRefused() {
    RectificationItem submitted = item().status(RectificationStatus.SUBMITTED).build();
    Validation<Violation, RectificationItem> result = workflow.transition(submitted, RectificationStatus.COMPLETED,
        ActorRole.LEAD_LEADER, "l-1", CLOCK, SHANGHAI, null);
    assertThat(result.getError().code()).isEqualTo("RECT-COMPLETED-WITHOUT-EVIDENCE");
  }

  @Test
  void signOffIsReachableOnlyFromACompletedStatusAndRecordsTheVerifier() {
    for (RectificationStatus from : RectificationStatus.values()) {
      boolean reachable = workflow.allowed(from, RectificationStatus.SIGNED_OFF);
      assertThat(reachable).as(from.name())
          .isEqualTo(from == RectificationStatus.COMPLETED || from == RectificationStatus.STAGE_COMPLETED);
    }
    RectificationItem signed = workflow.transition(withEvidenceAt(RectificationStatus.COMPLETED),
        RectificationStatus.SIGNED_OFF, ActorRole.GUIDANCE_GROUP, "g-1", CLOCK, SHANGHAI, "核驗通過").get();
    assertThat(signed.signOff()).hasValueSatisfying(s -> {
      assertThat(s.verifiedBy()).isEqualTo("g-1");
      assertThat(s.date()).isEqualTo(LocalDate.of(2019, 9, 1));
    });
  }

  @Test
  void theCampaignOfficeSignsOffAndReopensButNeitherStartsNorCompletesNorReturns() {
    ActorRole office = ActorRole.CAMPAIGN_OFFICE;
    assertThat(office.label().traditional()).isEqualTo("主題教育辦公室");
    for (RectificationWorkflow.Transition t : workflow.transitions()) {
      boolean officeMay = t.to() == RectificationStatus.SIGNED_OFF || t.to() == RectificationStatus.REOPENED;
      assertThat(t.roles().contains(office)).as(t.from() + " -> " + t.to()).isEqualTo(officeMay);
    }
    RectificationItem signed = workflow.transition(withEvidenceAt(RectificationStatus.STAGE_COMPLETED),
        RectificationStatus.SIGNED_OFF, office, "市委主題教育辦公室", CLOCK, SHANGHAI, "核驗通過").get();
    assertThat(signed.signOff()).hasValueSatisfying(s -> assertThat(s.verifiedBy()).isEqualTo("市委主題教育辦公室"));
    assertThat(signed.history().get(0).role()).isEqualTo(office);
    RectificationItem submitted = withEvidenceAt(RectificationStatus.SUBMITTED);
    assertThat(workflow.transition(submitted, RectificationStatus.COMPLETED, office, "office", CLOCK, SHANGHAI, null)
        .getError().code()).isEqualTo("RECT-ROLE-NOT-ALLOWED");
  }

  @Test
  void reopeningClearsCompletionAndSignOffButKeepsTheHistory() {
    RectificationItem signed = workflow.transition(withEvidenceAt(RectificationStatus.COMPLETED),
        RectificationStatus.SIGNED_OFF, ActorRole.GUIDANCE_GROUP, "g-1", CLOCK, SHANGHAI, null).get();
    RectificationItem reopened = workflow.transition(signed, RectificationStatus.REOPENED, ActorRole.GUIDANCE_GROUP,
        "g-1", CLOCK, SHANGHAI, "群眾反映問題反彈").get();
    assertThat(reopened.completedOn()).isEmpty();
    assertThat(reopened.signOff()).isEmpty();
    assertThat(reopened.history()).extracting(StatusChange::to)
        .containsExactly(RectificationStatus.SIGNED_OFF, RectificationStatus.REOPENED);
  }

  @Test
  void aFullWalkLandsEveryStepInTheHistory() {
    RectificationItem current = item().addEvidence(Evidence.builder().description("調度令")
        .addedOn(LocalDate.of(2019, 8, 1)).build()).build();
    RectificationStatus[] path = {RectificationStatus.IN_PROGRESS, RectificationStatus.SUBMITTED,
        RectificationStatus.RETURNED, RectificationStatus.SUBMITTED, RectificationStatus.COMPLETED,
        RectificationStatus.SIGNED_OFF};
    ActorRole[] roles = {ActorRole.RESPONSIBLE_UNIT, ActorRole.RESPONSIBLE_UNIT, ActorRole.GUIDANCE_GROUP,
        ActorRole.RESPONSIBLE_UNIT, ActorRole.LEAD_LEADER, ActorRole.LEAD_LEADER};
    for (int i = 0; i < path.length; i++) {
      current = workflow.transition(current, path[i], roles[i], "a" + i, CLOCK, SHANGHAI, null).get();
    }
    assertThat(current.history()).extracting(StatusChange::to).containsExactly(path);
    assertThat(current.status()).isEqualTo(RectificationStatus.SIGNED_OFF);
  }
}
