package io.github.chuxin.validation;

import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;

/**
 * The outcome of validating a campaign 校驗報告 (校验报告): every violation found, in a
 * deterministic order (code, then path, then arguments) that does not depend on input order.
 *
 * <p>Immutable. A campaign is valid when no violation is an {@link Severity#ERROR}: warnings and
 * infos are reported but do not invalidate it.
 *
 * @param snapshot the campaign validated
 * @param violations every violation, sorted
 */
public record ValidationReport(CampaignSnapshot snapshot, Seq<Violation> violations) {

  /**
   * Sorts the violations.
   *
   * @param snapshot the campaign validated
   * @param violations every violation, sorted
   */
  public ValidationReport {
    violations = Vector.ofAll(violations).sorted(Violation.ORDER);
  }

  /**
   * Returns the violations of severity error.
   *
   * @return the errors
   */
  public Seq<Violation> errors() {
    return violations.filter(v -> v.severity() == Severity.ERROR);
  }

  /**
   * Tells whether no violation is an error.
   *
   * @return whether the campaign is valid
   */
  public boolean isValid() {
    return violations.forAll(v -> v.severity() != Severity.ERROR);
  }

  /**
   * Returns the distinct codes found, sorted.
   *
   * @return the codes
   */
  public Seq<String> codes() {
    return violations.map(Violation::code).distinct();
  }

  /**
   * Returns the campaign if it is valid, or every violation (warnings included) if some is an
   * error.
   *
   * @return the validation
   */
  public Validation<Seq<Violation>, CampaignSnapshot> toValidation() {
    return isValid() ? Validation.valid(snapshot) : Validation.invalid(violations);
  }

  /**
   * Renders the report as text, one violation a line.
   *
   * @param language the language of the messages, not null
   * @return the text
   */
  public String format(Language language) {
    StringBuilder text = new StringBuilder();
    for (Violation v : violations) {
      text.append(v.describe(language)).append('\n');
    }
    return text.toString();
  }
}
