package io.github.chuxin.validation;

import io.github.chuxin.diagnostic.RuleSource;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.i18n.Label;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule with its stable code, severity, a short title and its message template, as held by a
 * {@link RuleSet}, and an example violation of it.
 *
 * <p>Immutable. A definition that is {@linkplain #enforcedAtConstruction() enforced at
 * construction} documents a code whose condition the model's constructors already refuse (a
 * negative member count, an inverted window) with a
 * {@link io.github.chuxin.diagnostic.ModelConstraintException} that carries the code: its rule
 * never reports anything and it has no breakage. Every built-in rule that validation enforces has a
 * {@linkplain #breakage() breakage}.
 *
 * @param code the stable code, such as {@code ORG-CYCLE}; never reused
 * @param severity the severity of its violations
 * @param title a short description for the catalogue
 * @param template the message template, with {@code {name}} placeholders
 * @param rule the check
 * @param enforcedAtConstruction whether the model refuses such data at construction
 * @param breakage an example violation of this rule, used by test fixtures and to self-check the
 *     catalogue; empty for a rule enforced at construction, and optional for a rule of your own
 * @param source where the rule comes from: the seed's paragraph, a regulation's article, a
 *     configurable policy or the data's integrity; every built-in rule names one, and it is optional
 *     for a rule of your own
 */
public record RuleDefinition(String code, Severity severity, Label title, Label template, Rule rule,
    boolean enforcedAtConstruction, Optional<Breakage> breakage, Optional<RuleSource> source) {

  /**
   * Checks the components.
   *
   * @param code the stable code, such as {@code ORG-CYCLE}; never reused
   * @param severity the severity of its violations
   * @param title a short description for the catalogue
   * @param template the message template, with {@code {name}} placeholders
   * @param rule the check
   * @param enforcedAtConstruction whether the model refuses such data at construction
   * @param breakage an example violation of this rule, used by test fixtures and to self-check the
   *     catalogue; empty for a rule enforced at construction, and optional for a rule of your own
   * @param source where the rule comes from: the seed's paragraph, a regulation's article, a
   *     configurable policy or the data's integrity; every built-in rule names one, and it is optional
   *     for a rule of your own
   * @throws IllegalArgumentException if the code is not of the form {@code AREA-WHAT-IS-WRONG}, or
   *     a rule enforced at construction has a breakage
   */
  public RuleDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(breakage, "breakage");
    Objects.requireNonNull(source, "source");
    if (!Violation.isCode(code)) {
      throw new IllegalArgumentException("a rule code looks like AREA-WHAT-IS-WRONG, was " + code);
    }
    if (enforcedAtConstruction && breakage.isPresent()) {
      throw new IllegalArgumentException("rule " + code + " is enforced at construction: no campaign can break it");
    }
  }

  /**
   * Makes a definition without a stated source.
   *
   * @param code the stable code, such as {@code ACME-TITLE-BLANK}
   * @param severity the severity of its violations
   * @param title a short description for the catalogue
   * @param template the message template, with {@code {name}} placeholders
   * @param rule the check
   * @param enforcedAtConstruction whether the model refuses such data at construction
   * @param breakage an example violation of this rule, or empty
   * @throws IllegalArgumentException if the code is not of the form {@code AREA-WHAT-IS-WRONG}, or
   *     a rule enforced at construction has a breakage
   */
  public RuleDefinition(String code, Severity severity, Label title, Label template, Rule rule,
      boolean enforcedAtConstruction, Optional<Breakage> breakage) {
    this(code, severity, title, template, rule, enforcedAtConstruction, breakage, Optional.empty());
  }

  /**
   * Makes a definition without a breakage.
   *
   * @param code the stable code, such as {@code ACME-TITLE-BLANK}
   * @param severity the severity of its violations
   * @param title a short description for the catalogue
   * @param template the message template, with {@code {name}} placeholders
   * @param rule the check
   * @param enforcedAtConstruction whether the model refuses such data at construction
   * @throws IllegalArgumentException if the code is not of the form {@code AREA-WHAT-IS-WRONG}
   */
  public RuleDefinition(String code, Severity severity, Label title, Label template, Rule rule,
      boolean enforcedAtConstruction) {
    this(code, severity, title, template, rule, enforcedAtConstruction, Optional.empty(), Optional.empty());
  }

  /**
   * Returns this definition with another severity.
   *
   * @param newSeverity the severity, not null
   * @return the definition
   */
  public RuleDefinition withSeverity(Severity newSeverity) {
    return new RuleDefinition(code, newSeverity, title, template, rule, enforcedAtConstruction, breakage, source);
  }

  /**
   * Returns this definition with an example violation.
   *
   * @param example the breakage, not null
   * @return the definition
   * @throws IllegalArgumentException if the rule is enforced at construction
   */
  public RuleDefinition withBreakage(Breakage example) {
    return new RuleDefinition(code, severity, title, template, rule, enforcedAtConstruction,
        Optional.of(Objects.requireNonNull(example, "example")), source);
  }

  /**
   * Returns this definition with a stated source.
   *
   * @param where the source, not null
   * @return the definition
   */
  public RuleDefinition withSource(RuleSource where) {
    return new RuleDefinition(code, severity, title, template, rule, enforcedAtConstruction, breakage,
        Optional.of(Objects.requireNonNull(where, "where")));
  }
}
