package io.github.chuxin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The layers of core, bottom first, and the rules that keep arrows pointing down: a class may
 * depend on its own layer and the layers below it, never on a layer above, and no two packages
 * depend on each other (directly or around a longer loop).
 */
final class Layering {

  /** One layer: a name for messages and the packages in it (ArchUnit package patterns). */
  record Layer(String name, String... packages) {
  }

  /** Core's layers, bottom first. */
  static final List<Layer> CORE = List.of(
      new Layer("foundation", "io.github.chuxin.i18n..", "io.github.chuxin.id..", "io.github.chuxin.diagnostic..",
          "io.github.chuxin.catalogue.."),
      new Layer("organisation", "io.github.chuxin.org.."),
      new Layer("campaign", "io.github.chuxin.campaign.."),
      new Layer("model", "io.github.chuxin.activity..", "io.github.chuxin.guidance..",
          "io.github.chuxin.leadership..", "io.github.chuxin.problem..", "io.github.chuxin.special..",
          "io.github.chuxin.rectification.."),
      new Layer("time rules", "io.github.chuxin.time.."),
      new Layer("snapshot", "io.github.chuxin.snapshot.."),
      new Layer("validation and reports", "io.github.chuxin.validation..", "io.github.chuxin.report.."));

  /** The model: every package below validation and reports. */
  static final String[] MODEL = CORE.subList(0, CORE.size() - 1).stream()
      .flatMap(layer -> Arrays.stream(layer.packages())).toArray(String[]::new);

  private Layering() {}

  /**
   * Returns the rule that no layer depends on a layer above it.
   *
   * @param layers the layers, bottom first
   * @return the rule
   */
  static ArchRule downwardOnly(List<Layer> layers) {
    List<ArchRule> rules = new ArrayList<>();
    for (int i = 0; i < layers.size() - 1; i++) {
      List<String> above = new ArrayList<>();
      for (Layer higher : layers.subList(i + 1, layers.size())) {
        above.addAll(Arrays.asList(higher.packages()));
      }
      rules.add(noClasses().that().resideInAnyPackage(layers.get(i).packages())
          .should().dependOnClassesThat().resideInAnyPackage(above.toArray(String[]::new))
          .as("the " + layers.get(i).name() + " layer depends on no layer above it"));
    }
    CompositeArchRule all = CompositeArchRule.of(rules.get(0));
    for (ArchRule rule : rules.subList(1, rules.size())) {
      all = all.and(rule);
    }
    return all;
  }

  /**
   * Returns the rule that the packages below a root form no cycle.
   *
   * @param root the root package, such as {@code io.github.chuxin}
   * @return the rule
   */
  static ArchRule noPackageCycles(String root) {
    return slices().matching(root + ".(**)").namingSlices("package $1").should().beFreeOfCycles()
        .as("no package cycle below " + root);
  }
}
