package io.github.chuxin.testkit.contract;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.special.SpecialRectification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One test's data and the naive reference answer to any query over it.
 */
record Dataset(List<Organisation> organisations, List<LeaderId> leaders, Campaign campaign, List<BatchId> batches,
    List<RectificationItem> items, List<Problem> problems, List<SpecialRectification> specials,
    List<Activity> activities, List<Leader> leaderValues, List<LeadershipBody> bodies, List<ImplementationPlan> plans,
    List<ScheduleItem> schedule, List<ProblemList> problemLists) {

  /**
   * Re-identifies a generated campaign into a dataset of its own: every id of an organisation,
   * leader, batch and stored aggregate gets the prefix, so that many generated campaigns (whose
   * ids repeat: {@code org-0}, {@code plan-org-3}) can share one storage. Guidance groups, their
   * facts and meetings are left out; references between aggregates other than units, leaders and
   * batches keep their old ids (no store checks them).
   */
  static Dataset fromSnapshot(io.github.chuxin.snapshot.CampaignSnapshot snapshot, String prefix) {
    java.util.function.UnaryOperator<OrgId> unit = u -> OrgId.of(prefix + u.value());
    java.util.function.UnaryOperator<LeaderId> leader = l -> LeaderId.of(prefix + l.value());
    List<Organisation> orgs = snapshot.organisations().stream().<Organisation>map(o -> Organisation.builder().from(o)
        .id(unit.apply(o.id())).parentId(o.parentId().map(unit)).homeOrganisations(o.homeOrganisations().stream().map(unit).toList()).build()).toList();
    // the root first: the tests read data.root() and data.units().get(0)
    List<Organisation> ordered = new java.util.ArrayList<>(orgs.stream().filter(o -> o.parentId().isEmpty()).toList());
    orgs.stream().filter(o -> o.parentId().isPresent()).forEach(ordered::add);
    java.util.function.UnaryOperator<BatchId> batch = b -> BatchId.of(prefix + b.value());
    Campaign c = snapshot.campaign();
    Campaign campaign = Campaign.builder().from(c).id(io.github.chuxin.campaign.CampaignId.of(prefix + c.id().value()))
        .batches(c.batches().stream().map(b -> io.github.chuxin.campaign.Batch.builder().from(b)
            .id(batch.apply(b.id())).build()).toList())
        .assignments(c.assignments().stream().map(a -> BatchAssignment.of(unit.apply(a.unit()), batch.apply(a.batch())))
            .toList()).build();
    List<RectificationItem> items = snapshot.rectifications().stream().<RectificationItem>map(r -> RectificationItem.builder().from(r)
        .id(io.github.chuxin.rectification.RectificationId.of(prefix + r.id().value()))
        .responsibleUnit(unit.apply(r.responsibleUnit())).leadLeader(r.leadLeader().map(leader))
        .participatingUnits(r.participatingUnits().stream().map(unit).toList()).build()).toList();
    List<Problem> problems = snapshot.problems().stream().<Problem>map(p -> Problem.builder().from(p)
        .id(io.github.chuxin.problem.ProblemId.of(prefix + p.id().value()))
        .owner(new io.github.chuxin.problem.ProblemOwner(unit.apply(p.owner().unit()), p.owner().leader().map(leader)))
        .build()).toList();
    List<SpecialRectification> specials = snapshot.specialRectifications().stream()
        .<SpecialRectification>map(s -> SpecialRectification.builder().from(s)
            .id(io.github.chuxin.special.SpecialRectificationId.of(prefix + s.id().value()))
            .leadUnit(s.leadUnit().map(unit)).leadLeader(s.leadLeader().map(leader))
            .overallLeaders(s.overallLeaders().stream().map(leader).toList())
            .responsibleDepartments(s.responsibleDepartments().stream().map(unit).toList())
            .participatingUnits(s.participatingUnits().stream().map(unit).toList()).build()).toList();
    List<Activity> activities = snapshot.activities().stream().<Activity>map(a -> Activity.builder().from(a)
        .id(io.github.chuxin.activity.ActivityId.of(prefix + a.id().value())).unit(unit.apply(a.unit()))
        .leader(a.leader().map(leader)).build()).toList();
    List<Leader> leaderValues = snapshot.leaders().stream().<Leader>map(l -> Leader.builder().from(l)
        .id(leader.apply(l.id())).unit(unit.apply(l.unit())).build()).toList();
    List<LeadershipBody> bodies = snapshot.leadershipBodies().stream().<LeadershipBody>map(b -> LeadershipBody.builder().from(b)
        .id(io.github.chuxin.leadership.LeadershipBodyId.of(prefix + b.id().value())).unit(unit.apply(b.unit()))
        .members(b.members().stream().map(leader).toList()).build()).toList();
    List<ImplementationPlan> plans = snapshot.plans().stream().<ImplementationPlan>map(p -> ImplementationPlan.builder().from(p)
        .id(io.github.chuxin.leadership.PlanId.of(prefix + p.id().value())).unit(unit.apply(p.unit())).build())
        .toList();
    List<ScheduleItem> schedule = snapshot.schedule().stream().<ScheduleItem>map(i -> ScheduleItem.builder().from(i)
        .unit(unit.apply(i.unit())).build()).toList();
    List<ProblemList> lists = snapshot.problemLists().stream().<ProblemList>map(l -> ProblemList.builder().from(l)
        .id(io.github.chuxin.problem.ProblemListId.of(prefix + l.id().value()))
        .owner(new io.github.chuxin.problem.ProblemOwner(unit.apply(l.owner().unit()), l.owner().leader().map(leader)))
        .build()).toList();
    return new Dataset(ordered, leaderValues.stream().map(Leader::id).toList(), campaign,
        campaign.batches().stream().map(io.github.chuxin.campaign.Batch::id).toList(), items, problems, specials,
        activities, leaderValues, bodies, plans, schedule, lists);
  }

  OrgId root() {
    return organisations.get(0).id();
  }

  List<OrgId> units() {
    return organisations.stream().map(Organisation::id).toList();
  }

  /** In a dataset of {@link Samples#dataset}: the first district (unit 1, below the root). */
  OrgId district() {
    return units().get(1);
  }

  /** In a dataset of {@link Samples#dataset}: a branch of {@link #district()} (unit 2). */
  OrgId branch() {
    return units().get(2);
  }

  /** In a dataset of {@link Samples#dataset}: the second district (unit 5), outside the first's subtree. */
  OrgId otherDistrict() {
    return units().get(5);
  }

  /** Writes everything, in bulk where the storage declares it. */
  void storeInto(Storage storage) {
    saveAll(storage, storage.organisations(), organisations);
    storage.campaigns().save(campaign, ExpectedRevision.expectNew());
    saveAll(storage, storage.rectifications(), items);
    saveAll(storage, storage.problems(), problems);
    saveAll(storage, storage.specialRectifications(), specials);
    saveAll(storage, storage.activities(), activities);
    saveAll(storage, storage.leaders(), leaderValues);
    saveAll(storage, storage.leadershipBodies(), bodies);
    saveAll(storage, storage.plans(), plans);
    saveAll(storage, storage.schedule(), schedule);
    saveAll(storage, storage.problemLists(), problemLists);
  }

  static <T> void saveAll(Storage storage, AggregateStore<?, T> store, List<T> values) {
    if (storage.supports(Capability.BULK_SAVE)) {
      store.saveAll(values);
    } else {
      values.forEach(v -> store.save(v, ExpectedRevision.expectNew()));
    }
  }

  List<?> of(AggregateKind kind) {
    return switch (kind) {
      case ORGANISATION -> organisations;
      case RECTIFICATION_ITEM -> items;
      case PROBLEM -> problems;
      case SPECIAL_RECTIFICATION -> specials;
      case ACTIVITY -> activities;
      case CAMPAIGN -> List.of(campaign);
      case GUIDANCE_GROUP -> List.of();
      case LEADER -> leaderValues;
      case LEADERSHIP_BODY -> bodies;
      case IMPLEMENTATION_PLAN -> plans;
      case SCHEDULE_ITEM -> schedule;
      case PROBLEM_LIST -> problemLists;
    };
  }

  /** The values of one kind, typed as the store that holds them. */
  @SuppressWarnings("unchecked")
  <T> List<T> of(AggregateKind kind, AggregateStore<?, T> store) {
    return (List<T>) of(kind);
  }

  /** The reference answer to a query over one kind: the ids of the matching values, in ascending order. */
  <T> List<String> expectedIds(AggregateKind kind, AggregateStore<?, T> store, Query q) {
    return of(kind, store).stream().filter(v -> matches(kind, v, q)).map(v -> store.idOf(v).value()).sorted()
        .toList();
  }

  boolean isInSubtree(OrgId root, OrgId unit) {
    Map<OrgId, Optional<OrgId>> parents = new HashMap<>();
    organisations.forEach(o -> parents.put(o.id(), o.parentId()));
    Optional<OrgId> current = Optional.of(unit);
    while (current.isPresent()) {
      if (current.get().equals(root)) {
        return true;
      }
      current = parents.getOrDefault(current.get(), Optional.empty());
    }
    return false;
  }

  Optional<BatchId> batchOf(OrgId unit) {
    Map<OrgId, BatchId> own = new HashMap<>();
    for (BatchAssignment a : campaign.assignments()) {
      own.putIfAbsent(a.unit(), a.batch());
    }
    for (Organisation o : organisations) {
      if (o.id().equals(unit)) {
        Optional<OrgId> current = Optional.of(unit);
        while (current.isPresent()) {
          if (own.containsKey(current.get())) {
            return Optional.of(own.get(current.get()));
          }
          OrgId c = current.get();
          current = organisations.stream().filter(x -> x.id().equals(c)).findFirst().flatMap(Organisation::parentId);
        }
      }
    }
    return Optional.empty();
  }

  /** The reference answer: whether a value matches a query, by the meanings of {@link AggregateKind}. */
  boolean matches(AggregateKind kind, Object value, Query q) {
    Optional<OrgId> unit;
    Optional<RectificationStatus> status = Optional.empty();
    Optional<LocalDate> deadline = Optional.empty();
    Optional<LeaderId> leader = Optional.empty();
    if (value instanceof Organisation o) {
      unit = Optional.of(o.id());
    } else if (value instanceof RectificationItem r) {
      unit = Optional.of(r.responsibleUnit());
      status = Optional.of(r.status());
      deadline = r.deadline().map(d -> d.extensions().isEmpty() ? d.original()
          : d.extensions().get(d.extensions().size() - 1).newDeadline());
      leader = r.leadLeader();
    } else if (value instanceof Problem p) {
      unit = Optional.of(p.owner().unit());
      leader = p.owner().leader();
    } else if (value instanceof SpecialRectification s) {
      unit = s.leadUnit();
      deadline = s.deadline();
      leader = s.leadLeader();
    } else if (value instanceof Activity a) {
      unit = Optional.of(a.unit());
      deadline = Optional.of(a.date());
      leader = a.leader();
    } else if (value instanceof Leader l) {
      unit = Optional.of(l.unit());
    } else if (value instanceof LeadershipBody b) {
      unit = Optional.of(b.unit());
    } else if (value instanceof ImplementationPlan p) {
      unit = Optional.of(p.unit());
      deadline = Optional.of(p.submittedOn());
    } else if (value instanceof ScheduleItem i) {
      unit = Optional.of(i.unit());
      deadline = Optional.of(i.window().start());
    } else if (value instanceof ProblemList l) {
      unit = Optional.of(l.owner().unit());
      leader = l.owner().leader();
    } else {
      unit = Optional.empty();
    }
    if (q.subtree().isPresent() && !unit.map(u -> isInSubtree(q.subtree().get(), u)).orElse(false)) {
      return false;
    }
    if (!q.statuses().isEmpty() && !status.map(q.statuses()::contains).orElse(false)) {
      return false;
    }
    if (q.deadlineFrom().isPresent() && !deadline.map(d -> !d.isBefore(q.deadlineFrom().get())).orElse(false)) {
      return false;
    }
    if (q.deadlineTo().isPresent() && !deadline.map(d -> !d.isAfter(q.deadlineTo().get())).orElse(false)) {
      return false;
    }
    if (q.overdueAsOf().isPresent()) {
      boolean late = deadline.map(d -> d.isBefore(q.overdueAsOf().get())).orElse(false);
      if (!late || status.map(RectificationStatus::isDone).orElse(false)) {
        return false;
      }
    }
    if (q.leadLeader().isPresent() && !leader.equals(q.leadLeader())) {
      return false;
    }
    return q.batch().isEmpty() || unit.flatMap(this::batchOf).equals(q.batch());
  }
}
