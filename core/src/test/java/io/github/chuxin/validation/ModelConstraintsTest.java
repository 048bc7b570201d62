package io.github.chuxin.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.activity.ActivityConstraint;
import io.github.chuxin.activity.ActivityId;
import io.github.chuxin.activity.ActivityKind;
import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignConstraint;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.campaign.GeneralRequirement;
import io.github.chuxin.diagnostic.ModelConstraint;
import io.github.chuxin.diagnostic.ModelConstraintException;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceConstraint;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.guidance.GuidanceLevel;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.id.IdentifierConstraint;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.LeadershipConstraint;
import io.github.chuxin.leadership.PlanId;
import io.github.chuxin.leadership.PlanReview;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.MemberCount;
import io.github.chuxin.org.OrgConstraint;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemClosure;
import io.github.chuxin.problem.ProblemConstraint;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemOwner;
import io.github.chuxin.problem.ProblemSource;
import io.github.chuxin.rectification.ActorRole;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.Evidence;
import io.github.chuxin.rectification.Extension;
import io.github.chuxin.rectification.ImmutableRectificationItem;
import io.github.chuxin.rectification.RectificationConstraint;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.RectificationKind;
import io.github.chuxin.rectification.RectificationStatus;
import io.github.chuxin.rectification.SignOff;
import io.github.chuxin.rectification.StatusChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules enforced at construction are the model's own constraints: the catalogue lists every
 * constant of the model's constraint enums, and a value that breaks one is refused with a
 * {@link ModelConstraintException} that carries its code (one example per code, area by area).
 */
class ModelConstraintsTest {

  private static final List<Class<? extends Enum<? extends ModelConstraint>>> ENUMS = List.of(OrgConstraint.class,
      CampaignConstraint.class, ProblemConstraint.class, RectificationConstraint.class, GuidanceConstraint.class,
      LeadershipConstraint.class, ActivityConstraint.class, IdentifierConstraint.class);
  private static final LocalDate JUNE_1 = LocalDate.of(2019, 6, 1);
  private static final LocalDate AUG_31 = LocalDate.of(2019, 8, 31);

