package io.github.chuxin.validation;

import static io.github.chuxin.validation.SmallCampaign.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.activity.Activity;
import io.github.chuxin.activity.ActivityId;
import io.github.chuxin.activity.ActivityKind;
import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.catalogue.Catalogue;
import io.github.chuxin.catalogue.CatalogueEntry;
import io.github.chuxin.catalogue.CatalogueProvider;
import io.github.chuxin.diagnostic.RuleSource;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.LeadershipBodyId;
import io.github.chuxin.leadership.LeadershipBodyKind;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemId;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.problem.ProblemListId;
import io.github.chuxin.problem.ProblemOwner;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.Extension;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.snapshot.ImmutableCampaignSnapshot;
import io.github.chuxin.special.SpecialRectification;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of problems, rectification, batches and special rectification read as the campaign
 * was run: rectification goes on past the batch, "about three months" is not a minimum, units may
 * start early, a problem not yet in rectification is a state, and every rule names its source.
 */
class RectificationFidelityTest {

  private static final Validator VALIDATOR = Validator.defaults();

  private static ValidationReport report(SmallCampaign campaign) {
    return VALIDATOR.report(campaign.snapshot(), SmallCampaign.CLOCK);
  }

  private static ValidationReport report(CampaignSnapshot snapshot, ValidationConfig config) {
    return Validator.of(RuleSet.defaults(), config).report(snapshot, SmallCampaign.CLOCK);
  }

  private static SmallCampaign withSecondBatch(String start, String end) {
    return new SmallCampaign().batch("b2", b -> Batch.builder().from(b)
        .window(DateWindow.ofClosed(d(start), d(end))).earlyStart(d("2019-08-15")).build());
  }

  // ---- batches: about three months

  @Test
  void beijingsRealSecondBatchWindowIsNotTooShort() {
    // Beijing deployed its second batch on 2019-09-08; the batch ended at the end of November: 84 days
    SmallCampaign beijing = withSecondBatch("2019-09-08", "2019-11-30");
    assertThat(beijing.batches.get("b2").window().lengthInDays()).isEqualTo(84);
    assertThat(report(beijing).violations()).isEmpty();
  }

  @Test
  void aWindowWellShortOfThreeMonthsIsAWarningThatNamesTheDurationAndTolerance() {
    ValidationReport report = report(withSecondBatch("2019-09-08", "2019-10-31"));
    // r-3, due 2019-11-30, now runs past the batch: information beside the warning
    assertThat(report.codes().toJavaList()).containsExactly("BATCH-TOO-SHORT", "RECT-DEADLINE-AFTER-BATCH");
    Violation v = report.violations().head();
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
    assertThat(v.message(Language.ENGLISH)).isEqualTo(
        "Batch b2 lasts 54 days (2019-09-08..2019-10-31), well short of about 3 months (tolerance 1 month).");
    assertThat(v.message(Language.TRADITIONAL_CHINESE)).isEqualTo(
        "批次 b2 僅 54 天（2019-09-08..2019-10-31），明顯短於約3個月（允許偏差1個月）。");
  }

  @Test
  void theToleranceIsConfigurableAndWithoutItTheRealSecondBatchIsShort() {
    CampaignSnapshot beijing = withSecondBatch("2019-09-08", "2019-11-30").snapshot();
    ValidationConfig strict = ValidationConfig.builder().campaignDurationTolerance(Period.ZERO).build();
    assertThat(report(beijing, strict).codes().toJavaList()).containsExactly("BATCH-TOO-SHORT");
    ValidationConfig twoWeeks = ValidationConfig.builder().campaignDurationTolerance(Period.ofDays(14)).build();
    assertThat(report(beijing, twoWeeks).codes().toJavaList()).isEmpty();
  }

