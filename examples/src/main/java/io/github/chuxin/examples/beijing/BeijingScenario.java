package io.github.chuxin.examples.beijing;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.activity.ActivityId;
import io.github.chuxin.activity.ActivityKind;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.campaign.KeyMeasure;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.guidance.GuidanceLevel;
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
import io.github.chuxin.rectification.ImmutableRectificationItem;
import io.github.chuxin.rectification.Milestone;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.rectification.SignOff;
import io.github.chuxin.rectification.StatusChange;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.snapshot.ImmutableCampaignSnapshot;
import io.github.chuxin.special.SpecialRectification;
import io.github.chuxin.special.SpecialRectificationId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The data of Beijing's first batch, built from the seed document: the tree of
 * {@link BeijingTree}, the two batches, the leading group and campaign office with their
 * meetings, the central guidance group No. 2 and the municipal guidance groups with their
 * five-musts records, the activities the seed reports, the problems found by research (subway
 * crowding and carriage heat, the hutong repair at Fuxiang community), the special rectification
 * of planning and natural resources, and rectification items: some done on time, some overdue,
 * some completed late, some long-term.
 *
 * <p>Deterministic. Dates are those of the seed where it gives them and plausible otherwise.
 */
public final class BeijingScenario {

  /** The campaign's identifier. */
  public static final CampaignId CAMPAIGN = CampaignId.of("beijing-2019");
  /** Central guidance group No. 2 中央第二指導組. */
  public static final GuidanceGroupId CENTRAL_GROUP_2 = GuidanceGroupId.of("central-2");
  /** The municipal guidance groups, each guiding this many bureau-level units. */
  public static final int UNITS_PER_MUNICIPAL_GROUP = 10;
  /** The special rectification of planning and natural resources. */
  public static final SpecialRectificationId PLANNING_RECTIFICATION = SpecialRectificationId.of("sr-planning");
  /** 蔡奇, secretary of the municipal committee, as the seed names him. */
  public static final LeaderId SECRETARY = LeaderId.of("bj-secretary");
  /**
   * The standing-committee member who leads the planning rectification 領銜; the seed does not
   * name this leader, so the name is a marked sample.
   */
  public static final LeaderId PLANNING_LEAD = LeaderId.of("bj-standing-planning");

  private static final ZoneId ZONE = Campaign.DEFAULT_ZONE;
  private static final LocalDate START = LocalDate.of(2019, 6, 1);
  private static final LocalDate END = LocalDate.of(2019, 8, 31);
  private static final int UNITS = BeijingTree.BUREAU_UNITS;

  private BeijingScenario() {}

  /**
   * Builds the first batch's whole data.
   *
   * @return the snapshot
   */
  public static CampaignSnapshot snapshot() {
    List<Organisation> orgs = new ArrayList<>(BeijingTree.organisations());
    var campaign = Campaign.builder().id(CAMPAIGN)
        .addBatches(BeijingFirstBatch.FIRST_BATCH, BeijingFirstBatch.SECOND_BATCH)
        .summaryMeeting(LocalDate.of(2020, 1, 8));
    for (int u = 1; u <= UNITS; u++) {
      campaign.addAssignments(BatchAssignment.of(unit(u), BeijingFirstBatch.FIRST_BATCH.id()));
    }
    // the National Day command posts' temporary party organisation: members keep their home organisations
    orgs.add(Organisation.builder().id(OrgId.of("bj-national-day-post")).parentId(BeijingTree.MUNICIPAL_COMMITTEE)
        .kind(OrgKind.TEMPORARY).name("國慶活動籌備指揮部臨時黨委").members(MemberCount.ofFull(240))
        .addHomeOrganisations(BeijingTree.SUBWAY, BeijingTree.CULTURAL_HERITAGE)
        .activeFrom(LocalDate.of(2019, 6, 1)).activeUntil(LocalDate.of(2019, 10, 31)).build());
    ImmutableCampaignSnapshot.Builder data = CampaignSnapshot.builder().campaign(campaign.build()).organisations(orgs);
    leaders(data);
    leadership(data);
    guidance(data);
    activities(data);
    problemsAndRectification(data);
    return data.build();
  }

  static OrgId unit(int u) {
    return OrgId.of(String.format("bj-u%03d", u));
  }

  static LeaderId unitSecretary(int u) {
    return LeaderId.of(String.format("bj-u%03d-secretary", u));
  }

