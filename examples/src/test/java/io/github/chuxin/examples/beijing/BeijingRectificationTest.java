package io.github.chuxin.examples.beijing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.rectification.ActorRole;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.rectification.StatusChange;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.special.SpecialRectification;
import io.github.chuxin.validation.ValidationReport;
import io.github.chuxin.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Beijing example's rectification as the campaign ran it: no invented extensions, the office signs off. */
class BeijingRectificationTest {

  private final CampaignSnapshot snapshot = BeijingFirstBatch.snapshot();
  private final ValidationReport report = Validator.defaults().report(snapshot, BeijingFirstBatch.AS_OF);

  private static boolean ofMyAreas(Violation v) {
    return v.code().startsWith("RECT-") || v.code().startsWith("PROBLEM-") || v.code().startsWith("SPECIAL-")
        || v.code().startsWith("BATCH-");
  }

  @Test
  void noItemNeedsAnExtensionToRunPastTheBatchAndNoRectificationRuleIsBroken() {
    assertThat(snapshot.rectifications()).allSatisfy(i ->
        assertThat(i.deadline().map(d -> d.extensions().isEmpty()).orElse(true)).as(i.id().value()).isTrue());
    List<RectificationItem> pastTheBatch = snapshot.rectifications().stream()
        .filter(i -> i.effectiveDeadline().filter(d -> d.isAfter(BeijingFirstBatch.FIRST_BATCH.window().end()))
            .isPresent()).toList();
    assertThat(pastTheBatch).isNotEmpty();
    assertThat(report.violations().filter(BeijingRectificationTest::ofMyAreas).filter(v -> v.severity() != Severity.INFO))
        .isEmpty();
    assertThat(report.violations().filter(v -> v.code().equals("RECT-DEADLINE-AFTER-BATCH")))
        .hasSize(pastTheBatch.size()).allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void theCampaignOfficeSignsOffItems() {
    List<StatusChange> signOffs = snapshot.rectifications().stream().flatMap(i -> i.history().stream())
        .filter(c -> c.to() == RectificationStatus.SIGNED_OFF).toList();
    assertThat(signOffs).isNotEmpty().allSatisfy(c -> assertThat(c.role()).isEqualTo(ActorRole.CAMPAIGN_OFFICE));
    assertThat(snapshot.rectifications().stream().flatMap(i -> i.signOff().stream()))
        .allSatisfy(s -> assertThat(s.verifiedBy()).isEqualTo("市委主題教育辦公室"));
  }

  @Test
  void thePlanningRectificationHasItsLeadUnitLeadLeaderAndTheSecretaryInOverallCharge() {
    SpecialRectification planning = snapshot.specialRectifications().stream()
        .filter(s -> s.id().equals(BeijingScenario.PLANNING_RECTIFICATION)).findFirst().orElseThrow();
    assertThat(planning.leadUnit()).contains(BeijingTree.PLANNING);
    assertThat(planning.leadLeader()).contains(BeijingScenario.PLANNING_LEAD);
    assertThat(planning.overallLeaders()).containsExactly(BeijingScenario.SECRETARY);
    assertThat(planning.hasAllFiveElements()).isTrue();
  }
}
