package io.github.chuxin.json;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.activity.ActivityId;
import io.github.chuxin.activity.ActivityKind;
import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.campaign.GeneralRequirement;
import io.github.chuxin.campaign.InPlaceDimension;
import io.github.chuxin.campaign.KeyMeasure;
import io.github.chuxin.campaign.Objective;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.guidance.GuidanceLevel;
import io.github.chuxin.guidance.GuidanceRole;
import io.github.chuxin.i18n.Label;
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
import io.github.chuxin.org.MemberCount;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.problem.OwnerAspect;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemClosure;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.problem.ProblemListId;
import io.github.chuxin.problem.ProblemOwner;
import io.github.chuxin.problem.ProblemSeverity;
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
import io.github.chuxin.rectification.SignOff;
import io.github.chuxin.rectification.StatusChange;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.special.DrivingMechanism;
import io.github.chuxin.special.SpecialRectification;
import io.github.chuxin.special.SpecialRectificationId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/** A hand-built snapshot that uses every model type and sets every optional field. */
final class Snapshots {

  private Snapshots() {}

  static LocalDate day(int month, int day) {
    return LocalDate.of(2019, month, day);
  }

  static CampaignSnapshot rich() {
    OrgId city = OrgId.of("city");
    OrgId bureau = OrgId.of("bureau-7");
    OrgId branch = OrgId.of("branch 7/1 “第一支部”");
    OrgId temp = OrgId.of("temp-1");
    LeaderId chen = LeaderId.of("leader-chen");
    LeaderId wang = LeaderId.of("leader-wang");
    GuidanceGroupId group = GuidanceGroupId.of("gg-3");
    ProblemId p1 = ProblemId.of("p-1");
    ProblemId p2 = ProblemId.of("p-2");
    SpecialRectificationId special = SpecialRectificationId.of("sr-1");

    Campaign campaign = Campaign.builder()
        .id(CampaignId.of("2019-theme-education"))
        .theme(Label.of("theme \"quoted\" \\ slash", "不忘初心、牢记使命", "不忘初心、牢記使命"))
        .generalRequirement(GeneralRequirement.standard())
        .objectives(EnumSet.of(Objective.INTEGRITY, Objective.THEORETICAL_STUDY))
        .keyMeasures(EnumSet.of(KeyMeasure.RECTIFICATION))
        .dimensions(EnumSet.allOf(InPlaceDimension.class))
        .zone(ZoneId.of("Asia/Urumqi"))
        .addBatches(Batch.builder().id(BatchId.of("b1")).number(1)
            .name(Label.of("first batch", "第一批", "第一批"))
            .window(DateWindow.ofClosed(day(5, 31), day(8, 31)))
            .earlyStart(day(5, 20)).build())
        .addBatches(Batch.builder().id(BatchId.of("b2")).number(2)
            .window(DateWindow.ofClosed(day(9, 1), day(11, 30))).build())
        .addAssignments(BatchAssignment.of(city, BatchId.of("b1")), BatchAssignment.of(branch, BatchId.of("b2")))
        .summaryMeeting(LocalDate.of(2020, 1, 8))
        .build();

    return CampaignSnapshot.builder()
        .campaign(campaign)
        .addOrganisations(
            Organisation.builder().id(city).kind(OrgKind.MUNICIPAL_COMMITTEE).name("市委")
                .members(MemberCount.of(120, 3)).declaredSubtreeMembers(2048).build(),
            Organisation.builder().id(bureau).parentId(city).kind(OrgKind.BUREAU_LEVEL_UNIT).name("市发展改革委")
                .build(),
            Organisation.builder().id(branch).parentId(bureau).kind(OrgKind.BRANCH).name("第一党支部")
                .members(MemberCount.ofFull(31)).build(),
            Organisation.builder().id(temp).parentId(bureau).kind(OrgKind.TEMPORARY).name("临时党支部 😀")
                .activeFrom(day(6, 1)).activeUntil(day(12, 31)).addHomeOrganisations(branch, city).build(),
            Organisation.builder().id(OrgId.of("joint")).parentId(city).kind(OrgKind.JOINT_BRANCH).name("联合党支部")
                .members(MemberCount.ofFull(9)).addCoveredUnits("甲公司", "乙公司").committeeSize(3).build(),
            Organisation.builder().id(OrgId.of("group")).parentId(bureau).kind(OrgKind.PARTY_GROUP).name("党组")
                .build())
        .addLeaders(
            Leader.builder().id(chen).name("陈某").title("党组书记").unit(bureau).build(),
            Leader.builder().id(wang).name("Wang\nMou").unit(city).build())
        .addLeadershipBodies(LeadershipBody.builder().id(LeadershipBodyId.of("lg-1"))
            .kind(LeadershipBodyKind.LEADING_GROUP).unit(bureau).addMembers(chen, wang).build())
        .addMeetings(
            Meeting.builder().body(LeadershipBodyId.of("lg-1")).kind(MeetingKind.LEADING_GROUP_MEETING)
                .date(day(6, 3)).topic("部署").build(),
            Meeting.builder().body(LeadershipBodyId.of("lg-1")).kind(MeetingKind.OFFICE_MEETING).date(day(6, 10))
                .build())
        .addPlans(ImplementationPlan.builder().id(PlanId.of("plan-1")).unit(bureau).title("实施方案")
            .submittedOn(day(6, 2))
            .addReviews(PlanReview.builder().group(group).reviewedOn(day(6, 4))
                .outcome(PlanReview.Outcome.RETURNED_FOR_REVISION).comments("补充整改内容").build())
            .addReviews(PlanReview.builder().group(group).reviewedOn(day(6, 6))
                .outcome(PlanReview.Outcome.APPROVED).build())
            .build())
        .addSchedule(
            ScheduleItem.builder().unit(bureau).kind(ScheduleItem.Kind.MONTHLY_FOCUS)
                .window(DateWindow.ofClosed(day(6, 1), day(6, 30))).title("六月重点").measure(KeyMeasure.STUDY_AND_EDUCATION)
                .build(),
            ScheduleItem.builder().unit(bureau).kind(ScheduleItem.Kind.WEEKLY_ARRANGEMENT)
                .window(DateWindow.ofClosed(day(6, 3), day(6, 9))).title("第一周").build())
        .addGuidanceGroups(
            GuidanceGroup.builder().id(group).name("第三指导组").level(GuidanceLevel.MUNICIPAL)
                .roles(EnumSet.of(GuidanceRole.LIAISON, GuidanceRole.SUPERVISOR)).addMembers(wang).build(),
            GuidanceGroup.builder().id(GuidanceGroupId.of("gg-central")).name("中央指导组")
                .level(GuidanceLevel.CENTRAL).build())
        .addGuidanceAssignments(GuidanceAssignment.of(group, bureau))
        .addFiveMustRecords(
            FiveMustRecord.builder().group(group).unit(bureau).must(FiveMust.REVIEW_PLAN).date(day(6, 4))
                .note("已审").build(),
            FiveMustRecord.builder().group(group).unit(bureau).must(FiveMust.TALK_WITH_LEADERS).date(day(6, 12))
                .build(),
            FiveMustRecord.builder().group(group).unit(bureau).must(FiveMust.TALK_WITH_LEADERS).date(day(6, 13))
                .addTalkedWith(chen, wang).build())
        .addActivities(
            Activity.builder().id(ActivityId.of("a-1")).kind(ActivityKind.PARTY_LECTURE).unit(bureau)
                .date(day(6, 20)).topic("专题党课").place("三楼会议室").leader(chen).attendance(85).build(),
            Activity.builder().id(ActivityId.of("a-2")).kind(ActivityKind.RESEARCH_VISIT).unit(branch)
                .date(day(7, 2)).topic("调研").build())
        .addProblems(
            Problem.builder().id(p1).source(ProblemSource.CITIZEN_REQUESTS).owner(ProblemOwner.leader(bureau, chen))
                .aspect(OwnerAspect.DUTY).category("form-over-substance").severity(ProblemSeverity.GRAVE)
                .rootCause("理想信念").major(true).description("审批时限过长").discoveredOn(day(6, 15))
                .sourceReference("12345-2019-000123").closure(new ProblemClosure(day(8, 1), "合并到 p-2"))
                .build(),
            Problem.builder().id(p2).source(ProblemSource.RESEARCH).owner(ProblemOwner.unit(branch))
                .description("x").discoveredOn(day(6, 16)).build())
        .addProblemLists(
            ProblemList.builder().id(ProblemListId.of("pl-1")).owner(ProblemOwner.leader(bureau, chen))
                .compiledOn(day(7, 1)).addProblems(p1, p2).title("检视问题清单").build(),
            ProblemList.builder().id(ProblemListId.of("pl-2")).owner(ProblemOwner.unit(branch))
                .compiledOn(day(7, 1)).build())
        .addRectifications(
            RectificationItem.builder().id(RectificationId.of("r-1")).addProblems(p1, p2)
                .addLinkedItems(RectificationId.of("r-2"))
                .specialRectification(special).title("压缩审批时限").addMeasures("梳理流程", "限时办结")
                .responsibleUnit(bureau).addParticipatingUnits(branch).leadLeader(chen)
                .kind(RectificationKind.TIME_BOUND).createdOn(day(7, 5))
                .deadline(Deadline.builder().original(day(9, 30))
                    .addExtensions(Extension.builder().newDeadline(day(10, 31)).grantedOn(day(9, 20))
                        .reason("跨部门协调").approver("领导小组").build())
                    .addExtensions(Extension.builder().newDeadline(day(11, 15)).grantedOn(day(10, 25))
                        .reason("系统改造").build())
                    .build())
                .addMilestones(Milestone.builder().dueOn(day(8, 1)).description("出台办法").reachedOn(day(7, 30))
                    .build(), Milestone.builder().dueOn(day(9, 1)).description("上线").build())
                .status(RectificationStatus.SIGNED_OFF)
                .addHistory(
                    StatusChange.builder().from(RectificationStatus.PLANNED).to(RectificationStatus.IN_PROGRESS)
                        .at(Instant.parse("2019-07-06T01:02:03Z")).role(ActorRole.RESPONSIBLE_UNIT)
                        .actor("张三").note("启动").build(),
                    StatusChange.builder().from(RectificationStatus.IN_PROGRESS).to(RectificationStatus.COMPLETED)
                        .at(Instant.parse("2019-11-10T08:00:00.123456789Z")).role(ActorRole.LEAD_LEADER).build(),
                    StatusChange.builder().from(RectificationStatus.COMPLETED).to(RectificationStatus.SIGNED_OFF)
                        .at(Instant.parse("2019-11-20T00:00:00Z")).role(ActorRole.CAMPAIGN_OFFICE).build())
                .progress("已完成 100%").addEvidence(Evidence.builder().description("文件").reference("发改〔2019〕1号")
                    .addedOn(day(11, 9)).build(), Evidence.builder().description("照片").addedOn(day(11, 9)).build())
                .completedOn(day(11, 10))
                .signOff(SignOff.builder().date(day(11, 20)).verifiedBy("第三指导组").note("同意销号").build())
                .build(),
            RectificationItem.builder().id(RectificationId.of("r-2")).title("长期坚持").responsibleUnit(branch)
                .kind(RectificationKind.LONG_TERM).createdOn(day(7, 6)).build())
        .addSpecialRectifications(
            SpecialRectification.builder().id(special).area("formalism").title("整治形式主义")
                .addObjectives("减负").addProblems(p1).addMeasures("精简文件").addResponsibleDepartments(bureau)
                .deadline(day(12, 31)).leadLeader(chen).addOverallLeaders(chen).leadUnit(bureau)
                .addParticipatingUnits(branch, city)
                .mechanisms(EnumSet.of(DrivingMechanism.LEAD, DrivingMechanism.URGE)).build(),
            SpecialRectification.builder().id(SpecialRectificationId.of("sr-2")).area("x").title("y").build())
        .build();
  }

