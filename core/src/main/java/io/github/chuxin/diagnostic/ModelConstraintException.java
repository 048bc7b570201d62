package io.github.chuxin.diagnostic;

import io.github.chuxin.i18n.Language;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value of the model would break a constraint enforced at construction 構造約束
 * (构造约束): a negative member count, an inverted window, a blank name. It carries the catalogue
 * code of the constraint (such as {@code ORG-NEGATIVE-MEMBERS}), the offending element's path
 * where it has one, and the arguments of the message, which it gives in each language.
 *
 * <p>A subclass of {@link IllegalArgumentException}, so that callers that catch that still catch
 * it. Its message is the code followed by the English message, such as
 * {@code ORG-NAME-BLANK: Organisation bj-1: name must not be blank.}
 *
 * <p>Through Java serialization it keeps its code, constraint, arguments and messages; the path
 * is not kept (it reads as empty).
 */
public final class ModelConstraintException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The constraint broken. */
  @SuppressWarnings("serial") // every ModelConstraint is an enum constant, which serializes by name
  private final ModelConstraint constraint;
  private final transient @Nullable ElementPath path;
  /** The values that broke it, by name, in the order the message names them. */
  @SuppressWarnings("serial") // an unmodifiable view of a LinkedHashMap of strings
  private final Map<String, String> arguments;

  /**
   * Creates the exception.
   *
   * @param constraint the constraint broken, not null
   * @param path the offending element, or null for a value that has no path of its own
   * @param arguments the arguments of the message, by name in order, not null
   */
  public ModelConstraintException(ModelConstraint constraint, @Nullable ElementPath path,
      Map<String, String> arguments) {
    super(constraint.code() + ": " + Violation.fill(constraint.template().english(), arguments, Language.ENGLISH));
    this.constraint = constraint;
    this.path = path;
    this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(arguments, "arguments")));
  }

  /**
   * Returns the catalogue code of the constraint broken.
   *
   * @return the code, such as {@code ORG-NEGATIVE-MEMBERS}
   */
  public String code() {
    return constraint.code();
  }

  /**
   * Returns the constraint broken.
   *
   * @return the constraint
   */
  public ModelConstraint constraint() {
    return constraint;
  }

  /**
   * Returns the path of the offending element, if it has one: an organisation, a batch, a
   * rectification item. A value such as a member count or an identifier has none.
   *
   * @return the path, or empty
   */
  public Optional<ElementPath> path() {
    return Optional.ofNullable(path);
  }

  /**
   * Returns the arguments of the message.
   *
   * @return the arguments by name, in order
   */
  public Map<String, String> arguments() {
    return arguments;
  }

  /**
   * Returns the message in a language, without the code.
   *
   * @param language the language, not null
   * @return the message
   */
  public String message(Language language) {
    return Violation.fill(constraint.template().in(language), arguments, language);
  }
}
