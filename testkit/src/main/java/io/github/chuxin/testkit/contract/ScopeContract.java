package io.github.chuxin.testkit.contract;

import static io.github.chuxin.testkit.contract.Pages.ids;
import static io.github.chuxin.testkit.contract.Pages.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.id.Identifier;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.ScopeViolationException;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.testkit.fixtures.Fixtures;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Scopes 範圍 (范围): a storage scoped to a unit sees only that unit's subtree, for every kind
 * that belongs to a unit, in finds, queries, counts, meetings, guidance records and the history,
 * also over generated campaigns; it refuses writes outside the subtree with a
 * {@link ScopeViolationException} and stores nothing.
 *
 * <p>Runs as the nested group {@code "scopes"} of {@link StorageContract}, against the storage
 * that the kit's subclass supplies; it is not extended on its own.
 */
public abstract class ScopeContract extends ContractGroup {

  ScopeContract(StorageContract contract) {
    super(contract);
  }

  @Test
  void aScopedStorageNeverSeesAnotherSubtreesData() {
    requireCapability(Capability.SCOPED_READS);
    Dataset data = storedDataset(150, 60);
    qt().withExamples(12).withShrinkCycles(10).forAll(integers().between(0, data.units().size() - 1))
        .checkAssert(i -> {
          OrgId scope = data.units().get(i);
          Storage scoped = storage().scopedTo(scope);
          assertThat(scoped.scope()).contains(scope);
          checkEveryUnitOwnedKind(data, scope, scoped);
        });
  }

  /** Checks {@link #checkScoped} for every kind of aggregate that belongs to a unit. */
  private void checkEveryUnitOwnedKind(Dataset data, OrgId scope, Storage scoped) {
    checkScoped(data, scope, AggregateKind.ORGANISATION, scoped.organisations());
    checkScoped(data, scope, AggregateKind.RECTIFICATION_ITEM, scoped.rectifications());
    checkScoped(data, scope, AggregateKind.PROBLEM, scoped.problems());
    checkScoped(data, scope, AggregateKind.SPECIAL_RECTIFICATION, scoped.specialRectifications());
    checkScoped(data, scope, AggregateKind.ACTIVITY, scoped.activities());
    checkScoped(data, scope, AggregateKind.LEADER, scoped.leaders());
    checkScoped(data, scope, AggregateKind.LEADERSHIP_BODY, scoped.leadershipBodies());
    checkScoped(data, scope, AggregateKind.IMPLEMENTATION_PLAN, scoped.plans());
    checkScoped(data, scope, AggregateKind.SCHEDULE_ITEM, scoped.schedule());
    checkScoped(data, scope, AggregateKind.PROBLEM_LIST, scoped.problemLists());
  }

  private <T> void checkScoped(Dataset data, OrgId scope, AggregateKind kind, AggregateStore<?, T> store) {
    Query inScope = Query.builder().subtree(scope).build();
    List<String> expected = data.expectedIds(kind, store, inScope);
    Query everything = Query.builder().limit(50).build();
    assertThat(ids(store, readAll(store, everything))).as(kind + " seen from " + scope).isEqualTo(expected);
    assertThat(store.count(everything)).as(kind + " counted from " + scope).isEqualTo(expected.size());
    assertThat(ids(store, readAll(store, Query.builder().subtree(data.root()).build())))
        .as(kind + " of the whole tree seen from " + scope).isEqualTo(expected);
    for (T value : data.of(kind, store)) {
      boolean visible = expected.contains(store.idOf(value).value());
      assertThat(findAny(store, value).isPresent()).as(kind + " " + store.idOf(value) + " found from " + scope)
          .isEqualTo(visible);
    }
  }