  /** Every element of the rich snapshot with the model type the module registers it under. */
  static List<Object> everyValue(CampaignSnapshot s) {
    Campaign c = s.campaign();
    RectificationItem r = s.rectifications().get(0);
    return List.of(c, c.theme(), c.generalRequirement(), c.batches().get(0), c.batches().get(0).window(),
        c.assignments().get(0), c.zone(), c.summaryMeeting().orElseThrow(), s.organisations().get(0),
        s.organisations().get(0).members(), s.organisations().get(3), s.leaders().get(0),
        s.leadershipBodies().get(0), s.meetings().get(0), s.plans().get(0), s.plans().get(0).reviews().get(0),
        s.schedule().get(0), s.guidanceGroups().get(0), s.guidanceAssignments().get(0), s.fiveMustRecords().get(0),
        s.activities().get(0), s.problems().get(0), s.problems().get(0).owner(),
        s.problems().get(0).closure().orElseThrow(), s.problemLists().get(0), r, r.deadline().orElseThrow(),
        r.deadline().orElseThrow().extensions().get(0), r.milestones().get(0), r.history().get(0),
        r.history().get(0).at(), r.evidence().get(0), r.signOff().orElseThrow(), s.specialRectifications().get(0),
        OrgKind.BUREAU_LEVEL_UNIT, s.organisations().get(0).id());
  }
}
