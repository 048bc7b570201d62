package io.github.chuxin.validation;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.guidance.GuidanceLevel;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.MemberCount;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemClosure;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemOwner;
import io.github.chuxin.problem.ProblemSource;
import io.github.chuxin.rectification.ActorRole;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.Evidence;
import io.github.chuxin.rectification.Extension;
import io.github.chuxin.rectification.Milestone;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.rectification.RectificationWorkflow;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.special.SpecialRectification;
import io.github.chuxin.special.SpecialRectificationId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * A small valid campaign (Beijing-like, two batches, two bureau-level units) held in mutable maps
 * so that a test can break exactly one thing.
 */
final class SmallCampaign {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  /** 2019-12-15 09:00 in Shanghai: both batches have closed. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2019-12-15T01:00:00Z"), ZoneId.of("America/Los_Angeles"));

  final Map<String, Batch> batches = new LinkedHashMap<>();
  final List<BatchAssignment> assignments = new ArrayList<>();
  final Map<String, Organisation> orgs = new LinkedHashMap<>();
  final List<Organisation> extraOrgs = new ArrayList<>();
  final Map<String, Leader> leaders = new LinkedHashMap<>();
  final Map<String, Problem> problems = new LinkedHashMap<>();
  final Map<String, RectificationItem> items = new LinkedHashMap<>();
  final Map<String, SpecialRectification> specials = new LinkedHashMap<>();
  final List<GuidanceGroup> groups = new ArrayList<>();
  final List<GuidanceAssignment> guidance = new ArrayList<>();
  final List<FiveMustRecord> musts = new ArrayList<>();
  final List<LeadershipBody> bodies = new ArrayList<>();
  final List<Meeting> meetings = new ArrayList<>();

  static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  static Organisation org(String id, String parent, OrgKind kind, int full) {
    var b = Organisation.builder().id(OrgId.of(id)).kind(kind).name("單位 " + id).members(MemberCount.ofFull(full));
    if (parent != null) {
      b.parentId(OrgId.of(parent));
    }
    return b.build();
  }

  SmallCampaign() {
    batches.put("b1", Batch.builder().id(BatchId.of("b1")).number(1)
        .window(DateWindow.ofClosed(d("2019-06-01"), d("2019-08-31"))).build());
    batches.put("b2", Batch.builder().id(BatchId.of("b2")).number(2)
        .window(DateWindow.ofClosed(d("2019-09-01"), d("2019-11-30"))).earlyStart(d("2019-08-15")).build());
    assignments.add(BatchAssignment.of(OrgId.of("subway"), BatchId.of("b1")));
    assignments.add(BatchAssignment.of(OrgId.of("relics"), BatchId.of("b2")));

    put(org("bj", null, OrgKind.MUNICIPAL_COMMITTEE, 0));
    put(Organisation.builder().from(org("subway", "bj", OrgKind.BUREAU_LEVEL_UNIT, 0)).declaredSubtreeMembers(52).build());
    put(org("subway-pc", "subway", OrgKind.PARTY_COMMITTEE, 0));
    put(org("subway-b1", "subway-pc", OrgKind.BRANCH, 30));
    put(Organisation.builder().from(org("subway-b2", "subway-pc", OrgKind.BRANCH, 0)).members(MemberCount.of(20, 2)).build());
    put(org("relics", "bj", OrgKind.BUREAU_LEVEL_UNIT, 0));
    put(org("relics-b1", "relics", OrgKind.BRANCH, 10));

    leaders.put("l-1", Leader.builder().id(LeaderId.of("l-1")).name("地鐵公司黨委書記").unit(OrgId.of("subway")).build());

    problems.put("p-1", Problem.builder().id(ProblemId.of("p-1")).source(ProblemSource.CITIZEN_REQUESTS)
        .owner(ProblemOwner.leader(OrgId.of("subway"), LeaderId.of("l-1"))).description("9號線早高峰擁擠")
        .discoveredOn(d("2019-07-01")).build());
    problems.put("p-2", Problem.builder().id(ProblemId.of("p-2")).source(ProblemSource.RESEARCH)
        .owner(ProblemOwner.unit(OrgId.of("relics"))).description("文物保護標識不清")
        .discoveredOn(d("2019-09-10")).closure(new ProblemClosure(d("2019-09-12"), "現場辦公當即解決")).build());
    problems.put("p-3", Problem.builder().id(ProblemId.of("p-3")).source(ProblemSource.SOLICITED_OPINIONS)
        .owner(ProblemOwner.unit(OrgId.of("relics"))).description("騰退工作進展緩慢")
        .discoveredOn(d("2019-08-20")).build());

    Evidence evidence = Evidence.builder().description("加開高峰列車的調度令").addedOn(d("2019-08-10")).build();
    RectificationItem r1 = RectificationItem.builder().id(RectificationId.of("r-1")).addProblems(ProblemId.of("p-1"))
        .title("緩解9號線擁擠").addMeasures("加開高峰列車").responsibleUnit(OrgId.of("subway"))
        .leadLeader(LeaderId.of("l-1")).kind(RectificationKind.TIME_BOUND).createdOn(d("2019-07-01"))
        .deadline(Deadline.of(d("2019-08-31"))).addEvidence(evidence).build();
    items.put("r-1", walk(r1,
        step(RectificationStatus.IN_PROGRESS, ActorRole.RESPONSIBLE_UNIT, "2019-07-02T01:00:00Z"),
        step(RectificationStatus.SUBMITTED, ActorRole.RESPONSIBLE_UNIT, "2019-08-15T01:00:00Z"),
        step(RectificationStatus.COMPLETED, ActorRole.LEAD_LEADER, "2019-08-20T01:00:00Z"),
        step(RectificationStatus.SIGNED_OFF, ActorRole.GUIDANCE_GROUP, "2019-08-25T01:00:00Z")));
    RectificationItem r2 = RectificationItem.builder().id(RectificationId.of("r-2")).addProblems(ProblemId.of("p-3"))
        .title("騰退長效機制").addMeasures("建立騰退臺賬").responsibleUnit(OrgId.of("relics"))
        .kind(RectificationKind.LONG_TERM).createdOn(d("2019-09-15"))
        .addMilestones(Milestone.builder().dueOn(d("2020-06-30")).description("完成首批騰退").build()).build();
    items.put("r-2", walk(r2, step(RectificationStatus.IN_PROGRESS, ActorRole.RESPONSIBLE_UNIT, "2019-09-16T01:00:00Z")));
    items.put("r-3", RectificationItem.builder().id(RectificationId.of("r-3")).addProblems(ProblemId.of("p-3"))
        .title("完成騰退方案").addMeasures("制定方案").responsibleUnit(OrgId.of("relics"))
        .kind(RectificationKind.TIME_BOUND).createdOn(d("2019-09-15"))
        .deadline(Deadline.of(d("2019-11-15")).extendedBy(Extension.builder().newDeadline(d("2019-11-30"))
            .grantedOn(d("2019-11-10")).reason("待市規劃自然資源委批覆").approver("市委主題教育辦公室").build()))
        .build());

    specials.put("s-1", SpecialRectification.builder().id(SpecialRectificationId.of("s-1")).area("planning-natural-resources")
        .title("規劃和自然資源領域突出問題專項整治").addObjectives("整治違法建設").addProblems(ProblemId.of("p-3"))
        .addMeasures("逐項銷號").addResponsibleDepartments(OrgId.of("relics")).deadline(d("2019-12-31"))
        .leadLeader(LeaderId.of("l-1")).leadUnit(OrgId.of("relics")).build());

    groups.add(GuidanceGroup.builder().id(GuidanceGroupId.of("g-1")).name("市委第一指導組")
        .level(GuidanceLevel.MUNICIPAL).build());
    guidance.add(GuidanceAssignment.of(GuidanceGroupId.of("g-1"), OrgId.of("subway")));
    LocalDate day = d("2019-06-10");
    for (FiveMust must : FiveMust.values()) {
      musts.add(FiveMustRecord.builder().group(GuidanceGroupId.of("g-1")).unit(OrgId.of("subway")).must(must)
          .date(day).build());
      day = day.plusDays(7);
    }
  }

  private void put(Organisation org) {
    orgs.put(org.id().value(), org);
  }

  record Step(RectificationStatus to, ActorRole role, Instant at) { }

  static Step step(RectificationStatus to, ActorRole role, String at) {
    return new Step(to, role, Instant.parse(at));
  }

  /** Moves an item through steps with the standard workflow, failing on any refusal. */
  static RectificationItem walk(RectificationItem item, Step... steps) {
    RectificationItem current = item;
    for (Step s : steps) {
      var next = RectificationWorkflow.standard().transition(current, s.to(), s.role(), "actor-" + s.role(),
          Clock.fixed(s.at(), ZoneId.of("UTC")), SHANGHAI, null);
      if (next.isInvalid()) {
        throw new IllegalStateException(next.getError().describe(io.github.chuxin.i18n.Language.ENGLISH));
      }
      current = next.get();
    }
    return current;
  }