  /** One value per code that breaks it, area by area. */
  static Map<String, ThrowingCallable> refused() {
    Map<String, ThrowingCallable> m = new LinkedHashMap<>();
    // ---- organisations and leaders
    m.put("ORG-NEGATIVE-MEMBERS", () -> MemberCount.of(3, -1));
    m.put("ORG-NEGATIVE-DECLARED-TOTAL", () -> org().declaredSubtreeMembers(-5).build());
    m.put("ORG-NAME-BLANK", () -> org().name(" ").build());
    m.put("ORG-OWN-PARENT", () -> org().parentId(OrgId.of("bj-1")).build());
    m.put("ORG-ACTIVE-WINDOW-INVERTED", () -> org().kind(OrgKind.TEMPORARY).activeFrom(AUG_31).activeUntil(JUNE_1)
        .build());
    m.put("ORG-TEMPORARY-ONLY", () -> org().activeFrom(JUNE_1).build());
    m.put("ORG-JOINT-BRANCH-ONLY", () -> org().kind(OrgKind.BRANCH).addCoveredUnits("甲公司").build());
    m.put("ORG-NEGATIVE-COMMITTEE-SIZE", () -> org().kind(OrgKind.BRANCH).committeeSize(-1).build());
    m.put("ORG-LEADER-NAME-BLANK", () -> Leader.builder().id(LeaderId.of("l-1")).name("").unit(OrgId.of("bj-1"))
        .build());
    // ---- batches and the campaign
    m.put("BATCH-WINDOW-INVERTED", () -> DateWindow.ofClosed(AUG_31, JUNE_1));
    m.put("BATCH-NUMBER-NOT-POSITIVE", () -> batch("b1", 1).number(0).build());
    m.put("BATCH-EARLY-START-NOT-BEFORE-WINDOW", () -> batch("b1", 1).earlyStart(JUNE_1).build());
    m.put("BATCH-DUPLICATE-ID", () -> Campaign.builder().id(CampaignId.of("c"))
        .addBatches(batch("b1", 1).build(), batch("b1", 2).build()).build());
    m.put("BATCH-DUPLICATE-NUMBER", () -> Campaign.builder().id(CampaignId.of("c"))
        .addBatches(batch("b1", 1).build(), batch("b2", 1).build()).build());
    m.put("CAMPAIGN-REQUIREMENT-PHRASES", () -> GeneralRequirement.builder()
        .addPhrases(Label.of("a", "守初心", "守初心")).build());
    m.put("CAMPAIGN-REQUIREMENT-PHRASE-LENGTH", () -> GeneralRequirement.builder()
        .addPhrases(Label.of("a", "守初心", "守初心"), Label.of("b", "担使命", "擔使命"), Label.of("c", "找差距", "找差距"),
            Label.of("d", "抓落实吧", "抓落實吧")).build());
    // ---- problems
    m.put("PROBLEM-CLOSED-BEFORE-FOUND", () -> Problem.builder().id(ProblemId.of("p-1"))
        .source(ProblemSource.RESEARCH).owner(ProblemOwner.unit(OrgId.of("bj-1"))).description("擁擠")
        .discoveredOn(AUG_31).closure(new ProblemClosure(JUNE_1, "已解決")).build());
    // ---- rectification
    m.put("RECT-TIME-BOUND-WITHOUT-DEADLINE", () -> item().kind(RectificationKind.TIME_BOUND).build());
    m.put("RECT-HISTORY-BROKEN", () -> item().addHistory(
        change(RectificationStatus.PLANNED, RectificationStatus.IN_PROGRESS),
        change(RectificationStatus.SUBMITTED, RectificationStatus.COMPLETED))
        .status(RectificationStatus.COMPLETED).build());
    m.put("RECT-STATUS-NOT-HISTORY-END", () -> item()
        .addHistory(change(RectificationStatus.PLANNED, RectificationStatus.IN_PROGRESS)).build());
    m.put("RECT-EXTENSION-NOT-LATER", () -> Deadline.of(AUG_31).extendedBy(Extension.builder().newDeadline(AUG_31)
        .grantedOn(JUNE_1).reason("施工").build()));
    m.put("RECT-EVIDENCE-DESCRIPTION-BLANK", () -> Evidence.builder().description("\t").addedOn(JUNE_1).build());
    m.put("RECT-SIGN-OFF-VERIFIER-BLANK", () -> SignOff.builder().date(AUG_31).verifiedBy(" ").build());
    // ---- guidance
    m.put("GUIDANCE-GROUP-NAME-BLANK", () -> GuidanceGroup.builder().id(GuidanceGroupId.of("g-1")).name(" ")
        .level(GuidanceLevel.MUNICIPAL).build());
    m.put("GUIDANCE-TALKED-WITH-ON-OTHER-MUST", () -> FiveMustRecord.builder().group(GuidanceGroupId.of("g-1"))
        .unit(OrgId.of("bj-1")).must(FiveMust.REVIEW_PLAN).date(JUNE_1).addTalkedWith(LeaderId.of("l-1")).build());
    // ---- leadership
    m.put("LEADERSHIP-PLAN-REVIEWED-BEFORE-SUBMITTED", () -> ImplementationPlan.builder().id(PlanId.of("plan-1"))
        .unit(OrgId.of("bj-1")).title("實施方案").submittedOn(AUG_31).addReviews(PlanReview.builder()
            .group(GuidanceGroupId.of("g-1")).reviewedOn(JUNE_1).outcome(PlanReview.Outcome.values()[0]).build())
        .build());
    m.put("LEADERSHIP-SCHEDULE-TITLE-BLANK", () -> ScheduleItem.builder().unit(OrgId.of("bj-1"))
        .kind(ScheduleItem.Kind.WEEKLY_ARRANGEMENT).window(DateWindow.ofClosed(JUNE_1, JUNE_1.plusDays(6))).title("")
        .build());
    m.put("LEADERSHIP-SCHEDULE-TOO-LONG", () -> ScheduleItem.builder().unit(OrgId.of("bj-1"))
        .kind(ScheduleItem.Kind.WEEKLY_ARRANGEMENT).window(DateWindow.ofClosed(JUNE_1, JUNE_1.plusDays(7)))
        .title("周安排").build());
    // ---- activities
    m.put("ACTIVITY-TOPIC-BLANK", () -> activity().topic(" ").build());
    m.put("ACTIVITY-NEGATIVE-ATTENDANCE", () -> activity().attendance(-1).build());
    // ---- identifiers
    m.put("ID-BLANK", () -> OrgId.of(""));
    m.put("ID-TOO-LONG", () -> ProblemId.of("p".repeat(129)));
    m.put("ID-PADDED", () -> LeaderId.of("l-1 "));
    m.put("ID-UNPAIRED-SURROGATE", () -> BatchId.of("b\ud840"));
    m.put("ID-CONTROL-CHARACTER", () -> RectificationId.of("r\n1"));
    m.put("ID-EXCLUDED-CHARACTER", () -> ActivityId.of("a\uff21"));
    return m;
  }

