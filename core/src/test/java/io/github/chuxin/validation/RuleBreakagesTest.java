package io.github.chuxin.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue checks itself: every rule that validation enforces carries a breakage, and each
 * breakage breaks its own rule and no other error rule, on a full campaign and on one that has no
 * problems, rectification items or special rectifications (so that the breakage must add them).
 */
class RuleBreakagesTest {

  private static final Validator VALIDATOR = Validator.defaults();
  private static final int SEEDS = 40;

  static Stream<String> breakableCodes() {
    return RuleCatalogue.definitions().stream().filter(d -> d.breakage().isPresent()).map(RuleDefinition::code);
  }

  private static CampaignSnapshot bare() {
    SmallCampaign campaign = new SmallCampaign();
    campaign.problems.clear();
    campaign.items.clear();
    campaign.specials.clear();
    return campaign.snapshot();
  }

  private static void assertBreaksOnly(String code, CampaignSnapshot valid) {
    Breakage breakage = RuleCatalogue.definition(code).breakage().orElseThrow();
    assertThat(VALIDATOR.report(valid, SmallCampaign.CLOCK).errors()).isEmpty();
    for (long seed = 0; seed < SEEDS; seed++) {
      CampaignSnapshot broken = breakage.apply(valid, new SplittableRandom(seed));
      ValidationReport report = VALIDATOR.report(broken, SmallCampaign.CLOCK);
      assertThat(report.codes()).as("seed %d", seed).contains(code);
      Set<String> otherErrors = new HashSet<>(report.errors().map(Violation::code).toJavaSet());
      otherErrors.remove(code);
      assertThat(otherErrors).as("other errors, seed %d", seed).isEmpty();
    }
  }

  @Test
  void everyRuleThatValidationEnforcesHasABreakageAndNoRuleEnforcedAtConstructionHasOne() {
    for (RuleDefinition d : RuleCatalogue.definitions()) {
      assertThat(d.breakage().isPresent()).as(d.code()).isEqualTo(!d.enforcedAtConstruction());
    }
    assertThat(breakableCodes()).hasSizeGreaterThan(40);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakableCodes")
  void aBreakageBreaksItsRuleAndNoOtherErrorRule(String code) {
    assertBreaksOnly(code, new SmallCampaign().snapshot());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakableCodes")
  void aBreakageAddsTheElementItNeedsWhenTheCampaignHasNone(String code) {
    assertBreaksOnly(code, bare());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakableCodes")
  void aSeedReproducesTheBrokenCampaignAndOtherSeedsBreakItOtherwise(String code) {
    Breakage breakage = RuleCatalogue.definition(code).breakage().orElseThrow();
    // the campaign without problems and items, where even the breakages of items make a choice (the new item)
    CampaignSnapshot valid = bare();
    Set<CampaignSnapshot> distinct = new HashSet<>();
    for (long seed = 0; seed < 10; seed++) {
      CampaignSnapshot broken = breakage.apply(valid, new SplittableRandom(seed));
      assertThat(breakage.apply(valid, new SplittableRandom(seed))).isEqualTo(broken);
      assertThat(broken).isNotEqualTo(valid);
      distinct.add(broken);
    }
    assertThat(distinct).as("different seeds break the campaign differently").hasSizeGreaterThan(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakableCodes")
  void everyMessageOfABrokenRuleIsFilledInAllThreeLanguages(String code) {
    CampaignSnapshot broken = RuleCatalogue.definition(code).breakage().orElseThrow()
        .apply(new SmallCampaign().snapshot(), new SplittableRandom(7));
    for (Violation v : VALIDATOR.report(broken, SmallCampaign.CLOCK).violations()) {
      for (Language language : Language.values()) {
        assertThat(v.message(language)).as(v.code() + " in " + language).doesNotContain("{").doesNotContain("}")
            .isNotBlank();
      }
      assertThat(v.message(Language.SIMPLIFIED_CHINESE)).isNotEqualTo(v.message(Language.ENGLISH));
    }
  }

  @Test
  void aRuleOfYourOwnMayCarryABreakageButARuleEnforcedAtConstructionMayNot() {
    Breakage none = (valid, random) -> valid;
    Label text = Label.of("x {item}", "甲 {item}", "甲 {item}");
    RuleDefinition own = new RuleDefinition("ACME-TITLE-BLANK", Severity.WARNING, text, text, (v, f) -> { }, false);
    assertThat(own.breakage()).isEmpty();
    assertThat(own.withBreakage(none).breakage()).contains(none);
    assertThat(own.withBreakage(none).withSeverity(Severity.ERROR).breakage()).contains(none);
    assertThatThrownBy(() -> new RuleDefinition("ACME-NEGATIVE", Severity.ERROR, text, text, (v, f) -> { }, true,
        Optional.of(none))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ACME-NEGATIVE");
  }
}
