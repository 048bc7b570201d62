package io.github.chuxin.validation;

import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.rectification.WorkflowRule;
import java.util.ArrayList;
import java.util.List;

/** The catalogue as the area files fill it, one rule after another, in catalogue order. */
final class CatalogueBuilder {

  private final List<RuleDefinition> list = new ArrayList<>();

  static Label l(String en, String hans, String hant) {
    return Label.of(en, hans, hant);
  }

  void add(String code, Severity severity, Label title, Label template, Rule rule) {
    list.add(new RuleDefinition(code, severity, title, template, rule, false));
  }

  void add(WorkflowRule owned, Rule rule) {
    add(owned.code(), owned.severity(), owned.title(), owned.template(), rule);
  }

  void enforced(String code, Label title, Label template) {
    list.add(new RuleDefinition(code, Severity.ERROR, title, template, (view, findings) -> { }, true));
  }

  List<RuleDefinition> build() {
    return List.copyOf(list);
  }
}
