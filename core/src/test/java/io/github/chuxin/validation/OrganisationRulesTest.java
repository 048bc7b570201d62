package io.github.chuxin.validation;

import static io.github.chuxin.validation.SmallCampaign.d;
import static io.github.chuxin.validation.SmallCampaign.org;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.diagnostic.RuleSource;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.org.MemberCount;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The organisation rules at their thresholds and boundaries: 99 and 100 members, 5 and 6 covered
 * units, 6 and 7 full members, a day short of six months and six months; villages and communities
 * where a committee "may" be set up; temporary organisations, which count toward no total.
 */
class OrganisationRulesTest {

  private static final Validator VALIDATOR = Validator.defaults();

  private static List<Violation> found(SmallCampaign c, String code) {
    return found(VALIDATOR, c, code);
  }

  private static List<Violation> found(Validator validator, SmallCampaign c, String code) {
    return validator.report(c.snapshot(), SmallCampaign.CLOCK).violations().filter(v -> v.code().equals(code))
        .toJavaList();
  }

  /** Branches under relics (which already holds relics-b1 with 10 members) bringing it to {@code total}. */
  private static SmallCampaign relicsWith(int total) {
    SmallCampaign c = new SmallCampaign();
    int rest = total - 10;
    for (int i = 2; rest > 0; i++) {
      int share = Math.min(45, rest);
      c.extraOrgs.add(org("relics-b" + i, "relics", OrgKind.BRANCH, share));
      rest -= share;
    }
    return c;
  }

