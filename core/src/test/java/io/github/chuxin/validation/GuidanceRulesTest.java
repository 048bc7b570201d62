package io.github.chuxin.validation;

import static io.github.chuxin.validation.SmallCampaign.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.diagnostic.ModelConstraintException;
import io.github.chuxin.diagnostic.RuleSource;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.guidance.GuidanceLevel;
import io.github.chuxin.guidance.ImmutableFiveMustRecord;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The five musts as the groups' practice: warnings to the group, talks with each member, roving groups. */
class GuidanceRulesTest {

  private static final Validator VALIDATOR = Validator.defaults();
  private static final LeaderId SECRETARY = LeaderId.of("l-1");
  private static final LeaderId MANAGER = LeaderId.of("l-2");
  private static final LeaderId DEPUTY = LeaderId.of("l-3");

  /** The small campaign with the subway's leadership of three, and its group's talks as given. */
  private static SmallCampaign withTalks(List<List<LeaderId>> talks) {
    SmallCampaign c = new SmallCampaign();
    c.leaders.put("l-2", Leader.builder().id(MANAGER).name("總經理").unit(OrgId.of("subway")).build());
    c.leaders.put("l-3", Leader.builder().id(DEPUTY).name("副書記").unit(OrgId.of("subway")).build());
    FiveMustRecord talk = c.musts.stream().filter(m -> m.must() == FiveMust.TALK_WITH_LEADERS).findFirst().orElseThrow();
    c.musts.remove(talk);
    for (List<LeaderId> named : talks) {
      c.musts.add(ImmutableFiveMustRecord.copyOf(talk).withTalkedWith(named).withDate(talk.date().plusDays(c.musts.size())));
    }
    return c;
  }

  private static ValidationReport report(SmallCampaign c) {
    return VALIDATOR.report(c.snapshot(), SmallCampaign.CLOCK);
  }

  @Test
  void aMissingMustIsAWarningAddressedToTheGroupNotAnErrorOfTheUnit() {
    RuleDefinition rule = RuleCatalogue.definition("GUIDANCE-FIVE-MUSTS-INCOMPLETE");
    assertThat(rule.severity()).isEqualTo(Severity.WARNING);
    assertThat(rule.source()).hasValueSatisfying(s -> assertThat(s.kind()).isEqualTo(RuleSource.Kind.SEED));
    SmallCampaign c = new SmallCampaign();
    c.musts.clear();
    ValidationReport report = report(c);
    assertThat(report.toValidation().isValid()).isTrue();
    Violation v = report.violations().single();
    assertThat(v.path().toString()).isEqualTo("guidance[g-1].unit[subway]");
    assertThat(v.message(Language.TRADITIONAL_CHINESE)).contains("指導組 g-1").contains("班子成員必談");
  }

  @Test
  void talksNamingEveryMemberOfTheLeadershipLeaveNothingToReport() {
    assertThat(report(withTalks(List.of(List.of(SECRETARY), List.of(MANAGER, DEPUTY)))).violations()).isEmpty();
  }

  @Test
  void aMemberOfTheLeadershipNoTalkNamesIsReportedByIdentifier() {
    ValidationReport report = report(withTalks(List.of(List.of(MANAGER))));
    assertThat(report.codes()).containsExactly("GUIDANCE-LEADER-NOT-TALKED-WITH");
    Violation v = report.violations().single();
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
    assertThat(v.path().toString()).isEqualTo("guidance[g-1].unit[subway].talks");
    assertThat(v.arguments()).containsEntry("leaders", "l-1, l-3").containsEntry("count", "2");
  }

  @Test
  void aTalkRecordThatNamesNobodyIsReadAsTalksWithTheWholeLeadership() {
    // the older form, once per unit: it says the talks took place, not with whom
    assertThat(report(withTalks(List.of(List.of()))).violations()).isEmpty();
    assertThat(report(withTalks(List.of(List.of(MANAGER), List.of()))).violations()).isEmpty();
    assertThat(FiveMustRecord.builder().group(GuidanceGroupId.of("g")).unit(OrgId.of("u"))
        .must(FiveMust.TALK_WITH_LEADERS).date(d("2019-07-01")).build().talkedWithWholeLeadership()).isTrue();
  }

  @Test
  void theTalksAreJudgedOnlyOnceTheUnitsBatchHasEnded() {
    SmallCampaign c = withTalks(List.of(List.of(MANAGER)));
    Clock during = Clock.fixed(Instant.parse("2019-08-20T00:00:00Z"), ZoneOffset.UTC);
    assertThat(VALIDATOR.report(c.snapshot(), during).violations()).isEmpty();
  }

  @Test
  void aTalkWithALeaderWhoDoesNotExistIsAnIntegrityError() {
    ValidationReport report = report(withTalks(List.of(List.of(SECRETARY, MANAGER, DEPUTY, LeaderId.of("l-ghost")))));
    assertThat(report.codes()).containsExactly("GUIDANCE-TALK-LEADER-UNKNOWN");
    assertThat(report.violations().single().path().toString())
        .isEqualTo("guidance[g-1].unit[subway].talk[2019-07-05].leader[l-ghost]");
    assertThat(RuleCatalogue.definition("GUIDANCE-TALK-LEADER-UNKNOWN").source().orElseThrow().kind())
        .isEqualTo(RuleSource.Kind.INTEGRITY);
  }

  @Test
  void membersTalkedWithOnARecordOfAnotherMustAreRefusedAtConstruction() {
    assertThatThrownBy(() -> FiveMustRecord.builder().group(GuidanceGroupId.of("g")).unit(OrgId.of("u"))
        .must(FiveMust.CHECK_RECTIFICATION).date(d("2019-07-01")).addTalkedWith(SECRETARY).build())
        .isInstanceOfSatisfying(ModelConstraintException.class,
            e -> assertThat(e.code()).isEqualTo("GUIDANCE-TALKED-WITH-ON-OTHER-MUST"))
        .hasMessageContaining("check the rectification");
    assertThat(RuleCatalogue.definition("GUIDANCE-TALKED-WITH-ON-OTHER-MUST").enforcedAtConstruction()).isTrue();
  }

  @Test
  void aRovingSupervisionGroupIsNotExpectedToPerformTheFiveMusts() {
    SmallCampaign c = withTalks(List.of(List.of(MANAGER)));
    c.musts.removeIf(m -> m.must() == FiveMust.SIT_IN_ON_SEMINARS);
    assertThat(report(c).codes()).containsExactly("GUIDANCE-FIVE-MUSTS-INCOMPLETE", "GUIDANCE-LEADER-NOT-TALKED-WITH");
    c.groups.replaceAll(g -> GuidanceGroup.builder().from(g).level(GuidanceLevel.ROVING).build());
    assertThat(report(c).violations()).isEmpty();
    assertThat(GuidanceLevel.ROVING.isCentral()).isTrue();
    assertThat(GuidanceLevel.MUNICIPAL.isCentral()).isFalse();
  }
}
