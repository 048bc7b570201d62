package io.github.chuxin.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.org.MemberCount;
import io.github.chuxin.org.Organisation;
import java.time.Period;
import org.junit.jupiter.api.Test;

class RuleSetTest {

  private static SmallCampaign branchOf60() {
    return new SmallCampaign().org("relics-b1", o -> Organisation.builder().from(o).members(MemberCount.ofFull(60)).build());
  }

  @Test
  void aRuleDroppedByCodeIsNotRun() {
    Validator validator = Validator.of(RuleSet.defaults().without("ORG-BRANCH-TOO-LARGE"), ValidationConfig.defaults());
    assertThat(validator.report(branchOf60().snapshot(), SmallCampaign.CLOCK).violations()).isEmpty();
  }

  @Test
  void aChangedSeverityIsReportedAndDecidesValidity() {
    Validator validator = Validator.of(RuleSet.defaults().withSeverity("ORG-BRANCH-TOO-LARGE", Severity.ERROR),
        ValidationConfig.defaults());
    ValidationReport report = validator.report(branchOf60().snapshot(), SmallCampaign.CLOCK);
    assertThat(report.violations().head().severity()).isEqualTo(Severity.ERROR);
    assertThat(report.toValidation().getError()).hasSize(1);
    assertThat(Validator.defaults().validate(branchOf60().snapshot(), SmallCampaign.CLOCK).isValid()).isTrue();
  }

  @Test
  void aUserRuleWrittenAsALambdaRunsWithTheBuiltInOnes() {
    RuleSet rules = RuleSet.defaults().with("ACME-TITLE-SHORT", Severity.INFO,
        Label.of("Item {item} has a short title.", "任务 {item} 标题过短。", "任務 {item} 標題過短。"),
        (view, findings) -> view.snapshot().rectifications().stream().filter(i -> i.title().length() < 8)
            .forEach(i -> findings.report(ElementPath.of("rectification", i.id()), "item", i.id().value())));
    ValidationReport report = Validator.of(rules, ValidationConfig.defaults())
        .report(new SmallCampaign().snapshot(), SmallCampaign.CLOCK);
    assertThat(report.violations()).hasSize(3);
    assertThat(report.violations().map(v -> v.message(Language.SIMPLIFIED_CHINESE)).toJavaList())
        .containsExactly("任务 r-1 标题过短。", "任务 r-2 标题过短。", "任务 r-3 标题过短。");
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void aCodeIsNeverReused() {
    assertThatThrownBy(() -> RuleSet.defaults().without("ORG-CYCLE").with("ORG-CYCLE", Severity.INFO,
        Label.of("x", "x", "x"), (view, findings) -> { })).hasMessageContaining("never reused");
  }

  @Test
  void theParametersAreConfigurable() {
    ValidationConfig lenient = ValidationConfig.builder().maximumBranchMembers(80).build();
    assertThat(Validator.of(RuleSet.defaults(), lenient).report(branchOf60().snapshot(), SmallCampaign.CLOCK)
        .violations()).isEmpty();
    ValidationConfig longer = ValidationConfig.builder().campaignDuration(Period.ofMonths(4))
        .campaignDurationTolerance(Period.ZERO).build();
    assertThat(Validator.of(RuleSet.defaults(), longer).report(new SmallCampaign().snapshot(), SmallCampaign.CLOCK)
        .codes()).containsExactly("BATCH-TOO-SHORT");
  }
}
