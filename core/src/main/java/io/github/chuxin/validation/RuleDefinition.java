package io.github.chuxin.validation;

import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.i18n.Label;
import java.util.Objects;

/**
 * A rule with its stable code, severity, a short title and its message template, as held by a
 * {@link RuleSet}.
 *
 * <p>Immutable. A definition that is {@linkplain #enforcedAtConstruction() enforced at
 * construction} documents a code whose condition the model's constructors already refuse (a
 * negative member count, an inverted window): its rule never reports anything.
 *
 * @param code the stable code, such as {@code ORG-CYCLE}; never reused
 * @param severity the severity of its violations
 * @param title a short description for the catalogue
 * @param template the message template, with {@code {name}} placeholders
 * @param rule the check
 * @param enforcedAtConstruction whether the model refuses such data at construction
 */
public record RuleDefinition(String code, Severity severity, Label title, Label template, Rule rule,
    boolean enforcedAtConstruction) {

  /**
   * Checks the components.
   */
  public RuleDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(rule, "rule");
    if (!code.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+")) {
      throw new IllegalArgumentException("a rule code looks like AREA-WHAT-IS-WRONG, was " + code);
    }
  }

  /**
   * Returns this definition with another severity.
   *
   * @param newSeverity the severity, not null
   * @return the definition
   */
  public RuleDefinition withSeverity(Severity newSeverity) {
    return new RuleDefinition(code, newSeverity, title, template, rule, enforcedAtConstruction);
  }
}
