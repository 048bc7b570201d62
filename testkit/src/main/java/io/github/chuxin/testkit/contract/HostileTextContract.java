package io.github.chuxin.testkit.contract;

import static io.github.chuxin.testkit.contract.Pages.ids;
import static io.github.chuxin.testkit.contract.Pages.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.id.Identifier;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.Criterion;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.special.SpecialRectification;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hostile text 惡意文本 (恶意文本): every {@link HostileText} sample, in every free-text field and in
 * ids, comes back unchanged from saves, finds, queries and the history; ids page in Java string
 * order; text with an unpaired surrogate is kept unchanged or refused without a write.
 *
 * <p>Runs as the nested group {@code "hostile text"} of {@link StorageContract}, against the storage
 * that the kit's subclass supplies; it is not extended on its own.
 */
public abstract class HostileTextContract extends ContractGroup {

  HostileTextContract(StorageContract contract) {
    super(contract);
  }

  private <I extends Identifier, T> void roundTrip(AggregateStore<I, T> store, T value, OrgId unit) {
    Versioned<T> written = store.save(value, ExpectedRevision.expectNew());
    assertThat(written.value()).isEqualTo(value);
    assertThat(store.find(store.idOf(value))).as("%s read back by id", store.kind())
        .contains(Versioned.of(value, Revision.first()));
    if (storage().supports(Capability.SUBTREE_QUERIES) && store.kind().criteria().contains(Criterion.SUBTREE)) {
      assertThat(readAll(store, Query.builder().subtree(unit).build())).as("%s read back by a query", store.kind())
          .contains(Versioned.of(value, Revision.first()));
    }
  }

  @Test
  void hostileTextInEveryFreeTextFieldRoundTripsUnchangedThroughSaveFindQueryAndHistory() {
    Organisation root = storedRoot();
    int fields = 0;
    for (String text : HostileText.samples()) {
      Organisation org = Organisation.builder().from(samples().organisation(Optional.of(root.id()), OrgKind.BRANCH))
          .name(text).build();
      roundTrip(storage().organisations(), org, org.id());
      OrgId unit = org.id();
      Leader leader = Leader.builder().from(samples().leaderIn(unit)).name(text).title(text).build();
      roundTrip(storage().leaders(), leader, unit);
      roundTrip(storage().problems(), Problem.builder().from(samples().problem(unit, List.of())).description(text)
          .category(text).rootCause(text).sourceReference(text).build(), unit);
      roundTrip(storage().specialRectifications(), SpecialRectification.builder()
          .from(samples().special(List.of(unit), List.of())).leadUnit(unit).area(text).title(text)
          .addObjectives(text).addMeasures(text).build(), unit);
      roundTrip(storage().activities(), Activity.builder().from(samples().activity(unit, List.of())).topic(text)
          .place(text).build(), unit);
      LeadershipBody body = samples().body(unit, List.of());
      roundTrip(storage().leadershipBodies(), body, unit);
      Meeting meeting = Meeting.builder().from(samples().meeting(body.id())).topic(text).build();
      storage().leadershipBodies().hold(meeting);
      assertThat(storage().leadershipBodies().meetings(body.id())).containsExactly(meeting);
      roundTrip(storage().plans(), ImplementationPlan.builder().from(samples().plan(unit)).title(text).build(), unit);
      roundTrip(storage().schedule(), ScheduleItem.builder().from(samples().scheduleItem(unit)).title(text).build(), unit);
      roundTrip(storage().problemLists(), ProblemList.builder().from(samples().problemList(unit, List.of())).title(text)
          .build(), unit);
      GuidanceGroup group = GuidanceGroup.builder().from(samples().guidanceGroup()).name(text).build();
      roundTrip(storage().guidance(), group, unit);
      FiveMustRecord record = FiveMustRecord.builder().group(group.id()).unit(unit).must(FiveMust.REVIEW_PLAN)
          .date(Samples.START).note(text).build();
      storage().guidance().record(record);
      assertThat(storage().guidance().records(group.id())).containsExactly(record);
      RectificationItem item = RectificationItem.builder().from(samples().item(unit, List.of())).title(text)
          .measures(List.of(text, "plain")).progress(text).build();
      Versioned<RectificationItem> v1 = storage().rectifications().save(item, ExpectedRevision.expectNew(), text);
      roundTripStored(storage().rectifications(), v1, unit);
      RectificationItem changed = RectificationItem.builder().from(item).title(text + text).progress(text + "更")
          .build();
      Versioned<RectificationItem> v2 = storage().rectifications().save(changed, ExpectedRevision.of(v1), text);
      roundTripStored(storage().rectifications(), v2, unit);
      if (storage().supports(Capability.CHANGE_HISTORY)) {
        assertThat(storage().rectifications().history(item.id())).as("the history of an item written by %s", text)
            .extracting(ChangeRecord::actor).containsExactly(text, text);
      }
      fields += 28;
    }
    report("hostile text: %d samples(), %d field round trips", HostileText.samples().size(), fields);
  }

