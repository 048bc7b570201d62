package io.github.chuxin.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.ScopeViolationException;
import io.github.chuxin.persistence.TreeCycleException;
import io.github.chuxin.persistence.Versioned;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scope, write and query rules every store that holds its aggregates in memory reads from here. */
class AggregateMatcherTest {

  private static final Optional<OrgId> UNSCOPED = Optional.empty();

  private static Organisation org(String id, Optional<String> parent) {
    return Organisation.builder().id(OrgId.of(id)).parentId(parent.map(OrgId::of)).kind(OrgKind.DISTRICT).name(id)
        .build();
  }

  private static Leader leader(String id, String unit) {
    return Leader.builder().id(LeaderId.of(id)).name(id).unit(OrgId.of(unit)).build();
  }

  private static <T> AggregateTables holding(AggregateTables tables, AggregateType<?, T> type, T value) {
    return tables.with(type, Versioned.of(value, Revision.first()));
  }

  /** city > district > street, and a second city. */
  private static AggregateTables tree() {
    AggregateTables t = AggregateTables.empty();
    t = holding(t, AggregateType.ORGANISATION, org("city", Optional.empty()));
    t = holding(t, AggregateType.ORGANISATION, org("district", Optional.of("city")));
    t = holding(t, AggregateType.ORGANISATION, org("street", Optional.of("district")));
    return holding(t, AggregateType.ORGANISATION, org("other", Optional.empty()));
  }

  @Test
  void aUnitNotStoredYetLiesInTheSubtreeOfItsParent() {
    AggregateMatcher<Organisation> m = AggregateMatcher.of(AggregateType.ORGANISATION, tree(), Optional.of(OrgId.of("city")));
    assertThat(m.isVisible(org("new", Optional.of("street")))).isTrue();
    assertThat(m.isVisible(org("new", Optional.of("other")))).isFalse();
    assertThat(m.isVisible(org("city", Optional.empty()))).isTrue();
  }

  @Test
  void sharedDataIsShownThroughAScopeButNotWrittenThroughIt() {
    Campaign campaign = Campaign.builder().id(CampaignId.of("c")).build();
    AggregateMatcher<Campaign> m = AggregateMatcher.of(AggregateType.CAMPAIGN, tree(), Optional.of(OrgId.of("street")));
    assertThat(m.isVisible(campaign)).isTrue();
    assertThatThrownBy(() -> m.checkWrite(campaign, Optional.empty(), ExpectedRevision.expectNew()))
        .isInstanceOfSatisfying(ScopeViolationException.class, e -> assertThat(e.id()).isEqualTo(CampaignId.of("c")));
  }

  @Test
  void aStaleWriteConflictsWithItsTypedIdAndTheStoredRevision() {
    Leader l = leader("l-1", "street");
    AggregateMatcher<Leader> m = AggregateMatcher.of(AggregateType.LEADER, tree(), UNSCOPED);
    Optional<Versioned<Leader>> stored = Optional.of(Versioned.of(l, Revision.of(2)));
    assertThat(m.checkWrite(l, stored, ExpectedRevision.of(Revision.of(2)))).isEqualTo(Versioned.of(l, Revision.of(3)));
    assertThatThrownBy(() -> m.checkWrite(l, stored, ExpectedRevision.of(Revision.first())))
        .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> {
          assertThat(e.id()).isEqualTo(LeaderId.of("l-1"));
          assertThat(e.current()).contains(Revision.of(2));
        });
  }

  @Test
  void aUnitPlacedUnderItsOwnDescendantIsRefused() {
    AggregateMatcher<Organisation> m = AggregateMatcher.of(AggregateType.ORGANISATION, tree(), UNSCOPED);
    Organisation moved = org("city", Optional.of("street"));
    assertThatThrownBy(() -> m.checkWrite(moved, Optional.of(Versioned.of(org("city", Optional.empty()),
        Revision.first())), ExpectedRevision.of(Revision.first()))).isInstanceOf(TreeCycleException.class);
  }

  @Test
  void aFactAtAUnitOutsideTheScopeIsRefusedNamingItsGroup() {
    AggregateMatcher<?> m = AggregateMatcher.of(AggregateType.GUIDANCE_GROUP, tree(), Optional.of(OrgId.of("district")));
    m.checkFactAt(GuidanceGroupId.of("g"), OrgId.of("street"), "the assignment");
    assertThatThrownBy(() -> m.checkFactAt(GuidanceGroupId.of("g"), OrgId.of("other"), "the assignment"))
        .isInstanceOfSatisfying(ScopeViolationException.class,
            e -> assertThat(e.id()).isEqualTo(GuidanceGroupId.of("g")));
  }

  @Test
  void aUnitIsInTheBatchOfItsNearestAssignedAncestor() {
    BatchId first = BatchId.of("b1");
    BatchId second = BatchId.of("b2");
    DateWindow window = DateWindow.ofClosed(LocalDate.of(2019, 5, 31), LocalDate.of(2019, 8, 31));
    Campaign campaign = Campaign.builder().id(CampaignId.of("c"))
        .addBatches(Batch.builder().id(first).number(1).window(window).build(),
            Batch.builder().id(second).number(2).window(window).build())
        .addAssignments(BatchAssignment.of(OrgId.of("city"), first), BatchAssignment.of(OrgId.of("street"), second))
        .build();
    AggregateTables tables = holding(tree(), AggregateType.CAMPAIGN, campaign);
    AggregateMatcher<Leader> m = AggregateMatcher.of(AggregateType.LEADER, tables, UNSCOPED);
    Query inFirst = Query.builder().batch(first).build();
    assertThat(m.matching(inFirst).test(leader("a", "district"))).isTrue();
    assertThat(m.matching(inFirst).test(leader("b", "street"))).isFalse();
    assertThat(m.matching(Query.builder().batch(second).build()).test(leader("b", "street"))).isTrue();
    assertThat(m.matching(inFirst).test(leader("c", "other"))).isFalse();
  }

  @Test
  void aCriterionTheKindDoesNotAnswerIsRefused() {
    AggregateMatcher<Leader> m = AggregateMatcher.of(AggregateType.LEADER, tree(), UNSCOPED);
    assertThatThrownBy(() -> m.matching(Query.builder().overdueAsOf(LocalDate.of(2019, 9, 1)).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OVERDUE");
  }
}
