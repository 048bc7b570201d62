package io.github.chuxin.testkit.contract;

import static io.github.chuxin.testkit.contract.Pages.ids;
import static io.github.chuxin.testkit.contract.Pages.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.ImmutableCampaign;
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
import io.github.chuxin.persistence.Revision;
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
 * also over generated campaigns; it refuses writes outside the subtree (also an overwrite of an
 * aggregate stored outside it) with a {@link ScopeViolationException} naming the aggregate (or the
 * group or body of a fact) and the scope, and stores nothing; it reads the shared reference data
 * (campaigns, guidance groups) but writes none of it; it never widens.
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
    OrgId district = data.district();
    OrgId otherDistrict = data.otherDistrict();
    Storage scoped = storage().scopedTo(district);
    Promise promise = Promise.of("AggregateStore.save(value, expected)", "a scoped write outside the subtree is"
        + " refused with a ScopeViolationException naming the aggregate and the scope, and nothing is written");
    RectificationItem outside = samples().item(otherDistrict, List.of());
    refused(promise, AggregateKind.RECTIFICATION_ITEM, outside.id(), district,
        () -> scoped.rectifications().save(outside, ExpectedRevision.expectNew()));
    promise.absent(storage().rectifications().find(outside.id()));
    Problem problem = samples().problem(otherDistrict, List.of());
    refused(promise, AggregateKind.PROBLEM, problem.id(), district,
        () -> scoped.problems().save(problem, ExpectedRevision.expectNew()));
    promise.absent(storage().problems().find(problem.id()));
    if (storage().supports(Capability.BULK_SAVE)) {
      Problem inside = samples().problem(district, List.of());
      Problem another = samples().problem(otherDistrict, List.of());
      refused(promise, AggregateKind.PROBLEM, another.id(), district,
          () -> scoped.problems().saveAll(List.of(inside, another)));
      promise.absent(storage().problems().find(inside.id()));
      promise.absent(storage().problems().find(another.id()));
    }
  }

  /** Checks that a scoped write is refused naming what and where, and returns the refusal. */
  private static ScopeViolationException refused(Promise promise, AggregateKind kind, Identifier id, OrgId scope,
      Promise.Call write) {
    ScopeViolationException e = promise.thrown(ScopeViolationException.class, write);
    promise.equal(kind, e.kind());
    promise.equal(id, e.id());
    promise.equal(scope, e.scope());
    return e;
  }

  @Test
  void anUnscopedStorageHasNoScopeAndAScopedOneNamesItsRoot() {
    Promise.of("Storage.scope()", "empty if unscoped").equal(Optional.empty(), storage().scope());
    requireCapability(Capability.SCOPED_READS);
    OrgId root = storedRoot().id();
    Promise.of("Storage.scope()", "the root of the subtree a scoped storage is limited to")
        .equal(Optional.of(root), storage().scopedTo(root).scope());
  }

  @Test
  void sharedReferenceDataIsReadThroughEveryScopeButWrittenThroughNone() {
    requireCapability(Capability.SCOPED_READS);
    Dataset data = storedDataset(0, 0);
    OrgId district = data.district();
    GuidanceGroup group = samples().guidanceGroup();
    Versioned<GuidanceGroup> storedGroup = storage().guidance().save(group, ExpectedRevision.expectNew());
    Storage scoped = storage().scopedTo(district);
    Promise reads = Promise.of("Storage.scopedTo(root)", "a scoped storage reads all the shared reference data"
        + " (campaigns, guidance groups)");
    reads.found(Versioned.of(data.campaign(), Revision.first()), scoped.campaigns().find(data.campaign().id()));
    reads.found(Versioned.of(group, Revision.first()), scoped.guidance().find(group.id()));
    List<String> groups = ids(scoped.guidance(), readAll(scoped.guidance(), Query.builder().limit(500).build()));
    reads.holds(groups.contains(group.id().value()), "an answer holding " + group.id(), groups);
    List<String> campaigns = ids(scoped.campaigns(), readAll(scoped.campaigns(), Query.builder().limit(500).build()));
    reads.holds(campaigns.contains(data.campaign().id().value()), "an answer holding " + data.campaign().id(),
        campaigns);

    Promise writes = Promise.of("GuidanceStore.save(group, expected)", "guidance groups are shared reference data,"
        + " refused through every scope, and nothing is written");
    GuidanceGroup renamed = GuidanceGroup.builder().from(group).name(group.name() + " renamed").build();
    refused(writes, AggregateKind.GUIDANCE_GROUP, group.id(), district,
        () -> scoped.guidance().save(renamed, ExpectedRevision.of(storedGroup)));
    GuidanceGroup fresh = samples().guidanceGroup();
    refused(writes, AggregateKind.GUIDANCE_GROUP, fresh.id(), district,
        () -> scoped.guidance().save(fresh, ExpectedRevision.expectNew()));
    writes.found(Versioned.of(group, Revision.first()), storage().guidance().find(group.id()));
    writes.absent(storage().guidance().find(fresh.id()));

    Promise campaignWrites = Promise.of("CampaignStore.save(campaign, expected)", "campaigns are shared reference"
        + " data, refused through every scope, and nothing is written");
    Campaign changed = ImmutableCampaign.copyOf(data.campaign()).withSummaryMeeting(Samples.START);
    refused(campaignWrites, AggregateKind.CAMPAIGN, data.campaign().id(), district,
        () -> scoped.campaigns().save(changed, ExpectedRevision.of(Revision.first())));
    campaignWrites.found(Versioned.of(data.campaign(), Revision.first()), storage().campaigns().find(data.campaign().id()));

    if (storage().supports(Capability.BULK_SAVE)) {
      GuidanceGroup bulk = samples().guidanceGroup();
      Campaign bulkCampaign = samples().campaign();
      Promise bulkWrites = Promise.of("AggregateStore.saveAll(values)", "shared reference data is refused through"
          + " every scope, in bulk too, and nothing is written");
      bulkWrites.thrown(ScopeViolationException.class, () -> scoped.guidance().saveAll(List.of(bulk)));
      bulkWrites.thrown(ScopeViolationException.class, () -> scoped.campaigns().saveAll(List.of(bulkCampaign)));
      bulkWrites.absent(storage().guidance().find(bulk.id()));
      bulkWrites.absent(storage().campaigns().find(bulkCampaign.id()));
    }
  }

  @Test
  void aNewUnitIsWrittenThroughTheScopeOfItsParentsSubtreeAndRefusedElsewhere() {
    requireCapability(Capability.SCOPED_READS);
    Dataset data = storedDataset(0, 0);
    OrgId district = data.district();
    OrgId branch = data.branch();
    Storage scoped = storage().scopedTo(district);
    Organisation inside = samples().organisation(Optional.of(branch), OrgKind.BRANCH);
    Promise promise = Promise.of("OrganisationStore.save(unit, expected)", "a unit not stored yet lies in the"
        + " subtree of its parent, so a scope over the parent accepts it");
    promise.equal(Versioned.of(inside, Revision.first()), scoped.organisations().save(inside,
        ExpectedRevision.expectNew()));
    promise.found(Versioned.of(inside, Revision.first()), storage().organisations().find(inside.id()));
    Organisation outside = samples().organisation(Optional.of(data.otherDistrict()), OrgKind.BRANCH);
    refused(Promise.of("OrganisationStore.save(unit, expected)", "a unit whose parent lies outside the scope is"
        + " refused, and nothing is written"), AggregateKind.ORGANISATION, outside.id(), district,
        () -> scoped.organisations().save(outside, ExpectedRevision.expectNew()));
    Promise.of("OrganisationStore.save(unit, expected)", "a refused write stores nothing")
        .absent(storage().organisations().find(outside.id()));
  }

  @Test
  void aScopeNeverWidens() {
    requireCapability(Capability.SCOPED_READS);
    Dataset data = storedDataset(0, 0);
    OrgId district = data.district();
    OrgId branch = data.branch();
    OrgId otherBranch = data.units().get(3);
    OrgId otherDistrict = data.otherDistrict();
    RectificationItem inBranch = samples().item(branch, List.of());
    RectificationItem inOtherBranch = samples().item(otherBranch, List.of());
    storage().rectifications().save(inBranch, ExpectedRevision.expectNew());
    storage().rectifications().save(inOtherBranch, ExpectedRevision.expectNew());
    Storage narrower = storage().scopedTo(district).scopedTo(branch);
    Promise promise = Promise.of("Storage.scopedTo(root)", "a scoped storage scopes to a unit of its subtree, and the"
        + " new view reads only that unit's subtree");
    promise.equal(Optional.of(branch), narrower.scope());
    promise.found(Versioned.of(inBranch, Revision.first()), narrower.rectifications().find(inBranch.id()));
    promise.absent(narrower.rectifications().find(inOtherBranch.id()));
    refused(Promise.of("Storage.scopedTo(root)", "a scope never widens: scoping a scoped storage to a unit outside"
        + " its subtree is refused"), AggregateKind.ORGANISATION, otherDistrict, district,
        () -> storage().scopedTo(district).scopedTo(otherDistrict));
  }

  @Test
  void aScopedWriteCannotMoveAnAggregateInFromOutsideTheSubtree() {
    requireCapability(Capability.SCOPED_READS);
    Dataset data = storedDataset(0, 0);
    OrgId district = data.district();
    OrgId branch = data.branch();
    OrgId otherDistrict = data.otherDistrict();
    RectificationItem outside = samples().item(otherDistrict, List.of());
    storage().rectifications().save(outside, ExpectedRevision.expectNew());
    RectificationItem movedIn = RectificationItem.builder().from(outside).responsibleUnit(branch).build();
    Promise promise = Promise.of("AggregateStore.save(value, expected)", "a scoped write cannot overwrite an"
        + " aggregate stored outside the subtree, even to move it in, and nothing is written");
    refused(promise, AggregateKind.RECTIFICATION_ITEM, outside.id(), district,
        () -> storage().scopedTo(district).rectifications().save(movedIn, ExpectedRevision.of(Revision.first())));
    promise.found(Versioned.of(outside, Revision.first()), storage().rectifications().find(outside.id()));
  }

  @Test
  void aScopedWriteInsideTheSubtreeIsStoredButCannotMoveAnItemOut() {
    requireCapability(Capability.SCOPED_READS);
    Dataset data = storedDataset(0, 0);
    OrgId district = data.district();
    OrgId branch = data.branch();
    OrgId otherDistrict = data.otherDistrict();
    Storage scoped = storage().scopedTo(district);
    RectificationItem item = samples().item(branch, List.of());
    Versioned<RectificationItem> inside = scoped.rectifications().save(item, ExpectedRevision.expectNew());
    Promise.of("AggregateStore.save(value, expected)", "a scoped write inside the subtree is stored")
        .found(Versioned.of(item, Revision.first()), storage().rectifications().find(item.id()));
    RectificationItem moved = RectificationItem.builder().from(item).responsibleUnit(otherDistrict).build();
    Promise promise = Promise.of("AggregateStore.save(value, expected)", "a scoped write cannot move an aggregate"
        + " out of the subtree, and nothing is written");
    refused(promise, AggregateKind.RECTIFICATION_ITEM, item.id(), district,
        () -> scoped.rectifications().save(moved, ExpectedRevision.of(inside)));
    promise.found(Versioned.of(item, Revision.first()), storage().rectifications().find(item.id()));
  }

  @Test
  void guidanceAssignmentsAndRecordsAreReadAndWrittenOnlyWithinTheScope() {
    requireCapability(Capability.SCOPED_READS);
    Dataset data = storedDataset(0, 0);
    OrgId district = data.district();
    OrgId branch = data.branch();
    OrgId otherDistrict = data.otherDistrict();
    GuidanceGroup group = samples().guidanceGroup();
    storage().guidance().save(group, ExpectedRevision.expectNew());
    storage().guidance().assign(GuidanceAssignment.of(group.id(), otherDistrict));
    storage().guidance().assign(GuidanceAssignment.of(group.id(), district));
    FiveMustRecord outsideRecord = FiveMustRecord.builder().group(group.id()).unit(otherDistrict)
        .must(FiveMust.TALK_WITH_LEADERS).date(Samples.START).build();
    FiveMustRecord insideRecord = FiveMustRecord.builder().group(group.id()).unit(branch)
        .must(FiveMust.REVIEW_PLAN).date(Samples.START).build();
    storage().guidance().record(outsideRecord);
    storage().guidance().record(insideRecord);
    Storage scoped = storage().scopedTo(district);
    Promise.of("GuidanceStore.assignments(group)", "a scoped store shows only the assignments whose unit lies in"
        + " its subtree").equal(List.of(GuidanceAssignment.of(group.id(), district)),
            scoped.guidance().assignments(group.id()));
    Promise.of("GuidanceStore.records(group)", "a scoped store shows only the records whose unit lies in its"
        + " subtree").equal(List.of(insideRecord), scoped.guidance().records(group.id()));
    FiveMustRecord another = FiveMustRecord.builder().from(outsideRecord).must(FiveMust.REVIEW_PLAN).build();
    refused(Promise.of("GuidanceStore.record(record)", "a record at a unit outside the scope is refused, naming"
        + " the group and the scope"), AggregateKind.GUIDANCE_GROUP, group.id(), district,
        () -> scoped.guidance().record(another));
    OrgId elsewhere = data.units().get(7);
    refused(Promise.of("GuidanceStore.assign(assignment)", "an assignment to a unit outside the scope is refused,"
        + " naming the group and the scope"), AggregateKind.GUIDANCE_GROUP, group.id(), district,
        () -> scoped.guidance().assign(GuidanceAssignment.of(group.id(), elsewhere)));
    Promise nothing = Promise.of("GuidanceStore.assign(assignment)", "a refused fact is not written");
    nothing.equal(List.of(outsideRecord, insideRecord), storage().guidance().records(group.id()));
    nothing.equal(List.of(GuidanceAssignment.of(group.id(), otherDistrict), GuidanceAssignment.of(group.id(), district)),
        storage().guidance().assignments(group.id()));
    scoped.guidance().assign(GuidanceAssignment.of(group.id(), branch));
    Promise.of("GuidanceStore.assign(assignment)", "a scoped store accepts an assignment inside its subtree")
        .equal(List.of(GuidanceAssignment.of(group.id(), district), GuidanceAssignment.of(group.id(), branch)),
            scoped.guidance().assignments(group.id()));
  }

  @Test
  void meetingsAreReadAndHeldOnlyWithinTheScopeOfTheirBody() {
    requireCapability(Capability.SCOPED_READS);
    Dataset data = storedDataset(0, 0);
    OrgId district = data.district();
    OrgId branch = data.branch();
    OrgId otherDistrict = data.otherDistrict();
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
    refused(Promise.of("LeadershipBodyStore.hold(meeting)", "a meeting of a body outside the scope is refused,"
        + " naming the body and the scope"), AggregateKind.LEADERSHIP_BODY, outside.id(), district,
        () -> scoped.leadershipBodies().hold(another));
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
    RectificationItem outside = samples().item(data.otherDistrict(), List.of());
    storage().rectifications().save(outside, ExpectedRevision.expectNew(), "a");
    assertThat(storage().scopedTo(data.district()).rectifications().history(outside.id())).isEmpty();
    assertThat(storage().rectifications().history(outside.id())).hasSize(1);
  }
}
