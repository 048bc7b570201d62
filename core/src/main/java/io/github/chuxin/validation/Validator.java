package io.github.chuxin.validation;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The validator 校驗器 (校验器): runs a {@link RuleSet} over a campaign and returns every
 * violation at once.
 *
 * <p>Immutable and thread-safe. The campaign is indexed once ({@link CampaignView}); each rule
 * then runs in one pass, so validation costs O(n) in the campaign's size for the built-in rules.
 *
 * <pre>{@code
 * ValidationReport report = Validator.defaults().report(snapshot, clock);
 * System.out.print(report.format(Language.TRADITIONAL_CHINESE));
 * Validation<Seq<Violation>, CampaignSnapshot> checked = Validator.defaults().validate(snapshot, clock);
 * }</pre>
 */
public final class Validator {

  private final RuleSet rules;
  private final ValidationConfig config;

  private Validator(RuleSet rules, ValidationConfig config) {
    this.rules = rules;
    this.config = config;
  }

  /**
   * Returns a validator of the built-in rules with the default parameters.
   *
   * @return the validator
   */
  public static Validator defaults() {
    return of(RuleSet.defaults(), ValidationConfig.defaults());
  }

  /**
   * Returns a validator.
   *
   * @param rules the rules, not null
   * @param config the parameters, not null
   * @return the validator
   */
  public static Validator of(RuleSet rules, ValidationConfig config) {
    return new Validator(Objects.requireNonNull(rules, "rules"), Objects.requireNonNull(config, "config"));
  }

  /**
   * Validates a campaign and returns the full report, warnings included.
   *
   * @param snapshot the campaign, not null
   * @param clock the clock that says what day it is (read once, in the campaign's zone), not null
   * @return the report
   */
  public ValidationReport report(CampaignSnapshot snapshot, Clock clock) {
    CampaignView view = CampaignView.of(snapshot, clock, config);
    List<Violation> found = new ArrayList<>();
    for (RuleDefinition definition : rules.definitions()) {
      Rule.Findings findings = (ElementPath path, Map<String, String> arguments) ->
          found.add(new Violation(definition.code(), definition.severity(), path, arguments, definition.template()));
      definition.rule().check(view, findings);
    }
    return new ValidationReport(snapshot, io.vavr.collection.Vector.ofAll(found));
  }

  /**
   * Validates a campaign: valid when no violation is an error, invalid with every violation
   * (warnings included) otherwise. Use {@link #report} to see the warnings of a valid campaign.
   *
   * @param snapshot the campaign, not null
   * @param clock the clock, not null
   * @return the campaign, or every violation
   */
  public Validation<Seq<Violation>, CampaignSnapshot> validate(CampaignSnapshot snapshot, Clock clock) {
    return report(snapshot, clock).toValidation();
  }
}