  @Test
  void scopedReadsOfGeneratedCampaignsNeverReturnARecordOutsideTheScopesSubtree() {
    requireCapability(Capability.SCOPED_READS);
    AtomicInteger campaigns = new AtomicInteger();
    AtomicInteger scopes = new AtomicInteger();
    AtomicInteger records = new AtomicInteger();
    qt().withExamples(6).withShrinkCycles(4)
        .forAll(Fixtures.campaigns().withUnitsBetween(3, 30).withProblemsBetween(0, 20), integers().all(),
            integers().between(1, 60))
        .checkAssert((snapshot, pick, limit) -> {
          Dataset data = Dataset.fromSnapshot(snapshot, samples().fresh("fx") + "/");
          data.storeInto(storage());
          campaigns.incrementAndGet();
          SplittableRandom random = new SplittableRandom(pick);
          for (int k = 0; k < 3; k++) {
            OrgId scope = data.units().get(random.nextInt(data.units().size()));
            Storage scoped = storage().scopedTo(scope);
            checkEveryUnitOwnedKind(data, scope, scoped);
            if (storage().supports(Capability.KEYSET_PAGING) && storage().supports(Capability.SUBTREE_QUERIES)) {
              // a query for another unit's subtree, paged at a random size, sees only where the two overlap
              OrgId other = data.units().get(random.nextInt(data.units().size()));
              Query crossing = Query.builder().subtree(other).limit(limit).build();
              List<String> overlap = data.items().stream().filter(r -> data.isInSubtree(scope, r.responsibleUnit())
                  && data.isInSubtree(other, r.responsibleUnit())).map(r -> r.id().value()).sorted().toList();
              assertThat(ids(scoped.rectifications(), readAll(scoped.rectifications(), crossing)))
                  .as("items of %s's subtree paged by %d from %s", other, limit, scope).isEqualTo(overlap);
              assertThat(scoped.rectifications().count(crossing)).isEqualTo(overlap.size());
            }
            if (storage().supports(Capability.CHANGE_HISTORY)) {
              for (RectificationItem item : data.items()) {
                boolean inside = data.isInSubtree(scope, item.responsibleUnit());
                assertThat(scoped.rectifications().history(item.id()).isEmpty())
                    .as("history of %s read from %s", item.id(), scope).isEqualTo(!inside);
              }
            }
            scopes.incrementAndGet();
            records.addAndGet(data.items().size() + data.problems().size() + data.organisations().size()
                + data.activities().size() + data.specials().size() + data.leaderValues().size()
                + data.bodies().size() + data.plans().size() + data.schedule().size() + data.problemLists().size());
          }
        });
    report("scoped reads: %d generated campaigns, %d random scopes, %d record visibilities checked",
        campaigns.get(), scopes.get(), records.get());
  }

  private <I extends Identifier, T> Optional<Versioned<T>> findAny(AggregateStore<I, T> store, T value) {
    return store.find(store.idOf(value));
  }

  @Test
  void aScopedWriteOutsideTheSubtreeIsRefusedAndStoresNothing() {
    requireCapability(Capability.SCOPED_READS);
    Dataset data = storedDataset(0, 0);
    OrgId district = data.units().get(1);
    OrgId otherDistrict = data.units().get(5);
    Storage scoped = storage().scopedTo(district);
    RectificationItem outside = samples().item(otherDistrict, List.of());
    assertThatThrownBy(() -> scoped.rectifications().save(outside, ExpectedRevision.expectNew()))
        .isInstanceOf(ScopeViolationException.class);
    assertThat(storage().rectifications().find(outside.id())).isEmpty();
    Problem problem = samples().problem(otherDistrict, List.of());
    assertThatThrownBy(() -> scoped.problems().save(problem, ExpectedRevision.expectNew()))
        .isInstanceOf(ScopeViolationException.class);
    assertThat(storage().problems().find(problem.id())).isEmpty();
    Organisation foreign = samples().organisation(Optional.of(otherDistrict), OrgKind.BRANCH);
    assertThatThrownBy(() -> scoped.organisations().save(foreign, ExpectedRevision.expectNew()))
        .isInstanceOf(ScopeViolationException.class);
    assertThatThrownBy(() -> scoped.campaigns().save(samples().campaign(), ExpectedRevision.expectNew()))
        .as("shared reference data is not writable through a scope").isInstanceOf(ScopeViolationException.class);
  }

