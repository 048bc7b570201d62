package io.github.chuxin.validation;

import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.rectification.WorkflowRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The catalogue as the area files fill it, one rule after another, in catalogue order. */
final class CatalogueBuilder {

  private final List<RuleDefinition> list = new ArrayList<>();

  static Label l(String en, String hans, String hant) {
    return Label.of(en, hans, hant);
  }

  /** Adds a rule that validation enforces, with its check and an example violation. */
  void add(String code, Severity severity, Label title, Label template, Rule rule, Breakage breakage) {
    list.add(new RuleDefinition(code, severity, title, template, rule, false, Optional.of(breakage)));
  }

  /** Adds a rule whose code, severity and messages the rectification workflow owns. */
  void add(WorkflowRule owned, Rule rule, Breakage breakage) {
    add(owned.code(), owned.severity(), owned.title(), owned.template(), rule, breakage);
  }

  /** Adds a rule the model enforces at construction: it reports nothing and cannot be broken. */
  void enforced(String code, Label title, Label template) {
    list.add(new RuleDefinition(code, Severity.ERROR, title, template, (view, findings) -> { }, true));
  }

  List<RuleDefinition> build() {
    return List.copyOf(list);
  }
}