  private static io.github.chuxin.org.ImmutableOrganisation.Builder org() {
    return Organisation.builder().id(OrgId.of("bj-1")).kind(OrgKind.BRANCH).name("黨支部");
  }

  private static io.github.chuxin.campaign.ImmutableBatch.Builder batch(String id, int number) {
    return Batch.builder().id(BatchId.of(id)).number(number).window(DateWindow.ofClosed(JUNE_1, AUG_31));
  }

  private static ImmutableRectificationItem.Builder item() {
    return RectificationItem.builder().id(RectificationId.of("r-1")).title("整改").responsibleUnit(OrgId.of("bj-1"))
        .kind(RectificationKind.IMMEDIATE).createdOn(JUNE_1);
  }

  private static StatusChange change(RectificationStatus from, RectificationStatus to) {
    return StatusChange.builder().from(from).to(to).at(Instant.parse("2019-06-02T01:00:00Z"))
        .role(ActorRole.RESPONSIBLE_UNIT).build();
  }

  private static io.github.chuxin.activity.ImmutableActivity.Builder activity() {
    return Activity.builder().id(ActivityId.of("a-1")).kind(ActivityKind.values()[0]).unit(OrgId.of("bj-1"))
        .date(JUNE_1).topic("守初心、擔使命");
  }

  private static Set<String> codesEnforcedAtConstruction() {
    return RuleCatalogue.definitions().stream().filter(RuleDefinition::enforcedAtConstruction)
        .map(RuleDefinition::code).collect(Collectors.toSet());
  }

  static Stream<String> codes() {
    return refused().keySet().stream();
  }

  @Test
  void theCatalogueListsEveryConstraintOfTheModelWithItsOwnTitleAndTemplate() {
    int count = 0;
    for (Class<? extends Enum<? extends ModelConstraint>> type : ENUMS) {
      for (Enum<? extends ModelConstraint> constant : type.getEnumConstants()) {
        ModelConstraint constraint = (ModelConstraint) constant;
        RuleDefinition d = RuleCatalogue.definition(constraint.code());
        assertThat(d.enforcedAtConstruction()).as(d.code()).isTrue();
        assertThat(d.title()).as(d.code()).isEqualTo(constraint.title());
        assertThat(d.template()).as(d.code()).isEqualTo(constraint.template());
        count++;
      }
    }
    assertThat(codesEnforcedAtConstruction()).hasSize(count);
  }

  @Test
  void everyRuleEnforcedAtConstructionHasAnExampleHere() {
    assertThat(refused().keySet()).containsExactlyInAnyOrderElementsOf(codesEnforcedAtConstruction());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codes")
  void aConstructionFailureCarriesTheCodeOfTheConstraintItBreaks(String code) {
    assertThatThrownBy(refused().get(code)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(code + ": ")
        .isInstanceOfSatisfying(ModelConstraintException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.constraint().code()).isEqualTo(code);
          for (Language language : Language.values()) {
            assertThat(e.message(language)).as(code + " in " + language).doesNotContain("{").isNotBlank();
          }
          assertThat(e.message(Language.SIMPLIFIED_CHINESE)).isNotEqualTo(e.message(Language.ENGLISH));
          assertThat(e.getMessage()).isEqualTo(code + ": " + e.message(Language.ENGLISH));
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codes")
  void aConstructionFailureKeepsItsCodeArgumentsAndMessagesThroughJavaSerialization(String code) throws Exception {
    ModelConstraintException thrown = (ModelConstraintException) org.assertj.core.api.Assertions
        .catchThrowable(refused().get(code));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(thrown);
    }
    ModelConstraintException back;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      back = (ModelConstraintException) in.readObject();
    }
    assertThat(back.code()).isEqualTo(code);
    assertThat(back.constraint()).isSameAs(thrown.constraint());
    assertThat(back.arguments()).isEqualTo(thrown.arguments());
    assertThat(back.getMessage()).isEqualTo(thrown.getMessage());
    for (Language language : Language.values()) {
      assertThat(back.message(language)).isEqualTo(thrown.message(language));
    }
  }
}