  @Test
  void aPeriodIsPrintedInWordsInEachLanguage() {
    assertThat(BatchRules.spoken(Period.ofMonths(3))).isEqualTo(Label.of("3 months", "3个月", "3個月"));
    assertThat(BatchRules.spoken(Period.ofMonths(1))).isEqualTo(Label.of("1 month", "1个月", "1個月"));
    assertThat(BatchRules.spoken(Period.of(1, 2, 3))).isEqualTo(Label.of("1 year 2 months 3 days", "1年2个月3天",
        "1年2個月3天"));
    assertThat(BatchRules.spoken(Period.ZERO)).isEqualTo(Label.of("0 days", "0天", "0天"));
  }

  // ---- early starts: 先動起來、先學起來、先改起來

  @Test
  void activitiesProblemsAndRectificationMayPredateTheBatchFromItsEarlyStart() {
    SmallCampaign campaign = new SmallCampaign();
    // relics is in batch b2 (2019-09-01..2019-11-30, early start 2019-08-15)
    campaign.problem("p-3", p -> Problem.builder().from(p).discoveredOn(d("2019-08-16")).build());
    campaign.item("r-3", i -> RectificationItem.builder().from(i).createdOn(d("2019-08-17")).build());
    CampaignSnapshot snapshot = ImmutableCampaignSnapshot.copyOf(campaign.snapshot())
        .withActivities(Activity.builder().id(ActivityId.of("a-early")).kind(ActivityKind.STUDY)
            .unit(OrgId.of("relics")).date(d("2019-08-20")).topic("先學起來").build());
    assertThat(VALIDATOR.report(snapshot, SmallCampaign.CLOCK).violations()).isEmpty();
  }

  @Test
  void noRuleRefusesARectificationItemMadeBeforeItsUnitsBatchStarts() {
    SmallCampaign campaign = new SmallCampaign();
    campaign.item("r-3", i -> RectificationItem.builder().from(i).createdOn(d("2019-07-01")).build());
    assertThat(report(campaign).violations()).isEmpty();
  }

  // ---- rectification goes on past the batch

