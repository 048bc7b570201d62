package io.github.chuxin.report;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.activity.ActivityId;
import io.github.chuxin.activity.ActivityKind;
import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.LeadershipBodyId;
import io.github.chuxin.leadership.LeadershipBodyKind;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.leadership.MeetingKind;
import io.github.chuxin.leadership.PlanId;
import io.github.chuxin.leadership.PlanReview;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.MemberCount;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemClosure;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.problem.ProblemListId;
import io.github.chuxin.problem.ProblemOwner;
import io.github.chuxin.problem.ProblemSource;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.Extension;
import io.github.chuxin.rectification.ImmutableRectificationItem;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.snapshot.ImmutableCampaignSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Campaigns for the report tests: a small one whose figures are computed by hand in the tests,
 * and random ones from a seed for the property tests.
 */
public final class Campaigns {

  public static final LocalDate AS_OF = LocalDate.of(2019, 9, 1);
  public static final BatchId FIRST = BatchId.of("b1");
  public static final OrgId CITY = OrgId.of("city");
  public static final OrgId SUBWAY = OrgId.of("subway");
  public static final OrgId SB1 = OrgId.of("sb1");
  public static final OrgId BR1 = OrgId.of("br1");
  public static final OrgId TMP = OrgId.of("tmp");
  public static final OrgId RELICS = OrgId.of("relics");
  public static final OrgId RB = OrgId.of("rb");

  private Campaigns() {}

  public static Organisation org(OrgId id, OrgId parent, OrgKind kind, String name, int full, int probationary) {
    var b = Organisation.builder().id(id).kind(kind).name(name).members(MemberCount.of(full, probationary));
    if (parent != null) {
      b.parentId(parent);
    }
    return b.build();
  }