  @Test
  void aBureauOf99MembersNeedsNoCommitteeButOneOf100Does() {
    assertThat(found(relicsWith(99), "ORG-COMMITTEE-MISSING")).isEmpty();
    List<Violation> at100 = found(relicsWith(100), "ORG-COMMITTEE-MISSING");
    assertThat(at100).singleElement().satisfies(v -> {
      assertThat(v.path().toString()).isEqualTo("organisation[relics]");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.message(Language.ENGLISH)).isEqualTo("relics (bureau-level unit) has 100 members, 100 or more:"
          + " it should set up a party committee (a primary-level committee) with the higher organisation's approval.");
      assertThat(v.message(Language.TRADITIONAL_CHINESE)).contains("達到 100 名以上").contains("設立黨的基層委員會");
    });
  }

  @Test
  void theCommitteeThresholdIsConfigurable() {
    Validator lenient = Validator.of(RuleSet.defaults(), ValidationConfig.builder().committeeFromMembers(120).build());
    assertThat(found(lenient, relicsWith(119), "ORG-COMMITTEE-MISSING")).isEmpty();
    assertThat(found(lenient, relicsWith(120), "ORG-COMMITTEE-MISSING")).hasSize(1);
  }

  private static SmallCampaign generalBranchOf(int members) {
    SmallCampaign c = new SmallCampaign();
    c.extraOrgs.add(org("relics-g", "relics", OrgKind.GENERAL_BRANCH, 0));
    c.extraOrgs.add(org("relics-g-b1", "relics-g", OrgKind.BRANCH, 50));
    c.extraOrgs.add(org("relics-g-b2", "relics-g", OrgKind.BRANCH, members - 50));
    return c;
  }

  @Test
  void aGeneralBranchThatReaches100IsToBeReDesignatedACommitteeAndItsBureauIsNotWarnedTwice() {
    List<Violation> at100 = found(generalBranchOf(100), "ORG-COMMITTEE-MISSING");
    assertThat(at100).singleElement().satisfies(v -> {
      assertThat(v.path().toString()).isEqualTo("organisation[relics-g]");
      assertThat(v.message(Language.ENGLISH)).contains("re-designate it a party committee");
      assertThat(v.message(Language.SIMPLIFIED_CHINESE)).contains("改设为党的基层委员会");
    });
    // at 99 the general branch is fine, but its bureau (10 + 99 members) has no committee
    List<Violation> at99 = found(generalBranchOf(99), "ORG-COMMITTEE-MISSING");
    assertThat(at99).singleElement().satisfies(v -> assertThat(v.path().toString()).isEqualTo("organisation[relics]"));
  }

  @Test
  void aCommitteeBelowTheBureausPartyGroupCountsAsItsCommittee() {
    SmallCampaign led = relicsWith(10);
    led.extraOrgs.add(org("relics-group", "relics", OrgKind.PARTY_GROUP, 0));
    led.extraOrgs.add(org("relics-organ", "relics-group", OrgKind.PARTY_COMMITTEE, 0));
    led.extraOrgs.add(org("relics-organ-b1", "relics-organ", OrgKind.BRANCH, 45));
    led.extraOrgs.add(org("relics-organ-b2", "relics-organ", OrgKind.BRANCH, 45));
    ValidationReport report = VALIDATOR.report(led.snapshot(), SmallCampaign.CLOCK);
    assertThat(report.violations()).as(report.format(Language.ENGLISH)).isEmpty();

    SmallCampaign groupOnly = relicsWith(10);
    groupOnly.extraOrgs.add(org("relics-group", "relics", OrgKind.PARTY_GROUP, 0));
    groupOnly.extraOrgs.add(org("relics-group-b1", "relics-group", OrgKind.BRANCH, 45));
    groupOnly.extraOrgs.add(org("relics-group-b2", "relics-group", OrgKind.BRANCH, 45));
    assertThat(found(groupOnly, "ORG-COMMITTEE-MISSING")).singleElement()
        .satisfies(v -> assertThat(v.path().toString()).isEqualTo("organisation[relics]"));
  }

  @Test
  void villagesAndCommunitiesOf100MembersOrMoreMayHaveACommitteeAndAreNotWarned() {
    SmallCampaign c = new SmallCampaign();
    c.extraOrgs.add(org("haidian", "bj", OrgKind.DISTRICT, 0));
    c.extraOrgs.add(org("town", "haidian", OrgKind.TOWNSHIP, 0));
    c.extraOrgs.add(org("village", "town", OrgKind.VILLAGE, 0));
    c.extraOrgs.add(org("village-g", "village", OrgKind.GENERAL_BRANCH, 0));
    c.extraOrgs.add(org("village-g-b1", "village-g", OrgKind.BRANCH, 50));
    c.extraOrgs.add(org("village-g-b2", "village-g", OrgKind.BRANCH, 50));
    c.extraOrgs.add(org("village-b3", "village", OrgKind.BRANCH, 40));
    c.extraOrgs.add(org("street", "haidian", OrgKind.SUBDISTRICT, 0));
    c.extraOrgs.add(org("community", "street", OrgKind.COMMUNITY, 0));
    c.extraOrgs.add(org("community-b1", "community", OrgKind.BRANCH, 50));
    c.extraOrgs.add(org("community-b2", "community", OrgKind.BRANCH, 50));
    ValidationReport report = VALIDATOR.report(c.snapshot(), SmallCampaign.CLOCK);
    assertThat(report.codes()).as(report.format(Language.ENGLISH)).doesNotContain("ORG-COMMITTEE-MISSING");
  }

  @Test
  void aJointBranchCoversAtMostFiveUnitsByDefaultAndUnrecordedUnitsAreNotWarned() {
    assertThat(found(jointBranchCovering(5), "ORG-JOINT-BRANCH-TOO-MANY-UNITS")).isEmpty();
    assertThat(found(jointBranchCovering(0), "ORG-JOINT-BRANCH-TOO-MANY-UNITS")).isEmpty();
    assertThat(found(jointBranchCovering(6), "ORG-JOINT-BRANCH-TOO-MANY-UNITS")).singleElement().satisfies(v -> {
      assertThat(v.path().toString()).isEqualTo("organisation[relics-joint].coveredUnits");
      assertThat(v.message(Language.TRADITIONAL_CHINESE)).isEqualTo("聯合黨支部 relics-joint 覆蓋 6 個單位，超過 5 個。");
    });
    Validator six = Validator.of(RuleSet.defaults(), ValidationConfig.builder().maximumJointBranchUnits(6).build());
    assertThat(found(six, jointBranchCovering(6), "ORG-JOINT-BRANCH-TOO-MANY-UNITS")).isEmpty();
  }

  private static SmallCampaign jointBranchCovering(int units) {
    SmallCampaign c = new SmallCampaign();
    var joint = Organisation.builder().from(org("relics-joint", "relics", OrgKind.JOINT_BRANCH, 8));
    for (int i = 1; i <= units; i++) {
      joint.addCoveredUnits("小微企業" + i);
    }
    c.extraOrgs.add(joint.build());
    return c;
  }

  private static SmallCampaign branchOf(int full, Integer committee) {
    SmallCampaign c = new SmallCampaign();
    var branch = Organisation.builder().from(org("relics-b1", "relics", OrgKind.BRANCH, 0))
        .members(MemberCount.of(full, 3));
    if (committee != null) {
      branch.committeeSize(committee);
    }
    Organisation built = branch.build();
    c.org("relics-b1", o -> built);
    return c;
  }

  @Test
  void aBranchOfSevenFullMembersRecordedWithoutACommitteeIsWarnedButNotOneOfSixNorAnUnrecordedOne() {
    assertThat(found(branchOf(6, 0), "ORG-BRANCH-COMMITTEE-MISSING")).isEmpty();
    assertThat(found(branchOf(7, null), "ORG-BRANCH-COMMITTEE-MISSING")).as("unknown: no warning").isEmpty();
    assertThat(found(branchOf(7, 3), "ORG-BRANCH-COMMITTEE-MISSING")).isEmpty();
    assertThat(found(branchOf(7, 0), "ORG-BRANCH-COMMITTEE-MISSING")).singleElement().satisfies(v -> {
      assertThat(v.path().toString()).isEqualTo("organisation[relics-b1].committeeSize");
      assertThat(v.message(Language.ENGLISH)).isEqualTo("Branch relics-b1 has 7 full members, 7 or more, but records"
          + " no branch committee; it should elect one of 3 to 5 members.");
    });
    Validator eight = Validator.of(RuleSet.defaults(), ValidationConfig.builder().branchCommitteeFromFullMembers(8)
        .build());
    assertThat(found(eight, branchOf(7, 0), "ORG-BRANCH-COMMITTEE-MISSING")).isEmpty();
  }

  private static SmallCampaign temporaryFor(LocalDate from, LocalDate until, int full) {
    SmallCampaign c = new SmallCampaign();
    var post = Organisation.builder().from(org("post", "bj", OrgKind.TEMPORARY, 0));
    if (from != null) {
      post.activeFrom(from);
    }
    if (until != null) {
      post.activeUntil(until);
    }
    c.extraOrgs.add(post.build());
    c.extraOrgs.add(org("post-b1", "post", OrgKind.BRANCH, full));
    return c;
  }

  @Test
  void aTemporaryOrganisationLastingSixMonthsOrStillOpenAfterSixShouldBeARegularBranchButNotOneADayShorter() {
    String code = "ORG-TEMPORARY-LONG-LASTING";
    assertThat(found(temporaryFor(d("2019-06-01"), d("2019-11-29"), 10), code)).as("a day short").isEmpty();
    assertThat(found(temporaryFor(d("2019-06-01"), d("2019-11-30"), 10), code)).singleElement().satisfies(v -> {
      assertThat(v.path().toString()).isEqualTo("organisation[post]");
      assertThat(v.arguments()).containsEntry("full", "10").containsEntry("duration", "P6M");
    });
    // open-ended: it has lasted until the day of validation (2019-12-15 in the campaign's zone) so far
    assertThat(found(temporaryFor(d("2019-06-01"), null, 10), code)).as("open-ended, over six months by today")
        .singleElement().satisfies(v -> assertThat(v.arguments()).containsEntry("until", "2019-12-15"));
    assertThat(found(temporaryFor(d("2019-06-17"), null, 10), code)).as("open-ended, short of six months today")
        .isEmpty();
    assertThat(found(temporaryFor(d("2019-06-01"), d("2019-12-31"), 2), code)).as("too few to form a branch")
        .isEmpty();
    Validator longer = Validator.of(RuleSet.defaults(), ValidationConfig.builder()
        .regularBranchFromDuration(Period.ofMonths(12)).build());
    assertThat(found(longer, temporaryFor(d("2019-06-01"), d("2019-11-30"), 10), code)).isEmpty();
  }

  @Test
  void temporaryOrganisationsAndTheBranchesInsideThemCountTowardNoDeclaredTotal() {
    SmallCampaign c = new SmallCampaign();
    c.extraOrgs.add(Organisation.builder().from(org("subway-post", "subway-pc", OrgKind.TEMPORARY, 40))
        .addHomeOrganisations(OrgId.of("subway")).build());
    c.extraOrgs.add(org("subway-post-b1", "subway-post", OrgKind.BRANCH, 30));
    // subway still declares 52, the members of its two regular branches
    ValidationReport report = VALIDATOR.report(c.snapshot(), SmallCampaign.CLOCK);
    assertThat(report.violations()).as(report.format(Language.ENGLISH)).isEmpty();
  }

  @Test
  void aVillageUnderASubdistrictIsUnusualButAChildOfABranchIsAnError() {
    SmallCampaign c = new SmallCampaign();
    c.extraOrgs.add(org("haidian", "bj", OrgKind.DISTRICT, 0));
    c.extraOrgs.add(org("street", "haidian", OrgKind.SUBDISTRICT, 0));
    c.extraOrgs.add(org("village", "street", OrgKind.VILLAGE, 0));
    ValidationReport report = VALIDATOR.report(c.snapshot(), SmallCampaign.CLOCK);
    assertThat(report.codes().toJavaList()).containsExactly("ORG-UNUSUAL-NESTING");
    assertThat(report.errors()).isEmpty();

    SmallCampaign wrong = new SmallCampaign();
    wrong.extraOrgs.add(org("bad-gb", "relics-b1", OrgKind.GENERAL_BRANCH, 0));
    assertThat(VALIDATOR.report(wrong.snapshot(), SmallCampaign.CLOCK).errors().map(Violation::code).toJavaList())
        .containsExactly("ORG-ILLEGAL-NESTING");
  }

  @Test
  void everyOrganisationRuleNamesItsSourceAndNoErrorRestsOnAPolicy() {
    for (RuleDefinition d : RuleCatalogue.definitions()) {
      if (!d.code().startsWith("ORG-")) {
        continue;
      }
      assertThat(d.source()).as(d.code()).isPresent();
      if (d.severity() == Severity.ERROR) {
        assertThat(d.source().get().kind()).as(d.code()).isNotEqualTo(RuleSource.Kind.POLICY);
      }
    }
    assertThat(RuleCatalogue.definition("ORG-JOINT-BRANCH-TOO-MANY-UNITS").source().orElseThrow().citation())
        .contains("支部工作條例").contains("第五條");
  }
}