  @Test
  void aDeadlineAfterTheBatchIsInformationAndNeverMakesTheReportInvalid() {
    SmallCampaign campaign = new SmallCampaign();
    campaign.item("r-3", i -> RectificationItem.builder().from(i).deadline(Deadline.of(d("2020-03-31"))).build());
    ValidationReport report = report(campaign);
    assertThat(report.codes().toJavaList()).containsExactly("RECT-DEADLINE-AFTER-BATCH");
    assertThat(report.violations().head().severity()).isEqualTo(Severity.INFO);
    assertThat(report.isValid()).isTrue();
    assertThat(RuleCatalogue.definition("RECT-DEADLINE-AFTER-BATCH").severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void anExtensionPastTheBatchIsReportedByItsEffectiveDeadlineAsInformationToo() {
    SmallCampaign campaign = new SmallCampaign();
    campaign.item("r-3", i -> RectificationItem.builder().from(i).deadline(Deadline.of(d("2019-11-30"))
        .extendedBy(Extension.builder().newDeadline(d("2019-12-31")).grantedOn(d("2019-11-20"))
            .reason("與第二批單位上下聯動").approver("市委主題教育辦公室").build())).build());
    ValidationReport report = report(campaign);
    assertThat(report.codes().toJavaList()).containsExactly("RECT-DEADLINE-AFTER-BATCH");
    assertThat(report.violations().head().arguments()).containsEntry("deadline", "2019-12-31");
    assertThat(report.isValid()).isTrue();
  }

  // ---- 上下聯動: items of the two batches rectified together

  @Test
  void anItemMayBeLinkedToAnItemOfTheOtherBatchAndALinkToNothingIsAnError() {
    SmallCampaign campaign = new SmallCampaign();
    // r-1 is the subway's (first batch), r-3 the relics bureau's (second batch)
    campaign.item("r-3", i -> RectificationItem.builder().from(i).addLinkedItems(RectificationId.of("r-1")).build());
    assertThat(report(campaign).violations()).isEmpty();
    campaign.item("r-3", i -> RectificationItem.builder().from(i).addLinkedItems(RectificationId.of("r-7")).build());
    ValidationReport report = report(campaign);
    assertThat(report.codes().toJavaList()).containsExactly("RECT-LINKED-ITEM-UNKNOWN");
    assertThat(report.violations().head().path().toString()).isEqualTo("rectification[r-3].linkedItem[r-7]");
  }

  // ---- problems: 未列入整改 is a state

  @Test
  void aProblemNotYetInRectificationIsAWarningNamedWeiLieRuZhengGai() {
    SmallCampaign campaign = new SmallCampaign();
    campaign.items.remove("r-1");
    ValidationReport report = report(campaign);
    assertThat(report.codes().toJavaList()).containsExactly("PROBLEM-UNANSWERED");
    assertThat(report.isValid()).isTrue();
    RuleDefinition d = RuleCatalogue.definition("PROBLEM-UNANSWERED");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.title().traditional()).contains("未列入整改").doesNotContain("銷");
    assertThat(d.title().simplified()).contains("未列入整改").doesNotContain("销");
  }

  // ---- each member of a leadership body has their own problems

  private static CampaignSnapshot withBodies(SmallCampaign campaign, LeadershipBody... bodies) {
    CampaignSnapshot s = campaign.snapshot();
    return ImmutableCampaignSnapshot.copyOf(s).withLeaders(List.of(s.leaders().get(0),
        Leader.builder().id(LeaderId.of("l-2")).name("文物局黨組書記（示例）").unit(OrgId.of("relics")).build()))
        .withLeadershipBodies(bodies);
  }

  private static LeadershipBody body(String id, LeadershipBodyKind kind, String... members) {
    var b = LeadershipBody.builder().id(LeadershipBodyId.of(id)).kind(kind).unit(OrgId.of("bj"));
    for (String m : members) {
      b.addMembers(LeaderId.of(m));
    }
    return b.build();
  }

  @Test
  void aLeadingGroupMemberWithNoProblemOfTheirOwnIsAWarning() {
    CampaignSnapshot ok = withBodies(new SmallCampaign(), body("lg", LeadershipBodyKind.LEADING_GROUP, "l-1"));
    assertThat(VALIDATOR.report(ok, SmallCampaign.CLOCK).codes()).doesNotContain("PROBLEM-BODY-MEMBER-WITHOUT-PROBLEMS");
    CampaignSnapshot missing = withBodies(new SmallCampaign(),
        body("lg", LeadershipBodyKind.LEADING_GROUP, "l-1", "l-2"));
    List<Violation> found = VALIDATOR.report(missing, SmallCampaign.CLOCK).violations()
        .filter(v -> v.code().equals("PROBLEM-BODY-MEMBER-WITHOUT-PROBLEMS")).toJavaList();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(found.get(0).path().toString()).isEqualTo("leadershipBody[lg].member[l-2]");
    assertThat(found.get(0).message(Language.ENGLISH)).contains("l-2").contains("leading group");
  }

  @Test
  void aProblemListOfTheLeadersOwnCountsAsTheirProblems() {
    SmallCampaign campaign = new SmallCampaign();
    CampaignSnapshot s = withBodies(campaign, body("lg", LeadershipBodyKind.LEADING_GROUP, "l-1", "l-2"));
    CampaignSnapshot listed = ImmutableCampaignSnapshot.copyOf(s).withProblemLists(ProblemList.builder()
        .id(ProblemListId.of("l-2-list")).owner(ProblemOwner.leader(OrgId.of("relics"), LeaderId.of("l-2")))
        .compiledOn(d("2019-09-20")).addProblems(ProblemId.of("p-3")).build());
    assertThat(VALIDATOR.report(listed, SmallCampaign.CLOCK).codes())
        .doesNotContain("PROBLEM-BODY-MEMBER-WITHOUT-PROBLEMS");
  }

  @Test
  void whichBodiesMembersListProblemsIsConfigurable() {
    CampaignSnapshot office = withBodies(new SmallCampaign(), body("office", LeadershipBodyKind.CAMPAIGN_OFFICE, "l-2"));
    assertThat(VALIDATOR.report(office, SmallCampaign.CLOCK).codes()).doesNotContain("PROBLEM-BODY-MEMBER-WITHOUT-PROBLEMS");
    ValidationConfig every = ValidationConfig.builder()
        .bodiesWhoseMembersListProblems(EnumSet.allOf(LeadershipBodyKind.class)).build();
    assertThat(report(office, every).codes()).contains("PROBLEM-BODY-MEMBER-WITHOUT-PROBLEMS");
  }

  // ---- special rectification

  @Test
  void leadersInOverallChargeMustExistBesideTheLeadLeader() {
    SmallCampaign campaign = new SmallCampaign();
    campaign.special("s-1", s -> SpecialRectification.builder().from(s).addOverallLeaders(LeaderId.of("l-1")).build());
    assertThat(report(campaign).violations()).isEmpty();
    campaign.special("s-1", s -> SpecialRectification.builder().from(s).addOverallLeaders(LeaderId.of("l-mayor"))
        .build());
    ValidationReport report = report(campaign);
    assertThat(report.codes().toJavaList()).containsExactly("SPECIAL-LEADER-UNKNOWN");
    assertThat(report.violations().head().path().toString()).isEqualTo("special[s-1].overallLeader[l-mayor]");
  }

  @Test
  void aSpecialRectificationWithoutALeadUnitIsAWarningCitingTheSeed() {
    RuleDefinition d = RuleCatalogue.definition("SPECIAL-LEAD-UNIT-MISSING");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.source().orElseThrow().kind()).isEqualTo(RuleSource.Kind.SEED);
    assertThat(d.source().orElseThrow().citation()).startsWith("seed ¶4: ").contains("牽頭單位");
  }