  /**
   * The name recorded for a unit's party secretary, whom the seed does not name: a marked sample,
   * such as （示例）地鐵公司黨委書記.
   */
  static String sampleSecretary(int u) {
    String unit = BeijingTree.unitName(u);
    return (unit.startsWith(BeijingTree.SAMPLE) ? unit : BeijingTree.SAMPLE + unit) + "黨委書記";
  }

  private static void leaders(ImmutableCampaignSnapshot.Builder data) {
    data.addLeaders(Leader.builder().id(SECRETARY).name("蔡奇").title("市委書記").unit(BeijingTree.MUNICIPAL_COMMITTEE).build());
    // the seed names no other leader: their names are marked samples, never presented as real people
    data.addLeaders(Leader.builder().id(PLANNING_LEAD).name(BeijingTree.SAMPLE + "市委常委（規劃領域專項整治領銜）")
        .title("市委常委").unit(BeijingTree.STANDING_COMMITTEE).build());
    for (int u = 1; u <= UNITS; u++) {
      data.addLeaders(Leader.builder().id(unitSecretary(u)).name(sampleSecretary(u)).title("黨委書記")
          .unit(unit(u)).build());
    }
  }

  private static void leadership(ImmutableCampaignSnapshot.Builder data) {
    LeadershipBodyId group = LeadershipBodyId.of("bj-leading-group");
    LeadershipBodyId office = LeadershipBodyId.of("bj-campaign-office");
    data.addLeadershipBodies(
        LeadershipBody.builder().id(group).kind(LeadershipBodyKind.LEADING_GROUP)
            .unit(BeijingTree.MUNICIPAL_COMMITTEE).addMembers(SECRETARY).build(),
        LeadershipBody.builder().id(office).kind(LeadershipBodyKind.CAMPAIGN_OFFICE)
            .unit(BeijingTree.MUNICIPAL_COMMITTEE).build());
    for (LocalDate d = LocalDate.of(2019, 6, 5); !d.isAfter(END); d = MeetingKind.LEADING_GROUP_MEETING.cadence().next(d)) {
      data.addMeetings(Meeting.builder().body(group).kind(MeetingKind.LEADING_GROUP_MEETING).date(d)
          .topic("聽取工作匯報，研究落實舉措").build());
    }
    for (LocalDate d = LocalDate.of(2019, 6, 3); !d.isAfter(END); d = MeetingKind.OFFICE_MEETING.cadence().next(d)) {
      data.addMeetings(Meeting.builder().body(office).kind(MeetingKind.OFFICE_MEETING).date(d).build(),
          Meeting.builder().body(office).kind(MeetingKind.GUIDANCE_GROUP_MEETING).date(d).build(),
          Meeting.builder().body(office).kind(MeetingKind.LIAISON_MEETING).date(d.plusDays(1)).build());
    }
    String[] focuses = {"學習教育、調查研究", "檢視問題、專題黨課", "整改落實、專題民主生活會"};
    for (int m = 0; m < 3; m++) {
      LocalDate first = START.plusMonths(m);
      data.addSchedule(ScheduleItem.builder().unit(BeijingTree.MUNICIPAL_COMMITTEE)
          .kind(ScheduleItem.Kind.MONTHLY_FOCUS)
          .window(DateWindow.ofClosed(first, first.withDayOfMonth(first.lengthOfMonth())))
          .title(focuses[m]).measure(KeyMeasure.values()[Math.min(m + 1, 3)]).build());
    }
    for (LocalDate monday = LocalDate.of(2019, 6, 3); monday.isBefore(END); monday = monday.plusWeeks(1)) {
      data.addSchedule(ScheduleItem.builder().unit(BeijingTree.MUNICIPAL_COMMITTEE)
          .kind(ScheduleItem.Kind.WEEKLY_ARRANGEMENT).window(DateWindow.ofClosed(monday, monday.plusDays(6)))
          .title("細化每週工作安排").build());
    }
  }

