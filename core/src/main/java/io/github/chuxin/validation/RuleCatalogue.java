package io.github.chuxin.validation;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.RuleSource;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.i18n.Language;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of built-in rules 規則目錄 (规则目录): every stable code, its default severity,
 * what it checks and its message in three languages. Codes are API: they are never renumbered
 * or reused.
 *
 * <p>The rules are kept by area, each beside its messages and its {@link Breakage}, in
 * package-private files of this package ({@code OrganisationRules}, {@code BatchRules},
 * {@code ProblemRules}, {@code RectificationRules}, {@code SpecialRectificationRules},
 * {@code GuidanceRules}, {@code LeadershipRules}, {@code ModelOnlyRules}); this class composes them in catalogue order. The
 * rules enforced at construction are the model's own constraints
 * ({@link io.github.chuxin.diagnostic.ModelConstraint}), whose codes, titles and messages the model
 * packages own beside their checks (as the workflow owns its three codes in
 * {@link io.github.chuxin.rectification.WorkflowRule}); a value that breaks one is refused with a
 * {@link io.github.chuxin.diagnostic.ModelConstraintException} carrying the code. {@link #markdownTable()} renders the catalogue; the project's
 * rule documentation is that table, checked by a test to be current.
 */
public final class RuleCatalogue {

  private static final List<RuleDefinition> DEFINITIONS = build();
  private static final Map<String, RuleDefinition> BY_CODE = DEFINITIONS.stream()
      .collect(Collectors.toUnmodifiableMap(RuleDefinition::code, Function.identity()));

  private RuleCatalogue() {}

  /**
   * Returns every built-in rule, in catalogue order.
   *
   * @return the definitions
   */
  public static List<RuleDefinition> definitions() {
    return DEFINITIONS;
  }

  /**
   * Returns a built-in rule by code.
   *
   * @param code the code, not null
   * @return the definition
   * @throws NoSuchElementException if no built-in rule has the code
   */
  public static RuleDefinition definition(String code) {
    RuleDefinition definition = BY_CODE.get(code);
    if (definition == null) {
      throw new NoSuchElementException("no built-in rule " + code);
    }
    return definition;
  }

  /**
   * Makes a violation of a built-in rule at its default severity, for a caller's own checks outside
   * a rule set that report under a built-in code (the rectification workflow has its own,
   * {@link io.github.chuxin.rectification.WorkflowRule#violation}).
   *
   * @param code the code, not null
   * @param path the offending element, not null
   * @param arguments the arguments, not null
   * @return the violation
   */
  public static Violation violation(String code, ElementPath path, Map<String, String> arguments) {
    RuleDefinition definition = definition(code);
    return new Violation(code, definition.severity(), path, arguments, definition.template());
  }

  /**
   * Renders the catalogue as a Markdown table: code, default severity, what it checks (in
   * English and Simplified Chinese), whether the model enforces it at construction and its source.
   *
   * @return the table, ending in a line break
   */
  public static String markdownTable() {
    StringBuilder md = new StringBuilder();
    md.append("| code | severity | checks | 检查 | enforced | source |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (RuleDefinition d : DEFINITIONS) {
      md.append("| `").append(d.code()).append("` | ").append(d.severity()).append(" | ")
          .append(d.title().in(Language.ENGLISH)).append(" | ").append(d.title().in(Language.SIMPLIFIED_CHINESE))
          .append(" | ").append(d.enforcedAtConstruction() ? "at construction" : "by validation")
          .append(" | ").append(d.source().map(RuleSource::toString).orElse("not stated")).append(" |\n");
    }
    return md.toString();
  }

  private static List<RuleDefinition> build() {
    CatalogueBuilder c = new CatalogueBuilder();
    OrganisationRules.addTo(c);
    BatchRules.addTo(c);
    ProblemRules.addTo(c);
    RectificationRules.addTo(c);
    SpecialRectificationRules.addTo(c);
    GuidanceRules.addTo(c);
    LeadershipRules.addTo(c);
    ModelOnlyRules.addTo(c);
    return c.build();
  }
}
