package io.github.chuxin.testkit.contract;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.activity.ActivityId;
import io.github.chuxin.activity.ActivityKind;
import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.guidance.GuidanceLevel;
import io.github.chuxin.campaign.KeyMeasure;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.LeadershipBodyId;
import io.github.chuxin.leadership.LeadershipBodyKind;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.leadership.MeetingKind;
import io.github.chuxin.leadership.PlanId;
import io.github.chuxin.leadership.PlanReview;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.persistence.ScheduleItemKey;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.problem.ProblemListId;
import io.github.chuxin.problem.ProblemOwner;
import io.github.chuxin.problem.ProblemSource;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.Extension;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.special.SpecialRectification;
import io.github.chuxin.special.SpecialRectificationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Small generators of valid aggregates with fresh ids, so that one storage can serve every test.
 * Each instance has its own id prefix and a seed, printed by {@link #toString()} to reproduce it.
 */
final class Samples {

  static final LocalDate START = LocalDate.of(2019, 6, 1);

  private final long seed;
  private final SplittableRandom random;
  private final String prefix;
  private int counter;
  private final Set<ScheduleItemKey> scheduleKeys = new HashSet<>();

  Samples() {
    this(ThreadLocalRandom.current().nextLong());
  }

  Samples(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
    this.prefix = "kit-" + Long.toHexString(random.nextLong() >>> 16) + "-";
  }

  String fresh(String what) {
    return prefix + what + "-" + (counter++);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  <T> Optional<T> maybe(List<T> from, double p) {
    return !from.isEmpty() && chance(p) ? Optional.of(pick(from)) : Optional.empty();
  }

  LocalDate date() {
    return START.plusDays(random.nextInt(240));
  }

  Organisation organisation(Optional<OrgId> parent, OrgKind kind) {
    OrgId id = OrgId.of(fresh("org"));
    return Organisation.builder().id(id).parentId(parent).kind(kind).name("unit " + id).build();
  }

  LeaderId leader() {
    return LeaderId.of(fresh("leader"));
  }

  Campaign campaign(List<BatchAssignment> assignments, BatchId first, BatchId second) {
    return Campaign.builder().id(CampaignId.of(fresh("campaign")))
        .addBatches(Batch.builder().id(first).number(1)
            .window(DateWindow.ofClosed(LocalDate.of(2019, 5, 31), LocalDate.of(2019, 8, 31))).build())
        .addBatches(Batch.builder().id(second).number(2)
            .window(DateWindow.ofClosed(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 11, 30))).build())
        .assignments(assignments).build();
  }

  Campaign campaign() {
    return campaign(List.of(), BatchId.of(fresh("batch")), BatchId.of(fresh("batch")));
  }

  RectificationItem item(OrgId unit, List<LeaderId> leaders) {
    RectificationKind kind = pick(List.of(RectificationKind.values()));
    Optional<Deadline> deadline = Optional.empty();
    if (kind == RectificationKind.TIME_BOUND || chance(0.5)) {
      LocalDate original = date();
      Deadline d = Deadline.of(original);
      if (chance(0.3)) {
        d = d.extendedBy(Extension.builder().newDeadline(original.plusDays(1 + nextInt(60)))
            .grantedOn(original).reason("more time").build());
      }
      deadline = Optional.of(d);
    }
    return RectificationItem.builder().id(RectificationId.of(fresh("item"))).title("item")
        .addMeasures("measure").responsibleUnit(unit).leadLeader(maybe(leaders, 0.7)).kind(kind)
        .createdOn(START).deadline(deadline).status(pick(List.of(RectificationStatus.values()))).build();
  }

  Problem problem(OrgId unit, List<LeaderId> leaders) {
    Optional<LeaderId> leader = maybe(leaders, 0.6);
    return Problem.builder().id(ProblemId.of(fresh("problem"))).source(pick(List.of(ProblemSource.values())))
        .owner(new ProblemOwner(unit, leader)).description("a problem").discoveredOn(date()).build();
  }

  SpecialRectification special(List<OrgId> units, List<LeaderId> leaders) {
    return SpecialRectification.builder().id(SpecialRectificationId.of(fresh("special"))).area("area")
        .title("special").leadUnit(maybe(units, 0.85)).leadLeader(maybe(leaders, 0.6))
        .deadline(chance(0.7) ? Optional.of(date()) : Optional.empty()).build();
  }

  Activity activity(OrgId unit, List<LeaderId> leaders) {
    return Activity.builder().id(ActivityId.of(fresh("activity"))).kind(pick(List.of(ActivityKind.values())))
        .unit(unit).date(date()).topic("topic").leader(maybe(leaders, 0.5)).build();
  }

  GuidanceGroup guidanceGroup() {
    return GuidanceGroup.builder().id(GuidanceGroupId.of(fresh("group"))).name("group")
        .level(GuidanceLevel.MUNICIPAL).addMembers(leader()).build();
  }

  Leader leaderIn(OrgId unit) {
    LeaderId id = leader();
    return Leader.builder().id(id).name("leader " + id).title(chance(0.5) ? Optional.of("副書記") : Optional.empty())
        .unit(unit).build();
  }

  LeadershipBody body(OrgId unit, List<LeaderId> leaders) {
    List<LeaderId> members = new ArrayList<>();
    for (int i = nextInt(4); i > 0; i--) {
      members.add(leaders.isEmpty() ? leader() : pick(leaders));
    }
    return LeadershipBody.builder().id(LeadershipBodyId.of(fresh("body")))
        .kind(pick(List.of(LeadershipBodyKind.values()))).unit(unit).members(members).build();
  }

  Meeting meeting(LeadershipBodyId body) {
    return Meeting.builder().body(body).kind(pick(List.of(MeetingKind.values()))).date(date())
        .topic("topic " + fresh("meeting")).build();
  }

  ImplementationPlan plan(OrgId unit) {
    LocalDate submitted = date();
    List<PlanReview> reviews = new ArrayList<>();
    LocalDate day = submitted;
    for (int i = nextInt(3); i > 0; i--) {
      day = day.plusDays(nextInt(10));
      reviews.add(PlanReview.builder().group(GuidanceGroupId.of(fresh("group"))).reviewedOn(day)
          .outcome(i == 1 ? PlanReview.Outcome.APPROVED : PlanReview.Outcome.RETURNED_FOR_REVISION)
          .comments(chance(0.5) ? Optional.of("revise the timetable") : Optional.empty()).build());
    }
    return ImplementationPlan.builder().id(PlanId.of(fresh("plan"))).unit(unit).title("plan")
        .submittedOn(submitted).reviews(reviews).build();
  }

  /** A schedule item whose key (unit, kind, first day) this instance has not handed out before. */
  ScheduleItem scheduleItem(OrgId unit) {
    while (true) {
      ScheduleItem.Kind kind = pick(List.of(ScheduleItem.Kind.values()));
      LocalDate start = date();
      long days = kind == ScheduleItem.Kind.MONTHLY_FOCUS ? 28 + nextInt(4) : 1 + nextInt(7);
      ScheduleItem item = ScheduleItem.builder().unit(unit).kind(kind)
          .window(DateWindow.ofClosed(start, start.plusDays(days - 1))).title("focus " + fresh("title"))
          .measure(maybe(List.of(KeyMeasure.values()), 0.6)).build();
      if (scheduleKeys.add(ScheduleItemKey.of(item))) {
        return item;
      }
    }
  }

  ProblemList problemList(OrgId unit, List<LeaderId> leaders) {
    List<ProblemId> problems = new ArrayList<>();
    for (int i = nextInt(4); i > 0; i--) {
      problems.add(ProblemId.of(fresh("problem")));
    }
    return ProblemList.builder().id(ProblemListId.of(fresh("list"))).owner(new ProblemOwner(unit, maybe(leaders, 0.6)))
        .compiledOn(date()).problems(problems).title(chance(0.5) ? Optional.of("list") : Optional.empty()).build();
  }

  /** A tree of a root, three districts and three branches under each, with data spread over it. */
  Dataset dataset(int items, int others) {
    List<Organisation> orgs = new ArrayList<>();
    Organisation root = organisation(Optional.empty(), OrgKind.MUNICIPAL_COMMITTEE);
    orgs.add(root);
    for (int d = 0; d < 3; d++) {
      Organisation district = organisation(Optional.of(root.id()), OrgKind.DISTRICT);
      orgs.add(district);
      for (int b = 0; b < 3; b++) {
        orgs.add(organisation(Optional.of(district.id()), OrgKind.BRANCH));
      }
    }
    List<OrgId> units = orgs.stream().map(Organisation::id).toList();
    List<LeaderId> leaders = List.of(leader(), leader(), leader());
    BatchId first = BatchId.of(fresh("batch"));
    BatchId second = BatchId.of(fresh("batch"));
    // districts 1 and 2 in batches 1 and 2, a branch of district 2 back in batch 1, district 3 in none
    Campaign campaign = campaign(List.of(BatchAssignment.of(units.get(1), first),
        BatchAssignment.of(units.get(5), second), BatchAssignment.of(units.get(6), first)), first, second);
    List<RectificationItem> rects = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      rects.add(item(pick(units), leaders));
    }
    List<Problem> problems = new ArrayList<>();
    List<SpecialRectification> specials = new ArrayList<>();
    List<Activity> activities = new ArrayList<>();
    List<Leader> leaderValues = new ArrayList<>();
    List<LeadershipBody> bodies = new ArrayList<>();
    List<ImplementationPlan> plans = new ArrayList<>();
    List<ScheduleItem> schedule = new ArrayList<>();
    List<ProblemList> lists = new ArrayList<>();
    for (int i = 0; i < others; i++) {
      problems.add(problem(pick(units), leaders));
      specials.add(special(units, leaders));
      activities.add(activity(pick(units), leaders));
      leaderValues.add(leaderIn(pick(units)));
      bodies.add(body(pick(units), leaders));
      plans.add(plan(pick(units)));
      schedule.add(scheduleItem(pick(units)));
      lists.add(problemList(pick(units), leaders));
    }
    return new Dataset(orgs, leaders, campaign, List.of(first, second), rects, problems, specials, activities,
        leaderValues, bodies, plans, schedule, lists);
  }

  @Override
  public String toString() {
    return "Samples[seed=" + seed + ", prefix=" + prefix + "]";
  }
}