  @Test
  void theAreaIsCheckedAgainstTheConfiguredCatalogueWhichAUserReplaces() {
    CampaignSnapshot s = new SmallCampaign().snapshot();
    assertThat(VALIDATOR.report(s, SmallCampaign.CLOCK).codes()).doesNotContain("SPECIAL-AREA-UNKNOWN");
    Catalogue mine = Catalogue.of("my-areas", List.of(CatalogueEntry.of("sample-area",
        Label.of("a sample area", "示例领域", "示例領域"))));
    ValidationConfig config = ValidationConfig.builder()
        .catalogues(CatalogueProvider.defaults().withSpecialRectificationAreas(mine)).build();
    ValidationReport report = report(s, config);
    assertThat(report.codes().toJavaList()).containsExactly("SPECIAL-AREA-UNKNOWN");
    assertThat(report.violations().head().arguments()).containsEntry("catalogue", "my-areas");
  }

  // ---- every rule names its source, and no error is a policy

  @Test
  void everyRuleOfProblemsRectificationBatchesAndSpecialRectificationNamesItsSource() {
    Set<String> areas = Set.of("BATCH", "PROBLEM", "RECT", "SPECIAL", "CAMPAIGN");
    List<RuleDefinition> mine = RuleCatalogue.definitions().stream()
        .filter(d -> areas.contains(d.code().substring(0, d.code().indexOf('-')))).toList();
    assertThat(mine).hasSizeGreaterThan(50);
    for (RuleDefinition d : mine) {
      assertThat(d.source()).as(d.code()).isPresent();
      RuleSource source = d.source().orElseThrow();
      if (source.kind() == RuleSource.Kind.SEED) {
        assertThat(source.citation()).as(d.code()).matches("seed ¶([1-9]|1[0-4]): .+");
      }
      if (d.severity() == Severity.ERROR) {
        assertThat(source.kind()).as(d.code() + " is an error, so not a policy").isNotEqualTo(RuleSource.Kind.POLICY);
      }
    }
  }

  @Test
  void theFiveElementsAndTheLeadLeaderOfADraftProjectAreWarnings() {
    for (String code : List.of("SPECIAL-OBJECTIVES-MISSING", "SPECIAL-PROBLEMS-MISSING", "SPECIAL-MEASURES-MISSING",
        "SPECIAL-DEPARTMENTS-MISSING", "SPECIAL-DEADLINE-MISSING", "SPECIAL-LEAD-LEADER-MISSING")) {
      assertThat(RuleCatalogue.definition(code).severity()).as(code).isEqualTo(Severity.WARNING);
    }
  }
}
