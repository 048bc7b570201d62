package io.github.chuxin.diagnostic;

import io.github.chuxin.i18n.Label;
import java.util.Map;
import java.util.Objects;

/**
 * A constraint the model enforces at construction 構造約束 (构造约束): a value that breaks it cannot
 * be built, and the refusal is a {@link ModelConstraintException} that carries the constraint's
 * stable code.
 *
 * <p>Each model package lists its constraints in an enum that implements this interface (such as
 * {@code org.OrgConstraint}), next to the checks that use them; the validation catalogue lists the
 * same constants as rules "enforced at construction", so the code, the title and the message are
 * written once. Codes are API: they are never renumbered or reused.
 *
 * <pre>{@code
 * if (name().isBlank()) {
 *   throw OrgConstraint.NAME_BLANK.refusal(ElementPath.of("organisation", id()), "org", id().value());
 * }
 * }</pre>
 */
public interface ModelConstraint {

  /**
   * The catalogue entry of a constraint, or of another rule the model owns such as a
   * {@code WorkflowRule}: its code, what it checks and its message template.
   *
   * @param code the stable code, such as {@code ORG-NEGATIVE-MEMBERS}
   * @param title what the constraint checks, in each language
   * @param template the message template, with {@code {name}} placeholders
   */
  record Entry(String code, Label title, Label template) {

    /**
     * Checks the components.
     *
     * @param code the stable code, such as {@code ORG-NEGATIVE-MEMBERS}
     * @param title what the constraint checks, in each language
     * @param template the message template, with {@code {name}} placeholders
     * @throws IllegalArgumentException if the code is not of the form {@code AREA-WHAT-IS-WRONG}
     */
    public Entry {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(template, "template");
      if (!Violation.isCode(code)) {
        throw new IllegalArgumentException("a constraint code looks like AREA-WHAT-IS-WRONG, was " + code);
      }
    }
  }

  /**
   * Returns the catalogue entry: code, title and template.
   *
   * @return the entry
   */
  Entry entry();

  /**
   * Returns the stable code.
   *
   * @return the code, such as {@code ORG-NEGATIVE-MEMBERS}
   */
  default String code() {
    return entry().code();
  }

  /**
   * Returns what the constraint checks, in each language.
   *
   * @return the title
   */
  default Label title() {
    return entry().title();
  }

  /**
   * Returns the message template, whose placeholders name the arguments.
   *
   * @return the template
   */
  default Label template() {
    return entry().template();
  }

  /**
   * Returns where the constraint comes from; by default the data's integrity (a value the model
   * cannot hold, such as a negative count or an inverted window).
   *
   * @return the source
   */
  default RuleSource source() {
    return RuleSource.integrity("a value the model cannot hold");
  }

  /**
   * Returns the refusal of a value that breaks this constraint, for the caller to throw.
   *
   * @param path the offending element, not null
   * @param arguments the arguments of the message, by name in order (see {@link Violation#putLabelled}), not null
   * @return the exception
   */
  default ModelConstraintException refusal(ElementPath path, Map<String, String> arguments) {
    return new ModelConstraintException(this, Objects.requireNonNull(path, "path"), arguments);
  }

  /**
   * Returns the refusal of an element that breaks this constraint, for the caller to throw.
   *
   * @param path the offending element, not null
   * @param namesAndValues the arguments of the message: name, value, name, value…
   * @return the exception
   * @throws IllegalArgumentException if the count of names and values is odd
   */
  default ModelConstraintException refusal(ElementPath path, String... namesAndValues) {
    return refusal(path, Violation.arguments(namesAndValues));
  }

  /**
   * Returns the refusal of a value that has no path of its own (a member count, an identifier),
   * for the caller to throw.
   *
   * @param namesAndValues the arguments of the message: name, value, name, value…
   * @return the exception
   * @throws IllegalArgumentException if the count of names and values is odd
   */
  default ModelConstraintException refusal(String... namesAndValues) {
    return new ModelConstraintException(this, null, Violation.arguments(namesAndValues));
  }
}
