package io.github.chuxin.validation;

import io.github.chuxin.diagnostic.ModelConstraint;
import io.github.chuxin.diagnostic.RuleSource;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.rectification.WorkflowRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The catalogue as the area files fill it, one rule after another, in catalogue order. */
final class CatalogueBuilder {

  private final List<RuleDefinition> list = new ArrayList<>();

  static Label l(String en, String hans, String hant) {
    return Label.of(en, hans, hant);
  }

  /** Adds a rule that validation enforces, with its source, its check and an example violation. */
  void add(String code, Severity severity, RuleSource source, Label title, Label template, Rule rule,
      Breakage breakage) {
    list.add(new RuleDefinition(code, severity, title, template, rule, false, Optional.of(breakage),
        Optional.of(source)));
  }


  /** Adds a rule whose code, severity and messages the rectification workflow owns. */
  void add(WorkflowRule owned, RuleSource source, Rule rule, Breakage breakage) {
    add(owned.code(), owned.severity(), source, owned.title(), owned.template(), rule, breakage);
  }


  /**
   * Adds a constraint the model enforces at construction, as a rule that reports nothing and
   * cannot be broken: the model owns its code and messages.
   */
  void enforced(ModelConstraint constraint) {
    list.add(new RuleDefinition(constraint.code(), Severity.ERROR, constraint.title(), constraint.template(),
        (view, findings) -> { }, true, Optional.empty(), Optional.of(constraint.source())));
  }

  /**
   * Adds, in their order, the constraints of an area (those whose code starts with {@code area-})
   * that are not in the catalogue yet; so an area may place some of its constraints among its
   * rules and end with the rest, and a new constraint of the model joins its area by itself.
   */
  void enforced(String area, ModelConstraint... constraints) {
    Set<String> present = new HashSet<>();
    list.forEach(d -> present.add(d.code()));
    for (ModelConstraint constraint : constraints) {
      if (constraint.code().startsWith(area + "-") && !present.contains(constraint.code())) {
        enforced(constraint);
      }
    }
  }

  List<RuleDefinition> build() {
    return List.copyOf(list);
  }
}