  private static void guidance(ImmutableCampaignSnapshot.Builder data) {
    data.addGuidanceGroups(GuidanceGroup.builder().id(CENTRAL_GROUP_2).name("中央第二指導組")
        .level(GuidanceLevel.CENTRAL).build());
    data.addGuidanceAssignments(GuidanceAssignment.of(CENTRAL_GROUP_2, BeijingTree.MUNICIPAL_COMMITTEE));
    int groups = (UNITS + UNITS_PER_MUNICIPAL_GROUP - 1) / UNITS_PER_MUNICIPAL_GROUP;
    for (int g = 1; g <= groups; g++) {
      data.addGuidanceGroups(GuidanceGroup.builder().id(municipalGroup(g)).name("市委第" + g + "指導組")
          .level(GuidanceLevel.MUNICIPAL).build());
    }
    for (int u = 1; u <= UNITS; u++) {
      GuidanceGroupId group = municipalGroup((u - 1) / UNITS_PER_MUNICIPAL_GROUP + 1);
      data.addGuidanceAssignments(GuidanceAssignment.of(group, unit(u)));
      LocalDate submitted = LocalDate.of(2019, 6, 3 + u % 5);
      data.addPlans(ImplementationPlan.builder().id(PlanId.of(unit(u).value() + "-plan")).unit(unit(u))
          .title("主題教育實施方案").submittedOn(submitted)
          .addReviews(PlanReview.builder().group(group).reviewedOn(submitted.plusDays(2))
              .outcome(PlanReview.Outcome.APPROVED).build())
          .build());
      for (FiveMust must : FiveMust.values()) {
        // one unit's guidance group has not yet recorded its talks with the leadership
        if (u == 170 && must == FiveMust.TALK_WITH_LEADERS) {
          continue;
        }
        data.addFiveMustRecords(FiveMustRecord.builder().group(group).unit(unit(u)).must(must)
            .date(submitted.plusDays(2 + 10L * must.ordinal())).build());
      }
    }
  }

  static GuidanceGroupId municipalGroup(int g) {
    return GuidanceGroupId.of("municipal-" + g);
  }

  private static void activities(ImmutableCampaignSnapshot.Builder data) {
    OrgId standing = BeijingTree.STANDING_COMMITTEE;
    data.addActivities(activity("study-first-week", ActivityKind.STUDY, BeijingTree.MUNICIPAL_COMMITTEE,
        LocalDate.of(2019, 6, 10), "市四套班子成員集中學習研討習近平新時代中國特色社會主義思想", null, 120));
    String[][] seminars = {
      {"黨的政治建設", "全面從嚴治黨"}, {"理論武裝", "初心使命"}, {"為民服務", "首都高質量發展"}, {"作風建設", "清正廉潔"}
    };
    for (int s = 0; s < seminars.length; s++) {
      data.addActivities(activity("standing-seminar-" + (s + 1), ActivityKind.SEMINAR, standing,
          LocalDate.of(2019, 6, 17).plusWeeks(2L * s), String.join("、", seminars[s]), null, 15));
    }
    data.addActivities(
        activity("red-building", ActivityKind.RED_SITE_EDUCATION, standing, LocalDate.of(2019, 6, 20),
            "革命傳統教育", "北大紅樓", 15),
        activity("xiangshan", ActivityKind.RED_SITE_EDUCATION, standing, LocalDate.of(2019, 6, 28),
            "緬懷先烈，重整行裝再出發", "香山革命紀念地", 15),
        activity("four-clarities-lecture", ActivityKind.PARTY_LECTURE, BeijingTree.MUNICIPAL_COMMITTEE,
            LocalDate.of(2019, 7, 5), "四個講清", null, 300),
        activity("warning-conference", ActivityKind.WARNING_EDUCATION, BeijingTree.MUNICIPAL_COMMITTEE,
            LocalDate.of(2019, 8, 23), "全市警示教育大會：以案為鑒、以案促改", null, 2000),
        activity("special-meeting", ActivityKind.SPECIAL_MEETING, standing, LocalDate.of(2019, 8, 15),
            "對照黨章黨規找差距專題會（十八個是否）", null, 15),
        activity("fuxiang-visit", ActivityKind.RESEARCH_VISIT, BeijingTree.CULTURAL_HERITAGE,
            LocalDate.of(2019, 6, 25), "胡同修繕整治提升", "交道口街道福祥社區", 20),
        activity("hotline-research", ActivityKind.RESEARCH_VISIT, BeijingTree.SUBWAY,
            LocalDate.of(2019, 6, 18), "12345市民服務熱線反映集中的問題", "9號線、房山線", 30));
    for (int u = 1; u <= UNITS; u++) {
      LocalDate base = LocalDate.of(2019, 6, 10).plusDays(u % 7);
      data.addActivities(
          activity(unit(u).value() + "-study", ActivityKind.STUDY, unit(u), base, "集中學習研討", null, 40 + u % 30),
          activity(unit(u).value() + "-lecture", ActivityKind.PARTY_LECTURE, unit(u), base.plusDays(20),
              "圍繞初心使命講專題黨課", null, 60 + u % 50),
          activity(unit(u).value() + "-research", ActivityKind.RESEARCH_VISIT, unit(u), base.plusDays(30),
              "帶著問題深入基層調研", null, 10),
          activity(unit(u).value() + "-meeting", ActivityKind.SPECIAL_MEETING, unit(u), base.plusDays(60),
              "對照黨章黨規找差距專題會", null, 12));
    }
  }

