package io.github.chuxin.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.rectification.RectificationStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryTest {

  @Test
  void aPageSizeOutsideOneToTheMaximumIsRefused() {
    assertThatThrownBy(() -> Query.builder().limit(0).build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Query.builder().limit(Query.MAX_LIMIT + 1).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aDeadlineRangeThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> Query.builder().deadlineFrom(LocalDate.of(2019, 9, 2))
        .deadlineTo(LocalDate.of(2019, 9, 1)).build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aCriterionTheKindDoesNotAnswerIsNamedInTheRefusal() {
    Query q = Query.builder().subtree(OrgId.of("d1")).addStatuses(RectificationStatus.PLANNED).build();
    assertThat(q.criteria()).containsExactlyInAnyOrder(Criterion.SUBTREE, Criterion.STATUS);
    assertThatThrownBy(() -> q.requireApplicableTo(AggregateKind.PROBLEM)).hasMessageContaining("STATUS");
    q.requireApplicableTo(AggregateKind.RECTIFICATION_ITEM);
  }

  @Test
  void aContinuedQueryKeepsItsCriteriaAndTakesTheCursor() {
    Query q = Query.builder().subtree(OrgId.of("d1")).limit(7).build();
    Query next = q.continuedAfter(Cursor.of("c"));
    assertThat(next.after()).contains(Cursor.of("c"));
    assertThat(next.subtree()).isEqualTo(q.subtree());
    assertThat(next.limit()).isEqualTo(7);
  }

  @Test
  void anInsertExpectationIsMetOnlyByNothingStored() {
    assertThat(ExpectedRevision.expectNew().isMetBy(Optional.empty())).isTrue();
    assertThat(ExpectedRevision.expectNew().isMetBy(Optional.of(Revision.first()))).isFalse();
    assertThat(ExpectedRevision.of(Revision.of(2)).isMetBy(Optional.of(Revision.of(2)))).isTrue();
    assertThat(ExpectedRevision.of(Revision.of(2)).isMetBy(Optional.of(Revision.of(3)))).isFalse();
  }

  @Test
  void aConflictNamesKindIdExpectedAndCurrentRevision() {
    ConcurrencyConflictException e = new ConcurrencyConflictException(AggregateKind.PROBLEM, io.github.chuxin.problem.ProblemId.of("p1"),
        ExpectedRevision.of(Revision.of(1)), Optional.of(Revision.of(4)));
    assertThat(e).hasMessageContaining("PROBLEM").hasMessageContaining("p1").hasMessageContaining("r1")
        .hasMessageContaining("r4");
  }
}