  @Test
  void textWithAnUnpairedSurrogateIsStoredUnchangedOrRefusedWithoutAWriteButNeverAltered() {
    Organisation root = storedRoot();
    int kept = 0;
    int refused = 0;
    for (String broken : HostileText.unpairedSurrogates()) {
      Organisation org = Organisation.builder().from(samples().organisation(Optional.of(root.id()), OrgKind.BRANCH))
          .name(broken).build();
      try {
        storage().organisations().save(org, ExpectedRevision.expectNew());
        assertThat(storage().organisations().find(org.id())).as("a unit named %s", broken)
            .contains(Versioned.of(org, Revision.first()));
        kept++;
      } catch (IllegalArgumentException e) {
        assertThat(storage().organisations().find(org.id())).as("a refused unit named %s", broken).isEmpty();
        refused++;
      }
      RectificationItem item = RectificationItem.builder().from(samples().item(root.id(), List.of())).title(broken)
          .build();
      try {
        storage().rectifications().save(item, ExpectedRevision.expectNew(), "actor " + broken);
        assertThat(storage().rectifications().find(item.id())).as("an item titled %s", broken)
            .contains(Versioned.of(item, Revision.first()));
        if (storage().supports(Capability.CHANGE_HISTORY)) {
          assertThat(storage().rectifications().history(item.id())).extracting(ChangeRecord::actor)
              .containsExactly("actor " + broken);
        }
        kept++;
      } catch (IllegalArgumentException e) {
        assertThat(storage().rectifications().find(item.id())).as("a refused item titled %s", broken).isEmpty();
        if (storage().supports(Capability.CHANGE_HISTORY)) {
          assertThat(storage().rectifications().history(item.id())).isEmpty();
        }
        refused++;
      }
    }
    report("unpaired surrogates: %d writes kept unchanged, %d refused with nothing written", kept, refused);
  }

  private void roundTripStored(RectificationStore store, Versioned<RectificationItem> stored, OrgId unit) {
    assertThat(store.find(stored.value().id())).contains(stored);
    if (storage().supports(Capability.SUBTREE_QUERIES)) {
      assertThat(readAll(store, Query.builder().subtree(unit).build())).contains(stored);
    }
  }

  @Test
  void hostileTextInIdsRoundTripsAndPagesInJavaStringOrder() {
    Organisation root = storedRoot();
    String prefix = samples().fresh("hostile") + "/";
    List<RectificationItem> items = new ArrayList<>();
    for (String text : HostileText.identifierSafe()) {
      Organisation org = Organisation.builder().from(samples().organisation(Optional.of(root.id()), OrgKind.BRANCH))
          .id(OrgId.of(prefix + text)).build();
      roundTrip(storage().organisations(), org, org.id());
      RectificationItem item = RectificationItem.builder().from(samples().item(root.id(), List.of()))
          .id(RectificationId.of(prefix + text)).build();
      roundTrip(storage().rectifications(), item, root.id());
      items.add(item);
      Problem problem = Problem.builder().from(samples().problem(org.id(), List.of()))
          .id(ProblemId.of(prefix + text)).build();
      roundTrip(storage().problems(), problem, org.id());
    }
    if (storage().supports(Capability.SUBTREE_QUERIES) && storage().supports(Capability.KEYSET_PAGING)) {
      List<String> expected = items.stream().map(r -> r.id().value()).sorted().toList();
      for (int limit : List.of(1, 3, 7, 100)) {
        assertThat(ids(storage().rectifications(), readAll(storage().rectifications(),
            Query.builder().subtree(root.id()).limit(limit).build()))).as("pages of %d", limit).isEqualTo(expected);
      }
    }
    report("hostile ids: %d ids of organisations, items and problems", 3 * items.size());
  }
}
