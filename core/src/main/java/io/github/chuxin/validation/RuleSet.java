package io.github.chuxin.validation;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.i18n.Label;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A set of rules 規則集 (规则集) that users compose from the defaults: drop a rule by code, change
 * a severity, add their own.
 *
 * <p>Immutable; each method returns a new set.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.defaults()
 *     .without("ORG-BRANCH-TOO-LARGE")
 *     .withSeverity("BATCH-TOO-SHORT", Severity.ERROR)
 *     .with("ACME-TITLE-BLANK", Severity.WARNING,
 *         Label.of("Item {item} has no title.", "任务 {item} 没有标题。", "任務 {item} 沒有標題。"),
 *         (view, findings) -> view.snapshot().rectifications().stream()
 *             .filter(i -> i.title().isBlank())
 *             .forEach(i -> findings.report(ElementPath.of("rectification", i.id()), "item", i.id().value())));
 * }</pre>
 */
public final class RuleSet {

  private final Map<String, RuleDefinition> rules;

  private RuleSet(Map<String, RuleDefinition> rules) {
    this.rules = rules;
  }

  /**
   * Returns every built-in rule at its default severity.
   *
   * @return the default set
   */
  public static RuleSet defaults() {
    Map<String, RuleDefinition> all = new LinkedHashMap<>();
    RuleCatalogue.definitions().forEach(d -> all.put(d.code(), d));
    return new RuleSet(all);
  }

  /**
   * Returns a set with no rules.
   *
   * @return the empty set
   */
  public static RuleSet empty() {
    return new RuleSet(new LinkedHashMap<>());
  }

  /**
   * Returns this set without a rule.
   *
   * @param code the rule's code, not null
   * @return the smaller set
   * @throws NoSuchElementException if the set has no such rule
   */
  public RuleSet without(String code) {
    require(code);
    Map<String, RuleDefinition> copy = new LinkedHashMap<>(rules);
    copy.remove(code);
    return new RuleSet(copy);
  }

  /**
   * Returns this set with a rule's severity changed.
   *
   * @param code the rule's code, not null
   * @param severity the new severity, not null
   * @return the changed set
   * @throws NoSuchElementException if the set has no such rule
   */
  public RuleSet withSeverity(String code, Severity severity) {
    Map<String, RuleDefinition> copy = new LinkedHashMap<>(rules);
    copy.put(code, require(code).withSeverity(severity));
    return new RuleSet(copy);
  }

  /**
   * Returns this set with one more rule.
   *
   * @param code a new code, not used by this set nor by the catalogue, such as {@code ACME-TITLE-BLANK}
   * @param severity the severity, not null
   * @param template the message template in three languages, with {@code {name}} placeholders
   * @param rule the check, not null
   * @return the larger set
   * @throws IllegalArgumentException if the code is taken
   */
  public RuleSet with(String code, Severity severity, Label template, Rule rule) {
    return with(new RuleDefinition(code, severity, template, template, rule, false));
  }

  /**
   * Returns this set with one more rule.
   *
   * @param definition the rule, with a code not used by this set nor by the catalogue
   * @return the larger set
   * @throws IllegalArgumentException if the code is taken
   */
  public RuleSet with(RuleDefinition definition) {
    boolean builtIn = RuleCatalogue.definitions().stream().anyMatch(d -> d.code().equals(definition.code()));
    if (rules.containsKey(definition.code()) || builtIn) {
      throw new IllegalArgumentException("rule code " + definition.code() + " is taken; codes are never reused");
    }
    Map<String, RuleDefinition> copy = new LinkedHashMap<>(rules);
    copy.put(definition.code(), definition);
    return new RuleSet(copy);
  }

  /**
   * Returns the rules, in the order added.
   *
   * @return the definitions
   */
  public List<RuleDefinition> definitions() {
    return List.copyOf(new ArrayList<>(rules.values()));
  }

  /**
   * Tells whether the set has a rule.
   *
   * @param code the code, not null
   * @return whether it is in the set
   */
  public boolean contains(String code) {
    return rules.containsKey(code);
  }

  private RuleDefinition require(String code) {
    RuleDefinition definition = rules.get(code);
    if (definition == null) {
      throw new NoSuchElementException("no rule " + code + " in this set");
    }
    return definition;
  }
}
