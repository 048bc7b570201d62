package io.github.chuxin.problem;

import io.github.chuxin.id.Identifier;

/**
 * The identifier of a problem 問題 (问题).
 *
 * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
 */
public record ProblemId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the value is blank, too long or not
   *     printable, with the {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public ProblemId {
    Identifier.check(value, "ProblemId");
  }

  /**
   * Returns the identifier with a text.
   *
   * @param value the text
   * @return the identifier
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the text cannot be an identifier, with the
   *     {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public static ProblemId of(String value) {
    return new ProblemId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