  @Test
  void aScopedWriteInsideTheSubtreeIsStoredButCannotMoveAnItemOut() {
    requireCapability(Capability.SCOPED_READS);
    Dataset data = storedDataset(0, 0);
    OrgId district = data.units().get(1);
    OrgId branch = data.units().get(2);
    OrgId otherDistrict = data.units().get(5);
    Storage scoped = storage().scopedTo(district);
    Versioned<RectificationItem> inside = scoped.rectifications().save(samples().item(branch, List.of()),
        ExpectedRevision.expectNew());
    assertThat(storage().rectifications().find(inside.value().id())).contains(inside);
    RectificationItem moved = RectificationItem.builder().from(inside.value()).responsibleUnit(otherDistrict).build();
    assertThatThrownBy(() -> scoped.rectifications().save(moved, ExpectedRevision.of(inside)))
        .isInstanceOf(ScopeViolationException.class);
    assertThat(storage().rectifications().find(inside.value().id())).contains(inside);
  }

  @Test
  void guidanceRecordsAreReadAndWrittenOnlyWithinTheScope() {
    requireCapability(Capability.SCOPED_READS);
    Dataset data = storedDataset(0, 0);
    OrgId district = data.units().get(1);
    OrgId otherDistrict = data.units().get(5);
    GuidanceGroup group = samples().guidanceGroup();
    storage().guidance().save(group, ExpectedRevision.expectNew());
    storage().guidance().assign(GuidanceAssignment.of(group.id(), district));
    storage().guidance().assign(GuidanceAssignment.of(group.id(), otherDistrict));
    Storage scoped = storage().scopedTo(district);
    assertThat(scoped.guidance().find(group.id())).as("groups are shared reference data").isPresent();
    assertThat(scoped.guidance().assignments(group.id())).containsExactly(GuidanceAssignment.of(group.id(), district));
    FiveMustRecord outside = FiveMustRecord.builder().group(group.id()).unit(otherDistrict)
        .must(FiveMust.TALK_WITH_LEADERS).date(Samples.START).build();
    assertThatThrownBy(() -> scoped.guidance().record(outside)).isInstanceOf(ScopeViolationException.class);
    assertThat(storage().guidance().records(group.id())).isEmpty();
  }

  @Test
  void meetingsAreReadAndHeldOnlyWithinTheScopeOfTheirBody() {
    requireCapability(Capability.SCOPED_READS);
    Dataset data = storedDataset(0, 0);
    OrgId district = data.units().get(1);
    OrgId branch = data.units().get(2);
    OrgId otherDistrict = data.units().get(5);
    LeadershipBody inside = samples().body(branch, List.of());
    LeadershipBody outside = samples().body(otherDistrict, List.of());
    Dataset.saveAll(storage(), storage().leadershipBodies(), List.of(inside, outside));
    Meeting insideMeeting = samples().meeting(inside.id());
    Meeting outsideMeeting = samples().meeting(outside.id());
    storage().leadershipBodies().hold(insideMeeting);
    storage().leadershipBodies().hold(outsideMeeting);
    Storage scoped = storage().scopedTo(district);
    assertThat(scoped.leadershipBodies().meetings(inside.id())).containsExactly(insideMeeting);
    assertThat(scoped.leadershipBodies().meetings(outside.id())).isEmpty();
    Meeting another = samples().meeting(outside.id());
    assertThatThrownBy(() -> scoped.leadershipBodies().hold(another)).isInstanceOf(ScopeViolationException.class);
    Meeting ofAnUnknownBody = samples().meeting(samples().body(branch, List.of()).id());
    assertThatThrownBy(() -> scoped.leadershipBodies().hold(ofAnUnknownBody))
        .as("a meeting of a body not stored cannot be shown to lie in the scope")
        .isInstanceOf(ScopeViolationException.class);
    Meeting accepted = samples().meeting(inside.id());
    scoped.leadershipBodies().hold(accepted);
    assertThat(storage().leadershipBodies().meetings(outside.id())).containsExactly(outsideMeeting);
    assertThat(storage().leadershipBodies().meetings(inside.id())).containsExactly(insideMeeting, accepted);
  }

  @Test
  void theHistoryOfAnItemOutsideTheScopeIsNotShown() {
    requireCapability(Capability.SCOPED_READS);
    requireCapability(Capability.CHANGE_HISTORY);
    Dataset data = storedDataset(0, 0);
    RectificationItem outside = samples().item(data.units().get(5), List.of());
    storage().rectifications().save(outside, ExpectedRevision.expectNew(), "a");
    assertThat(storage().scopedTo(data.units().get(1)).rectifications().history(outside.id())).isEmpty();
    assertThat(storage().rectifications().history(outside.id())).hasSize(1);
  }
}
