package io.github.chuxin.testkit.contract;

import static io.github.chuxin.testkit.contract.Pages.ids;
import static io.github.chuxin.testkit.contract.Pages.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.Criterion;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.ImmutableQuery;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.Extension;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/**
 * Queries 查詢 (查询): every query a store answers, generated at random over a stored dataset,
 * against a naive reference answer computed from the dataset itself; overdue means an effective
 * deadline before the date and not done; a criterion a store does not answer is refused, by every
 * kind's store, in queries and counts.
 *
 * <p>Runs as the nested group {@code "queries"} of {@link StorageContract}, against the storage
 * that the kit's subclass supplies; it is not extended on its own.
 */
public abstract class QueryContract extends ContractGroup {

  QueryContract(StorageContract contract) {
    super(contract);
  }

  private Gen<Query> queries(Dataset data, AggregateKind kind) {
    List<OrgId> units = data.units();
    Set<Criterion> allowed = kind.criteria();
    List<RectificationStatus> statuses = List.of(RectificationStatus.values());
    return integers().between(0, Integer.MAX_VALUE).map(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      ImmutableQuery.Builder b = Query.builder().limit(1 + r.nextInt(40));
      // the subtree keeps the answer inside this test's data even in a shared storage()
      b.subtree(units.get(r.nextInt(units.size())));
      if (allowed.contains(Criterion.STATUS) && r.nextInt(3) == 0) {
        for (int i = r.nextInt(3) + 1; i > 0; i--) {
          b.addStatuses(statuses.get(r.nextInt(statuses.size())));
        }
      }
      if (allowed.contains(Criterion.DEADLINE_RANGE) && r.nextInt(3) == 0) {
        LocalDate from = Samples.START.plusDays(r.nextInt(240));
        if (r.nextBoolean()) {
          b.deadlineFrom(from);
        }
        if (r.nextBoolean()) {
          b.deadlineTo(from.plusDays(r.nextInt(120)));
        }
      }
      if (allowed.contains(Criterion.OVERDUE) && r.nextInt(3) == 0) {
        b.overdueAsOf(Samples.START.plusDays(r.nextInt(300)));
      }
      if (allowed.contains(Criterion.LEAD_LEADER) && r.nextInt(3) == 0) {
        b.leadLeader(data.leaders().get(r.nextInt(data.leaders().size())));
      }
      if (allowed.contains(Criterion.BATCH) && r.nextInt(3) == 0) {
        b.batch(data.batches().get(r.nextInt(data.batches().size())));
      }
      return b.build();
    });
  }

  private <T> void checkAgainstReference(Dataset data, AggregateKind kind, AggregateStore<?, T> store) {
    requireCapability(Capability.SUBTREE_QUERIES);
    requireCapability(Capability.FILTERED_QUERIES);
    requireCapability(Capability.KEYSET_PAGING);
    qt().withExamples(60).withShrinkCycles(30).forAll(queries(data, kind)).checkAssert(q -> {
      List<String> expected = data.expectedIds(kind, store, q);
      List<String> actual = ids(store, readAll(store, q));
      Promise.of("AggregateStore.query(query)", "answers what the criteria of AggregateKind match, in ascending id"
          + " order").about(kind + " " + q + " " + samples()).equal(expected, actual);
      Promise.of("AggregateStore.count(query)", "counts what the criteria of AggregateKind match")
          .about(kind + " " + q).equal((long) expected.size(), store.count(q));
    });
  }

  @Test
  void rectificationQueriesMatchTheReferenceAnswer() {
    Dataset data = storedDataset(300, 0);
    checkAgainstReference(data, AggregateKind.RECTIFICATION_ITEM, storage().rectifications());
  }

  @Test
  void problemSpecialActivityAndOrganisationQueriesMatchTheReferenceAnswer() {
    Dataset data = storedDataset(0, 120);
    checkAgainstReference(data, AggregateKind.PROBLEM, storage().problems());
    checkAgainstReference(data, AggregateKind.SPECIAL_RECTIFICATION, storage().specialRectifications());
    checkAgainstReference(data, AggregateKind.ACTIVITY, storage().activities());
    checkAgainstReference(data, AggregateKind.ORGANISATION, storage().organisations());
  }

  @Test
  void leaderBodyPlanScheduleAndProblemListQueriesMatchTheReferenceAnswer() {
    Dataset data = storedDataset(0, 120);
    checkAgainstReference(data, AggregateKind.LEADER, storage().leaders());
    checkAgainstReference(data, AggregateKind.LEADERSHIP_BODY, storage().leadershipBodies());
    checkAgainstReference(data, AggregateKind.IMPLEMENTATION_PLAN, storage().plans());
    checkAgainstReference(data, AggregateKind.SCHEDULE_ITEM, storage().schedule());
    checkAgainstReference(data, AggregateKind.PROBLEM_LIST, storage().problemLists());
  }

  @Test
  void overdueMeansAnEffectiveDeadlineBeforeTheDateAndNotDone() {
    requireCapability(Capability.FILTERED_QUERIES);
    OrgId unit = storedRoot().id();
    LocalDate asOf = LocalDate.of(2019, 9, 1);
    RectificationItem base = RectificationItem.builder().from(samples().item(unit, List.of()))
        .kind(RectificationKind.TIME_BOUND)
        .deadline(Deadline.of(asOf)).build();
    RectificationItem late = item(base, LocalDate.of(2019, 8, 31), RectificationStatus.IN_PROGRESS);
    RectificationItem dueToday = item(base, asOf, RectificationStatus.IN_PROGRESS);
    RectificationItem lateButDone = item(base, LocalDate.of(2019, 8, 1), RectificationStatus.COMPLETED);
    RectificationItem extended = RectificationItem.builder().from(item(base, LocalDate.of(2019, 8, 1),
        RectificationStatus.PLANNED)).deadline(Deadline.of(LocalDate.of(2019, 8, 1))
        .extendedBy(Extension.builder().newDeadline(LocalDate.of(2019, 10, 1))
            .grantedOn(LocalDate.of(2019, 7, 30)).reason("more time").build())).build();
    for (RectificationItem r : List.of(late, dueToday, lateButDone, extended)) {
      storage().rectifications().save(r, ExpectedRevision.expectNew());
    }
    Query overdue = Query.builder().subtree(unit).overdueAsOf(asOf).build();
    assertThat(ids(storage().rectifications(), readAll(storage().rectifications(), overdue)))
        .containsExactly(late.id().value());
  }

  private RectificationItem item(RectificationItem base, LocalDate deadline, RectificationStatus status) {
    return RectificationItem.builder().from(base).id(RectificationId.of(
        samples().fresh("item"))).deadline(Deadline.of(deadline)).status(status)
        .build();
  }

  @TestFactory
  Stream<DynamicTest> aCriterionAStoreDoesNotAnswerIsRefused() {
    return AggregateCase.forEachCase(c -> {
      requireCapability(Capability.SUBTREE_QUERIES);
      requireCapability(Capability.FILTERED_QUERIES);
      OrgId unit = OrgId.of(samples().fresh("org"));
      for (Criterion criterion : Criterion.values()) {
        if (c.type().kind().criteria().contains(criterion)) {
          continue;
        }
        Query q = switch (criterion) {
          case SUBTREE -> Query.builder().subtree(unit).build();
          case STATUS -> Query.builder().addStatuses(RectificationStatus.PLANNED).build();
          case DEADLINE_RANGE -> Query.builder().deadlineFrom(Samples.START).build();
          case OVERDUE -> Query.builder().overdueAsOf(Samples.START).build();
          case BATCH -> Query.builder().batch(BatchId.of(samples().fresh("batch"))).build();
          case LEAD_LEADER -> Query.builder().leadLeader(LeaderId.of(samples().fresh("leader"))).build();
        };
        Promise.of("AggregateStore.query(query)", "a query with a criterion the kind does not answer is refused"
            + " with IllegalArgumentException").about(c + ", " + criterion)
            .thrown(IllegalArgumentException.class, () -> c.in(storage()).query(q));
        Promise.of("AggregateStore.count(query)", "a count with a criterion the kind does not answer is refused"
            + " with IllegalArgumentException").about(c + ", " + criterion)
            .thrown(IllegalArgumentException.class, () -> c.in(storage()).count(q));
      }
    });
  }
}