  SmallCampaign org(String id, UnaryOperator<Organisation> change) {
    orgs.put(id, change.apply(orgs.get(id)));
    return this;
  }

  SmallCampaign problem(String id, UnaryOperator<Problem> change) {
    problems.put(id, change.apply(problems.get(id)));
    return this;
  }

  SmallCampaign item(String id, UnaryOperator<RectificationItem> change) {
    items.put(id, change.apply(items.get(id)));
    return this;
  }

  SmallCampaign special(String id, UnaryOperator<SpecialRectification> change) {
    specials.put(id, change.apply(specials.get(id)));
    return this;
  }

  SmallCampaign batch(String id, UnaryOperator<Batch> change) {
    batches.put(id, change.apply(batches.get(id)));
    return this;
  }

  CampaignSnapshot snapshot() {
    return snapshot(null);
  }

  /** The snapshot; with a random source, every list in a shuffled order. */
  CampaignSnapshot snapshot(Random shuffle) {
    List<Organisation> allOrgs = new ArrayList<>(orgs.values());
    allOrgs.addAll(extraOrgs);
    List<Batch> allBatches = new ArrayList<>(batches.values());
    List<BatchAssignment> allAssignments = new ArrayList<>(assignments);
    List<Problem> allProblems = new ArrayList<>(problems.values());
    List<RectificationItem> allItems = new ArrayList<>(items.values());
    List<FiveMustRecord> allMusts = new ArrayList<>(musts);
    if (shuffle != null) {
      for (List<?> list : List.of(allOrgs, allBatches, allAssignments, allProblems, allItems, allMusts)) {
        Collections.shuffle(list, shuffle);
      }
    }
    Campaign campaign = Campaign.builder().id(CampaignId.of("bj-2019")).addAllBatches(allBatches)
        .addAllAssignments(allAssignments).build();
    return CampaignSnapshot.builder().campaign(campaign).addAllOrganisations(allOrgs)
        .addAllLeaders(leaders.values()).addAllProblems(allProblems).addAllRectifications(allItems)
        .addAllSpecialRectifications(specials.values()).addAllGuidanceGroups(groups)
        .addAllGuidanceAssignments(guidance).addAllFiveMustRecords(allMusts)
        .addAllLeadershipBodies(bodies).addAllMeetings(meetings).build();
  }
}
