package io.github.chuxin.testkit.contract;

import static io.github.chuxin.testkit.contract.Pages.ids;
import static io.github.chuxin.testkit.contract.Pages.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.GeneralRequirement;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.leadership.PlanReview;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.rectification.Evidence;
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

  private static final String FIND = "AggregateStore.find(id)";

  /** Saves a value alone and reads it back by id and by a query of its unit's subtree, as the caller gave it. */
  private <I extends Identifier, T> void roundTrip(AggregateStore<I, T> store, T value, OrgId unit, String text) {
    Promise.of("AggregateStore.save(value, expected)", "returns hostile text as the caller gave it").about(text)
        .equal(Versioned.of(value, Revision.first()), store.save(value, ExpectedRevision.expectNew()));
    readsBack(store, value, Revision.first(), unit, text);
  }

  private <I extends Identifier, T> void readsBack(AggregateStore<I, T> store, T value, Revision revision,
      OrgId unit, String text) {
    Promise.of(FIND, "returns hostile text as the caller gave it").about(store.kind() + ", " + text)
        .found(Versioned.of(value, revision), store.find(idOf(store, value)));
    if (storage().supports(Capability.SUBTREE_QUERIES) && store.kind().criteria().contains(Criterion.SUBTREE)) {
      List<Versioned<T>> answer = readAll(store, Query.builder().subtree(unit).build());
      Promise.of("AggregateStore.query(query)", "answers hostile text as the caller gave it")
          .about(store.kind() + ", " + text).holds(answer.contains(Versioned.of(value, revision)),
              "an answer holding " + Versioned.of(value, revision), answer);
    }
  }

  @SuppressWarnings("unchecked")
  private static <I extends Identifier, T> I idOf(AggregateStore<I, T> store, T value) {
    return (I) AggregateType.of(store.kind()).idOf(cast(value));
  }

  @SuppressWarnings("unchecked")
  private static <V> V cast(Object value) {
    return (V) value;
  }

  /** The first three code points of a text, padded: a phrase of the general requirement must have three. */
  private static String threeCodePoints(String text) {
    String three = text.codePoints().limit(3).collect(StringBuilder::new, StringBuilder::appendCodePoint,
        StringBuilder::append).toString();
    return three + "xx".substring(0, 3 - (int) three.codePoints().count());
  }

  /** A new aggregate of a kind with the text in every free-text field it has, in a unit. */
  private Object hostile(AggregateCase<?, ?> c, String text, OrgId unit) {
    Samples s = samples();
    return switch (c.type().kind()) {
      case ORGANISATION -> Organisation.builder().from(s.organisation(Optional.of(unit), OrgKind.BRANCH)).name(text)
          .build();
      case CAMPAIGN -> {
        String three = threeCodePoints(text);
        GeneralRequirement requirement = GeneralRequirement.builder()
            .addPhrases(Label.of(text, three, three), Label.of(text + "2", "守初心", "守初心"),
                Label.of("third", three, "擔使命"), Label.of("fourth", "抓落实", three)).build();
        yield Campaign.builder().from(s.campaign()).theme(Label.of(text, text, text)).generalRequirement(requirement)
            .build();
      }
      case PROBLEM -> Problem.builder().from(s.problem(unit, List.of())).description(text).category(text)
          .rootCause(text).sourceReference(text).build();
      case RECTIFICATION_ITEM -> RectificationItem.builder().from(s.item(unit, List.of())).title(text)
          .measures(List.of(text, "plain")).progress(text).addEvidence(Evidence.builder().description(text)
              .reference(text).addedOn(Samples.START).build()).build();
      case SPECIAL_RECTIFICATION -> SpecialRectification.builder().from(s.special(List.of(unit), List.of()))
          .leadUnit(unit).area(text).title(text).addObjectives(text).addMeasures(text).build();
      case GUIDANCE_GROUP -> GuidanceGroup.builder().from(s.guidanceGroup()).name(text).build();
      case ACTIVITY -> Activity.builder().from(s.activity(unit, List.of())).topic(text).place(text).build();
      case LEADER -> Leader.builder().from(s.leaderIn(unit)).name(text).title(text).build();
      case LEADERSHIP_BODY -> s.body(unit, List.of());
      case IMPLEMENTATION_PLAN -> {
        ImplementationPlan plan = s.plan(unit);
        yield ImplementationPlan.builder().from(plan).title(text).addReviews(PlanReview.builder()
            .group(GuidanceGroupId.of(s.fresh("group"))).reviewedOn(plan.submittedOn())
            .outcome(PlanReview.Outcome.RETURNED_FOR_REVISION).comments(text).build()).build();
      }
      case SCHEDULE_ITEM -> ScheduleItem.builder().from(s.scheduleItem(unit)).title(text).build();
      case PROBLEM_LIST -> ProblemList.builder().from(s.problemList(unit, List.of())).title(text).build();
    };
  }

  /** The unit whose subtree holds a value made by {@link #hostile}: an organisation's own id, else the unit. */
  private static OrgId placed(Object value, OrgId unit) {
    return value instanceof Organisation o ? o.id() : unit;
  }

  @Test
  void hostileTextInEveryFreeTextFieldRoundTripsUnchangedThroughSaveFindQueryAndHistory() {
    Organisation root = storedRoot();
    int fields = 0;
    for (String text : HostileText.samples()) {
      Organisation org = Organisation.builder().from(samples().organisation(Optional.of(root.id()), OrgKind.BRANCH))
          .name(text).build();
      roundTrip(storage().organisations(), org, org.id(), text);
      OrgId unit = org.id();
      for (AggregateCase<?, ?> c : AggregateCase.all()) {
        Object value = hostile(c, text, unit);
        roundTrip(c.in(storage()), cast(value), placed(value, unit), text);
      }
      LeadershipBody body = samples().body(unit, List.of());
      storage().leadershipBodies().save(body, ExpectedRevision.expectNew());
      Meeting meeting = Meeting.builder().from(samples().meeting(body.id())).topic(text).build();
      storage().leadershipBodies().hold(meeting);
      Promise.of("LeadershipBodyStore.meetings(body)", "returns hostile text as the caller gave it").about(text)
          .equal(List.of(meeting), storage().leadershipBodies().meetings(body.id()));
      GuidanceGroup group = GuidanceGroup.builder().from(samples().guidanceGroup()).name(text).build();
      storage().guidance().save(group, ExpectedRevision.expectNew());
      FiveMustRecord record = FiveMustRecord.builder().group(group.id()).unit(unit).must(FiveMust.REVIEW_PLAN)
          .date(Samples.START).note(text).build();
      storage().guidance().record(record);
      Promise.of("GuidanceStore.records(group)", "returns hostile text as the caller gave it").about(text)
          .equal(List.of(record), storage().guidance().records(group.id()));
      RectificationItem item = RectificationItem.builder().from(samples().item(unit, List.of())).title(text)
          .measures(List.of(text, "plain")).progress(text).build();
      Versioned<RectificationItem> v1 = storage().rectifications().save(item, ExpectedRevision.expectNew(), text);
      readsBack(storage().rectifications(), item, Revision.first(), unit, text);
      RectificationItem changed = RectificationItem.builder().from(item).title(text + text).progress(text + "更")
          .build();
      storage().rectifications().save(changed, ExpectedRevision.of(v1), text);
      readsBack(storage().rectifications(), changed, Revision.of(2), unit, text);
      if (storage().supports(Capability.CHANGE_HISTORY)) {
        Promise.of("RectificationStore.history(item)", "records a hostile actor as the caller gave it").about(text)
            .equal(List.of(text, text), storage().rectifications().history(item.id()).stream()
                .map(ChangeRecord::actor).toList());
      }
      fields += 36;
    }
    report("hostile text: %d samples(), %d field round trips", HostileText.samples().size(), fields);
  }

  @Test
  void hostileTextInEveryFreeTextFieldRoundTripsUnchangedThroughABulkSave() {
    requireCapability(Capability.BULK_SAVE);
    Organisation root = storedRoot();
    for (AggregateCase<?, ?> c : AggregateCase.all()) {
      List<Object> values = new ArrayList<>();
      for (String text : HostileText.samples()) {
        values.add(hostile(c, text, root.id()));
      }
      List<?> written = c.in(storage()).saveAll(cast(values));
      Promise.of("AggregateStore.saveAll(values)", "returns hostile text as the caller gave it, in order").about(c)
          .equal(values.stream().map(v -> Versioned.of(v, Revision.first())).toList(), written);
      for (int i = 0; i < values.size(); i++) {
        readsBack(c.in(storage()), cast(values.get(i)), Revision.first(), placed(values.get(i), root.id()),
            HostileText.samples().get(i));
      }
    }
    report("hostile text in bulk: %d samples() in each of %d kinds", HostileText.samples().size(),
        AggregateCase.all().size());
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

  @Test
  void hostileTextInIdsRoundTripsAndPagesInJavaStringOrder() {
    Organisation root = storedRoot();
    String prefix = samples().fresh("hostile") + "/";
    List<RectificationItem> items = new ArrayList<>();
    for (String text : HostileText.identifierSafe()) {
      Organisation org = Organisation.builder().from(samples().organisation(Optional.of(root.id()), OrgKind.BRANCH))
          .id(OrgId.of(prefix + text)).build();
      roundTrip(storage().organisations(), org, org.id(), text);
      RectificationItem item = RectificationItem.builder().from(samples().item(root.id(), List.of()))
          .id(RectificationId.of(prefix + text)).build();
      roundTrip(storage().rectifications(), item, root.id(), text);
      items.add(item);
      Problem problem = Problem.builder().from(samples().problem(org.id(), List.of()))
          .id(ProblemId.of(prefix + text)).build();
      roundTrip(storage().problems(), problem, org.id(), text);
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
