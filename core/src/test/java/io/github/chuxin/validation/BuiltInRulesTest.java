package io.github.chuxin.validation;

import static io.github.chuxin.validation.SmallCampaign.d;
import static io.github.chuxin.validation.SmallCampaign.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.ImmutableFiveMustRecord;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.LeadershipBodyId;
import io.github.chuxin.leadership.LeadershipBodyKind;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.leadership.MeetingKind;
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
import io.github.chuxin.rectification.Extension;
import io.github.chuxin.rectification.ImmutableRectificationItem;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.rectification.StatusChange;
import io.github.chuxin.special.ImmutableSpecialRectification;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInRulesTest {

  private static final Validator VALIDATOR = Validator.defaults();

  /**
   * Hand-written examples: one change of the small campaign per code that breaks that rule alone,
   * without even a warning. The catalogue's own breakages, one beside each rule, are checked for
   * every code by {@link RuleBreakagesTest}; a new rule needs no entry here.
   */
  static Map<String, Consumer<SmallCampaign>> breakers() {
    Map<String, Consumer<SmallCampaign>> b = new LinkedHashMap<>();
    b.put("ORG-DUPLICATE-ID", c -> c.extraOrgs.add(org("relics-b1", "relics", OrgKind.BRANCH, 10)));
    b.put("ORG-ORPHAN", c -> c.extraOrgs.add(org("lost", "nowhere", OrgKind.BRANCH, 10)));
    b.put("ORG-CYCLE", c -> {
      c.extraOrgs.add(org("c1", "c2", OrgKind.GENERAL_BRANCH, 0));
      c.extraOrgs.add(org("c2", "c1", OrgKind.GENERAL_BRANCH, 0));
    });
    b.put("ORG-ILLEGAL-NESTING", c -> c.extraOrgs.add(org("bad-pc", "relics-b1", OrgKind.PARTY_COMMITTEE, 0)));
    b.put("ORG-SUBTREE-TOTAL-MISMATCH", c -> c.org("subway",
        o -> Organisation.builder().from(o).declaredSubtreeMembers(60).build()));
    b.put("ORG-BRANCH-TOO-FEW-MEMBERS", c -> c.org("relics-b1",
        o -> Organisation.builder().from(o).members(MemberCount.of(2, 3)).build()));
    b.put("ORG-BRANCH-TOO-LARGE", c -> c.org("relics-b1",
        o -> Organisation.builder().from(o).members(MemberCount.of(51, 0)).build()));
    b.put("ORG-COMMITTEE-MISSING", c -> {
      c.extraOrgs.add(org("relics-b2", "relics", OrgKind.BRANCH, 45));
      c.extraOrgs.add(org("relics-b3", "relics", OrgKind.BRANCH, 50));
    });
    b.put("BATCH-UNIT-UNASSIGNED", c -> c.assignments.removeIf(a -> a.unit().value().equals("relics")));
    b.put("BATCH-UNIT-ASSIGNED-TWICE", c -> c.assignments.add(BatchAssignment.of(OrgId.of("relics"), BatchId.of("b2"))));
    b.put("BATCH-ASSIGNMENT-UNKNOWN-UNIT", c -> c.assignments.add(BatchAssignment.of(OrgId.of("ghost"), BatchId.of("b1"))));
    b.put("BATCH-ASSIGNMENT-UNKNOWN-BATCH", c -> c.assignments.add(
        BatchAssignment.of(OrgId.of("subway-pc"), BatchId.of("b9"))));
    b.put("BATCH-WINDOWS-UNORDERED", c -> {
      c.batch("b1", x -> io.github.chuxin.campaign.Batch.builder().from(x).number(2).build());
      c.batch("b2", x -> io.github.chuxin.campaign.Batch.builder().from(x).number(1).build());
    });
    b.put("BATCH-WINDOWS-OVERLAP", c -> c.batch("b2", x -> io.github.chuxin.campaign.Batch.builder().from(x)
        .window(DateWindow.ofClosed(d("2019-08-20"), d("2019-11-30"))).earlyStart(d("2019-08-15")).build()));
    b.put("BATCH-TOO-SHORT", c -> c.batch("b2", x -> io.github.chuxin.campaign.Batch.builder().from(x)
        .window(DateWindow.ofClosed(d("2019-10-10"), d("2019-11-30"))).build()));
    b.put("PROBLEM-OWNER-UNKNOWN", c -> c.problem("p-2",
        p -> Problem.builder().from(p).owner(ProblemOwner.unit(OrgId.of("ghost"))).build()));
    b.put("PROBLEM-LEADER-UNKNOWN", c -> c.problem("p-1",
        p -> Problem.builder().from(p).owner(ProblemOwner.leader(OrgId.of("subway"), LeaderId.of("l-ghost"))).build()));
    b.put("PROBLEM-DESCRIPTION-BLANK", c -> c.problem("p-1", p -> Problem.builder().from(p).description(" ").build()));
    b.put("PROBLEM-OUTSIDE-CAMPAIGN", c -> c.problem("p-1",
        p -> Problem.builder().from(p).discoveredOn(d("2019-05-31")).build()));
    b.put("PROBLEM-UNANSWERED", c -> c.problems.put("p-4", Problem.builder().id(ProblemId.of("p-4"))
        .source(ProblemSource.RESEARCH).owner(ProblemOwner.unit(OrgId.of("relics"))).description("展覽說明錯字")
        .discoveredOn(d("2019-09-20")).build()));
    b.put("PROBLEM-CLOSURE-WITHOUT-REASON", c -> c.problem("p-2",
        p -> Problem.builder().from(p).closure(new ProblemClosure(d("2019-09-12"), " ")).build()));
    b.put("RECT-PROBLEM-UNKNOWN", c -> c.item("r-2", i -> copy(i).addProblems(ProblemId.of("p-ghost")).build()));
    b.put("RECT-UNIT-UNKNOWN", c -> c.item("r-2", i -> copy(i).responsibleUnit(OrgId.of("ghost")).build()));
    b.put("RECT-LEAD-LEADER-UNKNOWN", c -> c.item("r-2", i -> copy(i).leadLeader(LeaderId.of("l-ghost")).build()));
    b.put("RECT-LINKED-ITEM-UNKNOWN", c -> c.item("r-2", i -> copy(i).addLinkedItems(RectificationId.of("r-ghost")).build()));
    b.put("RECT-DEADLINE-BEFORE-CREATION", c -> c.item("r-3", i -> copy(i).createdOn(d("2019-12-05")).build()));
    b.put("RECT-DEADLINE-AFTER-BATCH", c -> c.item("r-3",
        i -> copy(i).deadline(Deadline.of(d("2019-12-31"))).build()));
    b.put("RECT-LONG-TERM-WITHOUT-MILESTONES", c -> c.item("r-2",
        i -> ImmutableRectificationItem.copyOf(i).withMilestones(List.of())));
    b.put("RECT-ILLEGAL-TRANSITION", c -> c.item("r-2", i -> copy(i).history(List.of(
        change(RectificationStatus.PLANNED, RectificationStatus.SUBMITTED, ActorRole.RESPONSIBLE_UNIT)))
        .status(RectificationStatus.SUBMITTED).build()));
    b.put("RECT-ROLE-NOT-ALLOWED", c -> c.item("r-2", i -> ImmutableRectificationItem.copyOf(i)
        .withHistory(change(RectificationStatus.PLANNED, RectificationStatus.IN_PROGRESS, ActorRole.GUIDANCE_GROUP))));
    b.put("RECT-COMPLETED-WITHOUT-EVIDENCE", c -> c.item("r-1",
        i -> ImmutableRectificationItem.copyOf(i).withEvidence(List.of())));
    b.put("RECT-SIGNED-OFF-WITHOUT-COMPLETION", c -> c.item("r-1",
        i -> ImmutableRectificationItem.copyOf(i).withCompletedOn(Optional.empty())));
    b.put("RECT-SIGN-OFF-RECORD-MISSING", c -> c.item("r-1",
        i -> ImmutableRectificationItem.copyOf(i).withSignOff(Optional.empty())));
    b.put("RECT-EXTENSION-WITHOUT-REASON", c -> c.item("r-3", i -> copy(i).deadline(Deadline.of(d("2019-11-20"))
        .extendedBy(Extension.builder().newDeadline(d("2019-11-30")).grantedOn(d("2019-11-15")).reason("")
            .approver("市委主題教育辦公室").build())).build()));
    b.put("RECT-EXTENSION-WITHOUT-APPROVER", c -> c.item("r-3", i -> copy(i).deadline(Deadline.of(d("2019-11-20"))
        .extendedBy(Extension.builder().newDeadline(d("2019-11-30")).grantedOn(d("2019-11-15"))
            .reason("待批覆").build())).build()));
    b.put("SPECIAL-OBJECTIVES-MISSING", c -> c.special("s-1", s -> special(s).withObjectives(List.of())));
    b.put("SPECIAL-PROBLEMS-MISSING", c -> c.special("s-1", s -> special(s).withProblems(List.of())));
    b.put("SPECIAL-MEASURES-MISSING", c -> c.special("s-1", s -> special(s).withMeasures(List.of())));
    b.put("SPECIAL-DEPARTMENTS-MISSING", c -> c.special("s-1", s -> special(s).withResponsibleDepartments(List.of())));
    b.put("SPECIAL-DEADLINE-MISSING", c -> c.special("s-1", s -> special(s).withDeadline(Optional.empty())));
    b.put("SPECIAL-LEAD-LEADER-MISSING", c -> c.special("s-1", s -> special(s).withLeadLeader(Optional.empty())));
    b.put("SPECIAL-LEAD-UNIT-MISSING", c -> c.special("s-1", s -> special(s).withLeadUnit(Optional.empty())));
    b.put("SPECIAL-LEADER-UNKNOWN", c -> c.special("s-1", s -> special(s).withOverallLeaders(LeaderId.of("l-ghost"))));
    b.put("SPECIAL-UNIT-UNKNOWN", c -> c.special("s-1", s -> special(s).withParticipatingUnits(OrgId.of("ghost"))));
    b.put("SPECIAL-AREA-UNKNOWN", c -> c.special("s-1", s -> special(s).withArea("planning")));
    b.put("GUIDANCE-FIVE-MUSTS-INCOMPLETE", c -> c.musts.remove(2));
    b.put("GUIDANCE-LEADER-NOT-TALKED-WITH", c -> {
      c.leaders.put("l-2", Leader.builder().id(LeaderId.of("l-2")).name("地鐵公司總經理").unit(OrgId.of("subway")).build());
      c.musts.replaceAll(m -> m.must() == FiveMust.TALK_WITH_LEADERS
          ? ImmutableFiveMustRecord.copyOf(m).withTalkedWith(LeaderId.of("l-1")) : m);
    });
    b.put("GUIDANCE-TALK-LEADER-UNKNOWN", c -> c.musts.replaceAll(m -> m.must() == FiveMust.TALK_WITH_LEADERS
        ? ImmutableFiveMustRecord.copyOf(m).withTalkedWith(LeaderId.of("l-1"), LeaderId.of("l-ghost")) : m));
    b.put("LEADERSHIP-MEETING-GAP", c -> {
      LeadershipBodyId group = LeadershipBodyId.of("lg-subway");
      c.bodies.add(LeadershipBody.builder().id(group).kind(LeadershipBodyKind.LEADING_GROUP).unit(OrgId.of("subway"))
          .build());
      // June and August, but not July
      c.meetings.add(Meeting.builder().body(group).kind(MeetingKind.LEADING_GROUP_MEETING).date(d("2019-06-28")).build());
      c.meetings.add(Meeting.builder().body(group).kind(MeetingKind.LEADING_GROUP_MEETING).date(d("2019-08-01")).build());
    });
    return b;
  }

  private static ImmutableRectificationItem.Builder copy(RectificationItem item) {
    return RectificationItem.builder().from(item);
  }

  private static ImmutableSpecialRectification special(io.github.chuxin.special.SpecialRectification s) {
    return ImmutableSpecialRectification.copyOf(s);
  }

  private static StatusChange change(RectificationStatus from, RectificationStatus to, ActorRole role) {
    return StatusChange.builder().from(from).to(to).at(Instant.parse("2019-09-16T01:00:00Z")).role(role).build();
  }

  static Stream<Arguments> brokenCampaigns() {
    return breakers().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  private static ValidationReport broken(Consumer<SmallCampaign> breaker) {
    SmallCampaign campaign = new SmallCampaign();
    breaker.accept(campaign);
    return VALIDATOR.report(campaign.snapshot(), SmallCampaign.CLOCK);
  }

  @Test
  void theSmallValidCampaignHasNoViolations() {
    ValidationReport report = VALIDATOR.report(new SmallCampaign().snapshot(), SmallCampaign.CLOCK);
    assertThat(report.format(Language.ENGLISH)).isEmpty();
    assertThat(report.toValidation().isValid()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenCampaigns")
  void aCampaignBreakingOneRuleYieldsExactlyThatCode(String code, Consumer<SmallCampaign> breaker) {
    ValidationReport report = broken(breaker);
    assertThat(report.codes().toJavaList()).as(report.format(Language.ENGLISH)).containsExactly(code);
    assertThat(report.toValidation().isInvalid())
        .isEqualTo(RuleCatalogue.definition(code).severity() == Severity.ERROR);
  }

  @Test
  void everyCodeHasTemplatesInEnglishSimplifiedAndTraditionalChinese() {
    for (RuleDefinition d : RuleCatalogue.definitions()) {
      assertThat(d.template().english()).as(d.code()).isNotBlank().isNotEqualTo(d.template().simplified());
      assertThat(d.template().simplified()).as(d.code()).isNotBlank();
      assertThat(d.template().traditional()).as(d.code()).isNotBlank();
      assertThat(placeholders(d.template().simplified())).as(d.code()).isEqualTo(placeholders(d.template().english()));
      assertThat(placeholders(d.template().traditional())).as(d.code()).isEqualTo(placeholders(d.template().english()));
    }
  }

  private static Set<String> placeholders(String template) {
    return java.util.regex.Pattern.compile("\\{([A-Za-z0-9]+)}").matcher(template).results()
        .map(m -> m.group(1)).collect(Collectors.toSet());
  }

  @Test
  void codesAreUniqueAndWellFormed() {
    List<String> codes = RuleCatalogue.definitions().stream().map(RuleDefinition::code).toList();
    assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Z]+(-[A-Z]+)+"));
  }

  @Test
  void aNegativeMemberCountIsRefusedAtConstruction() {
    assertThat(RuleCatalogue.definition("ORG-NEGATIVE-MEMBERS").enforcedAtConstruction()).isTrue();
    assertThatThrownBy(() -> MemberCount.of(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MemberCount.of(3, -2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anInvertedBatchWindowIsRefusedAtConstruction() {
    assertThat(RuleCatalogue.definition("BATCH-WINDOW-INVERTED").enforcedAtConstruction()).isTrue();
    assertThatThrownBy(() -> DateWindow.ofClosed(d("2019-08-31"), d("2019-06-01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inverted");
  }

  @Test
  void theReportDoesNotDependOnInputOrder() {
    SmallCampaign campaign = new SmallCampaign();
    breakers().get("ORG-BRANCH-TOO-LARGE").accept(campaign);
    breakers().get("PROBLEM-UNANSWERED").accept(campaign);
    breakers().get("RECT-UNIT-UNKNOWN").accept(campaign);
    breakers().get("RECT-COMPLETED-WITHOUT-EVIDENCE").accept(campaign);
    breakers().get("BATCH-ASSIGNMENT-UNKNOWN-UNIT").accept(campaign);
    campaign.items.put("r-9", ImmutableRectificationItem.copyOf(campaign.items.get("r-2"))
        .withId(io.github.chuxin.rectification.RectificationId.of("r-9")).withResponsibleUnit(OrgId.of("ghost-2")));
    ValidationReport ordered = VALIDATOR.report(campaign.snapshot(), SmallCampaign.CLOCK);
    assertThat(ordered.violations()).hasSizeGreaterThan(5);
    for (long seed = 1; seed <= 5; seed++) {
      ValidationReport shuffled = VALIDATOR.report(campaign.snapshot(new Random(seed)), SmallCampaign.CLOCK);
      assertThat(shuffled.violations().toJavaList()).isEqualTo(ordered.violations().toJavaList());
    }
    assertThat(ordered.violations().map(Violation::code).toJavaList()).isSorted();
  }

  @Test
  void aClosedBatchIsJudgedByTheClockInTheCampaignZone() {
    // batch b1 ends 2019-08-31; at 2019-09-01 00:30 in Shanghai it has closed, though it is still August in Los Angeles
    SmallCampaign campaign = new SmallCampaign();
    breakers().get("GUIDANCE-FIVE-MUSTS-INCOMPLETE").accept(campaign);
    java.time.Clock lastMinute = java.time.Clock.fixed(Instant.parse("2019-08-31T15:59:00Z"), java.time.ZoneOffset.UTC);
    java.time.Clock justClosed = java.time.Clock.fixed(Instant.parse("2019-08-31T16:30:00Z"), java.time.ZoneOffset.UTC);
    assertThat(VALIDATOR.report(campaign.snapshot(), lastMinute).codes()).doesNotContain("GUIDANCE-FIVE-MUSTS-INCOMPLETE");
    assertThat(VALIDATOR.report(campaign.snapshot(), justClosed).codes()).contains("GUIDANCE-FIVE-MUSTS-INCOMPLETE");
  }

  @Test
  void aViolationNamesTheElementByIdsAndCarriesItsArguments() {
    ValidationReport report = broken(breakers().get("RECT-DEADLINE-AFTER-BATCH"));
    Violation v = report.violations().head();
    assertThat(v.path().toString()).isEqualTo("rectification[r-3].deadline");
    assertThat(v.arguments()).containsExactly(Map.entry("item", "r-3"), Map.entry("deadline", "2019-12-31"),
        Map.entry("batch", "b2"), Map.entry("batchEnd", "2019-11-30"));
    assertThat(v.severity()).isEqualTo(Severity.INFO);
    assertThat(v.message(Language.ENGLISH)).isEqualTo("Time-bound item r-3 is due on 2019-12-31, after batch b2 ends"
        + " on 2019-11-30; rectification goes on past the batch, which is normal.");
    assertThat(v.message(Language.TRADITIONAL_CHINESE)).isEqualTo(
        "限期整改任務 r-3 的完成時限 2019-12-31 晚於批次 b2 的結束日期 2019-11-30；整改在批次結束後繼續進行，屬正常情況。");
  }
}
