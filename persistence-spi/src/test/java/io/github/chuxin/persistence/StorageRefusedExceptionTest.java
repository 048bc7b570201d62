package io.github.chuxin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.rectification.RectificationId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StorageRefusedExceptionTest {

  @Test
  void everyRefusalNamesItsKindAndTypedIdAndSaysNothingWasWritten() {
    List<StorageRefusedException> refusals = List.of(
        new ConcurrencyConflictException(AggregateKind.PROBLEM, ProblemId.of("p-1"), ExpectedRevision.expectNew(),
            Optional.of(Revision.first())),
        new ScopeViolationException(AggregateKind.PROBLEM, ProblemId.of("p-1"), OrgId.of("district")),
        new TreeCycleException(OrgId.of("a"), OrgId.of("b")),
        new HistoryRewriteException(RectificationId.of("r-1"), "the stored 2 status changes must stay a prefix"));
    assertThat(refusals).extracting(StorageRefusedException::kind).containsExactly(AggregateKind.PROBLEM,
        AggregateKind.PROBLEM, AggregateKind.ORGANISATION, AggregateKind.RECTIFICATION_ITEM);
    assertThat(refusals).extracting(StorageRefusedException::id).containsExactly(ProblemId.of("p-1"),
        ProblemId.of("p-1"), OrgId.of("a"), RectificationId.of("r-1"));
    assertThat(refusals).allSatisfy(e -> assertThat(e).hasMessageContaining("nothing was written"));
  }

  @Test
  void theIdsOfTheTreeAndHistoryRefusalsAreOfTheirKindsIdType() {
    OrgId unit = new TreeCycleException(OrgId.of("a"), OrgId.of("b")).id();
    RectificationId item = new HistoryRewriteException(RectificationId.of("r-1"), "x").id();
    assertThat(unit).isEqualTo(OrgId.of("a"));
    assertThat(item).isEqualTo(RectificationId.of("r-1"));
  }

  @Test
  void aRefusedFactNamesItsAggregateTheFactAndTheScope() {
    ScopeViolationException e = new ScopeViolationException(AggregateKind.GUIDANCE_GROUP, GuidanceGroupId.of("g-1"),
        "the assignment at unit u-9", OrgId.of("district"));
    assertThat(e.id()).isEqualTo(GuidanceGroupId.of("g-1"));
    assertThat(e).hasMessage("GUIDANCE_GROUP g-1: the assignment at unit u-9 lies outside the scope of unit district;"
        + " nothing was written");
  }
}
