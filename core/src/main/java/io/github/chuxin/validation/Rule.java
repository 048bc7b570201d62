package io.github.chuxin.validation;

import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.Violation;

/**
 * A validation rule 校驗規則 (校验规则): looks at an indexed view of a campaign and reports the
 * elements that break it.
 *
 * <p>A rule is registered in a {@link RuleSet} under a code, a severity and a message template;
 * it reports only paths and arguments. Rules must be side-effect free and should cost O(n) in the
 * size of what they look at, using the view's indexes for cross-references.
 *
 * <pre>{@code
 * Rule titled = (view, findings) -> view.snapshot().rectifications().forEach(item -> {
 *   if (item.title().isBlank()) {
 *     findings.report(ElementPath.of("rectification", item.id()), "item", item.id().value());
 *   }
 * });
 * }</pre>
 */
@FunctionalInterface
public interface Rule {

  /**
   * Checks a campaign.
   *
   * @param view the indexed campaign, not null
   * @param findings where to report each element that breaks the rule, not null
   */
  void check(CampaignView view, Findings findings);

  /**
   * Where a rule reports what it finds.
   */
  interface Findings {

    /**
     * Reports an element that breaks the rule.
     *
     * @param path the element, not null
     * @param arguments the arguments of the message, by name in order, not null
     */
    void report(ElementPath path, java.util.Map<String, String> arguments);

    /**
     * Reports an element that breaks the rule, with arguments given as names and values in turn.
     *
     * @param path the element, not null
     * @param namesAndValues name, value, name, value…
     * @throws IllegalArgumentException if the count is odd
     */
    default void report(ElementPath path, String... namesAndValues) {
      report(path, Violation.arguments(namesAndValues));
    }
  }
}