  private static Activity activity(String id, ActivityKind kind, OrgId unit, LocalDate date, String topic,
      String place, int attendance) {
    var b = Activity.builder().id(ActivityId.of(id)).kind(kind).unit(unit).date(date).topic(topic).attendance(attendance);
    if (place != null) {
      b.place(place);
    }
    return b.build();
  }

  private static void problemsAndRectification(ImmutableCampaignSnapshot.Builder data) {
    // the seed's own problems
    Problem crowding = problem("p-subway-crowding", ProblemSource.CITIZEN_REQUESTS, BeijingTree.SUBWAY,
        "9號線、房山線列車高峰擁擠", LocalDate.of(2019, 6, 18), true);
    Problem heat = problem("p-subway-heat", ProblemSource.CITIZEN_REQUESTS, BeijingTree.SUBWAY,
        "夏天部分線路車廂溫度高", LocalDate.of(2019, 6, 18), false);
    Problem hutong = problem("p-fuxiang-hutong", ProblemSource.RESEARCH, BeijingTree.CULTURAL_HERITAGE,
        "福祥社區胡同修繕整治提升責任不清", LocalDate.of(2019, 6, 25), false);
    Problem planning = problem("p-planning", ProblemSource.SPECIAL_RECTIFICATION, BeijingTree.PLANNING,
        "規劃和自然資源領域突出問題，規劃嚴肅性權威性受損", LocalDate.of(2019, 6, 12), true);
    Problem formalism = Problem.builder().from(problem("p-formalism", ProblemSource.SELF_EXAMINATION,
            BeijingTree.MUNICIPAL_COMMITTEE, "形式主義、官僚主義：基層跑會多", LocalDate.of(2019, 8, 15), true))
        .owner(ProblemOwner.leader(BeijingTree.MUNICIPAL_COMMITTEE, SECRETARY)).aspect(OwnerAspect.DUTY).build();
    Problem solvedOnSite = Problem.builder().from(problem("p-fuxiang-onsite", ProblemSource.RESEARCH,
            BeijingTree.CULTURAL_HERITAGE, "福祥社區居民反映的公共照明問題", LocalDate.of(2019, 6, 25), false))
        .closure(new ProblemClosure(LocalDate.of(2019, 6, 25), "現場辦公，當場解決")).build();
    data.addProblems(crowding, heat, hutong, planning, formalism, solvedOnSite);
    data.addProblemLists(
        problemList(BeijingTree.SUBWAY, 1, crowding, heat),
        problemList(BeijingTree.CULTURAL_HERITAGE, 2, hutong, solvedOnSite),
        problemList(BeijingTree.PLANNING, 3, planning),
        ProblemList.builder().id(ProblemListId.of("bj-standing-list"))
            .owner(ProblemOwner.leader(BeijingTree.MUNICIPAL_COMMITTEE, SECRETARY))
            .compiledOn(LocalDate.of(2019, 8, 15)).addProblems(formalism.id()).title("市委常委會檢視問題清單").build());

    data.addRectifications(
        done(item("r-subway-crowding", crowding, BeijingTree.SUBWAY, RectificationKind.TIME_BOUND,
            LocalDate.of(2019, 6, 20), LocalDate.of(2019, 8, 31)).title("緩解9號線、房山線高峰擁擠")
            .addMeasures("加開高峰時段列車", "優化行車間隔").leadLeader(unitSecretary(1)), LocalDate.of(2019, 8, 20)),
        signedOff(done(item("r-subway-heat", heat, BeijingTree.SUBWAY, RectificationKind.IMMEDIATE,
            LocalDate.of(2019, 6, 20), LocalDate.of(2019, 7, 15)).title("降低夏季車廂溫度")
            .addMeasures("檢修空調", "調整溫度設定").leadLeader(unitSecretary(1)), LocalDate.of(2019, 7, 10)), LocalDate.of(2019, 7, 20)),
        done(item("r-fuxiang-hutong", hutong, BeijingTree.CULTURAL_HERITAGE, RectificationKind.TIME_BOUND,
            LocalDate.of(2019, 6, 26), LocalDate.of(2019, 8, 15)).title("福祥社區胡同修繕整治提升")
            .addMeasures("多渠道徵集意見", "現場明確責任").leadLeader(unitSecretary(2)), LocalDate.of(2019, 8, 28)),
        longTerm(item("r-planning", planning, BeijingTree.PLANNING, RectificationKind.LONG_TERM,
            LocalDate.of(2019, 6, 12), null).title("規劃和自然資源領域專項整治")
            .addMeasures("堅決維護規劃嚴肅性權威性", "徹底肅清陳剛流毒影響")
            .leadLeader(PLANNING_LEAD).addParticipatingUnits(BeijingTree.MUNICIPAL_COMMITTEE)
            .specialRectification(PLANNING_RECTIFICATION)),
        done(item("r-formalism", formalism, BeijingTree.MUNICIPAL_COMMITTEE, RectificationKind.TIME_BOUND,
            LocalDate.of(2019, 8, 16), LocalDate.of(2019, 8, 30)).title("整治形式主義、官僚主義（23條措施）")
            .addMeasures("印發23條措施", "廣泛運用視頻會議，減少基層跑會").leadLeader(SECRETARY), LocalDate.of(2019, 8, 29)));

    data.addSpecialRectifications(SpecialRectification.builder().id(PLANNING_RECTIFICATION)
        .area("planning-natural-resources").title("規劃和自然資源領域突出問題專項整治")
        .addObjectives("堅決維護規劃嚴肅性權威性", "改出看得見、摸得著的成效")
        .addProblems(planning.id())
        .addMeasures("門頭溝現場會，以點帶面推進")
        .addResponsibleDepartments(BeijingTree.PLANNING)
        .deadline(LocalDate.of(2019, 11, 30))
        .leadLeader(PLANNING_LEAD).addOverallLeaders(SECRETARY).leadUnit(BeijingTree.PLANNING)
        .addParticipatingUnits(BeijingTree.MUNICIPAL_COMMITTEE)
        .build());

    // every bureau-level unit: three problems, each answered by an item
    for (int u = 4; u <= UNITS; u++) {
      OrgId unit = unit(u);
      List<ProblemId> listed = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        LocalDate found = LocalDate.of(2019, 7, 1).plusDays((u + k) % 20);
        Problem p = Problem.builder().from(problem(unit.value() + "-p" + k,
                k == 0 ? ProblemSource.RESEARCH : k == 1 ? ProblemSource.SOLICITED_OPINIONS : ProblemSource.SELF_EXAMINATION,
                unit, "檢視發現的問題（第" + (k + 1) + "條）", found, k == 0))
            .owner(ProblemOwner.leader(unit, unitSecretary(u))).aspect(OwnerAspect.values()[k]).build();
        data.addProblems(p);
        listed.add(p.id());
        ImmutableRectificationItem.Builder b = item(unit.value() + "-r" + k, p, unit,
            k == 2 ? RectificationKind.LONG_TERM : RectificationKind.TIME_BOUND, found.plusDays(1),
            k == 2 ? null : END.minusDays(u % 10)).title("整改落實任務（第" + (k + 1) + "條）")
            .addMeasures("制定整改舉措", "明確責任和時限").leadLeader(unitSecretary(u));
        RectificationItem item;
        if (k == 2) {
          item = longTerm(b);
        } else if (u % 17 == 0 && k == 1) {
          item = inProgress(b); // overdue at the end of the batch
        } else if (u % 23 == 0 && k == 0) {
          item = done(b, END.plusDays(5)); // completed late
        } else if (u % 29 == 0 && k == 1) {
          // due after the batch, still in progress: rectification goes on past the batch, no extension needed
          item = inProgress(b.deadline(Deadline.of(LocalDate.of(2019, 10, 31))));
        } else {
          item = done(b, END.minusDays(15 + u % 10));
        }
        data.addRectifications(item);
      }
      data.addProblemLists(ProblemList.builder().id(ProblemListId.of(unit.value() + "-list"))
          .owner(ProblemOwner.leader(unit, unitSecretary(u))).compiledOn(LocalDate.of(2019, 7, 25))
          .problems(listed).title("檢視問題清單").build());
    }
  }

  private static ProblemList problemList(OrgId unit, int u, Problem... problems) {
    var list = ProblemList.builder().id(ProblemListId.of(unit.value() + "-list"))
        .owner(ProblemOwner.leader(unit, unitSecretary(u))).compiledOn(LocalDate.of(2019, 7, 25)).title("檢視問題清單");
    for (Problem p : problems) {
      list.addProblems(p.id());
    }
    return list.build();
  }

  private static Problem problem(String id, ProblemSource source, OrgId unit, String description, LocalDate found,
      boolean major) {
    return Problem.builder().id(ProblemId.of(id)).source(source).owner(ProblemOwner.unit(unit)).category("service")
        .severity(major ? ProblemSeverity.SERIOUS : ProblemSeverity.ORDINARY).major(major)
        .description(description).discoveredOn(found).build();
  }

  private static ImmutableRectificationItem.Builder item(String id, Problem problem, OrgId unit,
      RectificationKind kind, LocalDate created, LocalDate deadline) {
    var b = RectificationItem.builder().id(RectificationId.of(id)).addProblems(problem.id()).responsibleUnit(unit)
        .kind(kind).createdOn(created);
    if (deadline != null) {
      b.deadline(Deadline.of(deadline));
    }
    return b;
  }

  private static StatusChange change(RectificationStatus from, RectificationStatus to, LocalDate on, ActorRole role) {
    return StatusChange.builder().from(from).to(to).at(on.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant())
        .role(role).build();
  }

  private static RectificationItem inProgress(ImmutableRectificationItem.Builder b) {
    RectificationItem draft = b.build();
    return b.addHistory(change(RectificationStatus.PLANNED, RectificationStatus.IN_PROGRESS,
            draft.createdOn().plusDays(1), ActorRole.RESPONSIBLE_UNIT))
        .status(RectificationStatus.IN_PROGRESS).progress("整改方案已制定，正按計劃推進").build();
  }

  private static RectificationItem done(ImmutableRectificationItem.Builder b, LocalDate completed) {
    RectificationItem draft = b.build();
    LocalDate started = draft.createdOn().plusDays(1);
    LocalDate submitted = completed.minusDays(2).isAfter(started) ? completed.minusDays(2) : started;
    return b.addHistory(
            change(RectificationStatus.PLANNED, RectificationStatus.IN_PROGRESS, started, ActorRole.RESPONSIBLE_UNIT),
            change(RectificationStatus.IN_PROGRESS, RectificationStatus.SUBMITTED, submitted, ActorRole.RESPONSIBLE_UNIT),
            change(RectificationStatus.SUBMITTED, RectificationStatus.COMPLETED, completed, ActorRole.LEAD_LEADER))
        .status(RectificationStatus.COMPLETED).completedOn(completed).progress("已提交整改情況報告")
        .addEvidence(Evidence.builder().description("整改情況報告").addedOn(submitted).build())
        .build();
  }

  private static RectificationItem longTerm(ImmutableRectificationItem.Builder b) {
    RectificationItem draft = b.build();
    LocalDate stage = END.minusDays(5);
    return b.addMilestones(
            Milestone.builder().dueOn(END).description("階段性整改完成").reachedOn(stage).build(),
            Milestone.builder().dueOn(LocalDate.of(2019, 11, 30)).description("與第二批單位上下聯動整治").build(),
            Milestone.builder().dueOn(LocalDate.of(2020, 6, 30)).description("建立長效機制").build())
        .addHistory(
            change(RectificationStatus.PLANNED, RectificationStatus.IN_PROGRESS, draft.createdOn().plusDays(1),
                ActorRole.RESPONSIBLE_UNIT),
            change(RectificationStatus.IN_PROGRESS, RectificationStatus.SUBMITTED, stage.minusDays(1),
                ActorRole.RESPONSIBLE_UNIT),
            change(RectificationStatus.SUBMITTED, RectificationStatus.STAGE_COMPLETED, stage, ActorRole.LEAD_LEADER))
        .status(RectificationStatus.STAGE_COMPLETED).progress("階段性任務已完成，長效機制建設中")
        .addEvidence(Evidence.builder().description("階段性整改報告").addedOn(stage).build())
        .build();
  }

  private static RectificationItem signedOff(RectificationItem completed, LocalDate date) {
    return RectificationItem.builder().from(completed)
        .addHistory(change(RectificationStatus.COMPLETED, RectificationStatus.SIGNED_OFF, date, ActorRole.CAMPAIGN_OFFICE))
        .status(RectificationStatus.SIGNED_OFF)
        .signOff(SignOff.builder().date(date).verifiedBy("市委主題教育辦公室").build())
        .build();
  }
}