  public static Campaign campaign() {
    return Campaign.builder().id(CampaignId.of("c2019"))
        .addBatches(Batch.builder().id(FIRST).number(1)
            .window(DateWindow.ofClosed(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 8, 31))).build())
        .addAssignments(new BatchAssignment(SUBWAY, FIRST), new BatchAssignment(RELICS, FIRST))
        .build();
  }

  public static Problem problem(String id, OrgId unit, ProblemSource source, String description, boolean closed) {
    var b = Problem.builder().id(ProblemId.of(id)).source(source).owner(ProblemOwner.unit(unit))
        .description(description).discoveredOn(LocalDate.of(2019, 6, 20));
    if (closed) {
      b.closure(new ProblemClosure(LocalDate.of(2019, 7, 1), "已解決"));
    }
    return b.build();
  }

  public static ImmutableRectificationItem.Builder item(String id, OrgId unit, RectificationKind kind,
      RectificationStatus status) {
    return RectificationItem.builder().id(RectificationId.of(id)).title("任務 " + id).responsibleUnit(unit)
        .kind(kind).status(status).createdOn(LocalDate.of(2019, 7, 1));
  }

  /**
   * The small campaign: city with the subway company (a party committee with a branch and a
   * temporary organisation) and the relics bureau (a branch); four problems, seven items.
   */
  public static CampaignSnapshot small() {
    List<Organisation> orgs = List.of(
        org(CITY, null, OrgKind.MUNICIPAL_COMMITTEE, "北京市委", 0, 0),
        org(SUBWAY, CITY, OrgKind.BUREAU_LEVEL_UNIT, "地鐵公司", 0, 0),
        org(SB1, SUBWAY, OrgKind.PARTY_COMMITTEE, "地鐵黨委", 10, 2),
        org(BR1, SB1, OrgKind.BRANCH, "九號線支部", 30, 0),
        org(TMP, SB1, OrgKind.TEMPORARY, "指揮部臨時黨支部", 5, 0),
        org(RELICS, CITY, OrgKind.BUREAU_LEVEL_UNIT, "市文物局", 0, 0),
        org(RB, RELICS, OrgKind.BRANCH, "文物局機關支部", 20, 1));
    LocalDate aug31 = LocalDate.of(2019, 8, 31);
    List<RectificationItem> items = List.of(
        item("r1", SUBWAY, RectificationKind.TIME_BOUND, RectificationStatus.COMPLETED)
            .addProblems(ProblemId.of("p1")).addMeasures("加開高峰列車").leadLeader(LeaderId.of("l1"))
            .deadline(Deadline.of(aug31)).completedOn(LocalDate.of(2019, 8, 30)).progress("已完成").build(),
        item("r2", SUBWAY, RectificationKind.TIME_BOUND, RectificationStatus.IN_PROGRESS)
            .addMeasures("加開列車, 增加\"高峰\"班次", "第二項\n換行").deadline(Deadline.of(aug31)).build(),
        item("r3", BR1, RectificationKind.IMMEDIATE, RectificationStatus.IN_PROGRESS)
            .deadline(Deadline.of(AS_OF)).build(),
        item("r4", BR1, RectificationKind.TIME_BOUND, RectificationStatus.PLANNED)
            .deadline(Deadline.builder().original(LocalDate.of(2019, 8, 20)).addExtensions(Extension.builder()
                .newDeadline(LocalDate.of(2019, 9, 8)).grantedOn(LocalDate.of(2019, 8, 10)).reason("施工")
                .build()).build()).build(),
        item("r5", RELICS, RectificationKind.TIME_BOUND, RectificationStatus.SIGNED_OFF)
            .addProblems(ProblemId.of("p4")).deadline(Deadline.of(LocalDate.of(2019, 8, 15)))
            .completedOn(LocalDate.of(2019, 8, 20)).leadLeader(LeaderId.of("l-unknown")).build(),
        item("r6", RB, RectificationKind.LONG_TERM, RectificationStatus.STAGE_COMPLETED).build(),
        item("r7", RB, RectificationKind.TIME_BOUND, RectificationStatus.PLANNED)
            .deadline(Deadline.of(LocalDate.of(2019, 9, 9))).build());
    GuidanceGroupId group = GuidanceGroupId.of("g1");
    List<FiveMustRecord> musts = new ArrayList<>();
    for (FiveMust must : FiveMust.values()) {
      musts.add(FiveMustRecord.builder().group(group).unit(SUBWAY).must(must).date(LocalDate.of(2019, 7, 10)).build());
    }
    return CampaignSnapshot.builder()
        .campaign(campaign())
        .organisations(orgs)
        .addLeaders(Leader.builder().id(LeaderId.of("l1")).name("張三").unit(SUBWAY).build())
        .addProblems(
            problem("p1", SUBWAY, ProblemSource.RESEARCH, "9號線早高峰擁擠", false),
            problem("p2", SUBWAY, ProblemSource.SOLICITED_OPINIONS, "站內指引不清", false),
            problem("p3", BR1, ProblemSource.CITIZEN_REQUESTS, "夏季車廂過熱", true),
            problem("p4", RELICS, ProblemSource.RESEARCH, "文物保護單位騰退慢", false))
        .rectifications(items)
        .addPlans(
            ImplementationPlan.builder().id(PlanId.of("plan-subway")).unit(SUBWAY).title("實施方案")
                .submittedOn(LocalDate.of(2019, 6, 5)).addReviews(PlanReview.builder().group(group)
                    .reviewedOn(LocalDate.of(2019, 6, 10)).outcome(PlanReview.Outcome.APPROVED).build()).build(),
            ImplementationPlan.builder().id(PlanId.of("plan-relics")).unit(RELICS).title("實施方案")
                .submittedOn(LocalDate.of(2019, 6, 5)).addReviews(PlanReview.builder().group(group)
                    .reviewedOn(LocalDate.of(2019, 6, 10)).outcome(PlanReview.Outcome.RETURNED_FOR_REVISION)
                    .build()).build())
        .addActivities(
            activity("a1", SUBWAY, ActivityKind.STUDY, LocalDate.of(2019, 6, 15)),
            activity("a2", SUBWAY, ActivityKind.SEMINAR, LocalDate.of(2019, 6, 20)),
            activity("a3", SUBWAY, ActivityKind.PARTY_LECTURE, LocalDate.of(2019, 6, 25)),
            activity("a4", SUBWAY, ActivityKind.RESEARCH_VISIT, LocalDate.of(2019, 6, 18)),
            activity("a5", SUBWAY, ActivityKind.SPECIAL_MEETING, LocalDate.of(2019, 8, 1)),
            activity("a6", RELICS, ActivityKind.STUDY, LocalDate.of(2019, 9, 5)))
        .addProblemLists(ProblemList.builder().id(ProblemListId.of("list-subway")).owner(ProblemOwner.unit(SUBWAY))
            .compiledOn(LocalDate.of(2019, 7, 1)).addProblems(ProblemId.of("p1"), ProblemId.of("p2")).build())
        .addLeadershipBodies(LeadershipBody.builder().id(LeadershipBodyId.of("lg-subway"))
            .kind(LeadershipBodyKind.LEADING_GROUP).unit(SUBWAY).build())
        .addMeetings(Meeting.builder().body(LeadershipBodyId.of("lg-subway")).kind(MeetingKind.LEADING_GROUP_MEETING)
            .date(LocalDate.of(2019, 6, 3)).build())
        .fiveMustRecords(musts)
        .build();
  }

  public static Activity activity(String id, OrgId unit, ActivityKind kind, LocalDate date) {
    return Activity.builder().id(ActivityId.of(id)).kind(kind).unit(unit).date(date).topic("主題 " + id).build();
  }

  /** A random campaign of n organisations with problems and items, from a seed. */
  public static CampaignSnapshot random(int n, long seed) {
    Random random = new Random(seed);
    List<Organisation> orgs = new ArrayList<>(n);
    OrgKind[] kinds = OrgKind.values();
    for (int v = 0; v < n; v++) {
      OrgId parent = v == 0 || random.nextInt(8) == 0 ? null : OrgId.of("u" + random.nextInt(v));
      orgs.add(org(OrgId.of("u" + v), parent, kinds[random.nextInt(kinds.length)], "單位" + v,
          random.nextInt(50), random.nextInt(5)));
    }
    java.util.Collections.shuffle(orgs, random);
    ImmutableCampaignSnapshot.Builder snapshot = CampaignSnapshot.builder().campaign(campaign()).organisations(orgs);
    int problems = random.nextInt(2 * n + 1);
    ProblemSource[] sources = ProblemSource.values();
    for (int i = 0; i < problems; i++) {
      snapshot.addProblems(problem("p" + i, randomUnit(random, n), sources[random.nextInt(sources.length)],
          "問題 " + i, random.nextInt(5) == 0));
    }
    int items = random.nextInt(3 * n + 1);
    for (int i = 0; i < items; i++) {
      snapshot.addRectifications(randomItem(random, "r" + i, n, problems));
    }
    return snapshot.build();
  }

  /** A unit of the random tree, or now and then one that is not in it. */
  public static OrgId randomUnit(Random random, int n) {
    return random.nextInt(20) == 0 ? OrgId.of("elsewhere") : OrgId.of("u" + random.nextInt(n));
  }

  public static RectificationItem randomItem(Random random, String id, int n, int problems) {
    RectificationKind kind = RectificationKind.values()[random.nextInt(3)];
    RectificationStatus status = RectificationStatus.values()[random.nextInt(RectificationStatus.values().length)];
    ImmutableRectificationItem.Builder b = item(id, randomUnit(random, n), kind, status);
    if (kind == RectificationKind.TIME_BOUND || random.nextBoolean()) {
      LocalDate original = AS_OF.plusDays(random.nextInt(30) - 15);
      Deadline deadline = Deadline.of(original);
      if (random.nextInt(4) == 0) {
        deadline = deadline.extendedBy(Extension.builder().newDeadline(original.plusDays(1 + random.nextInt(10)))
            .grantedOn(original.minusDays(1)).reason("延期").build());
      }
      b.deadline(deadline);
    }
    if (random.nextBoolean()) {
      b.completedOn(AS_OF.plusDays(random.nextInt(30) - 20));
    }
    int answered = problems == 0 ? 0 : random.nextInt(3);
    for (int k = 0; k < answered; k++) {
      b.addProblems(ProblemId.of(random.nextInt(10) == 0 ? "p-unknown" : "p" + random.nextInt(problems)));
    }
    return b.build();
  }
}
