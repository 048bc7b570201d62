package io.github.chuxin.problem;

import io.github.chuxin.id.Identifier;

/**
 * The identifier of a problem list 問題清單 (问题清单).
 *
 * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
 */
public record ProblemListId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the value is blank, too long or not
   *     printable, with the {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public ProblemListId {
    Identifier.check(value, "ProblemListId");
  }

  /**
   * Returns the identifier with a text.
   *
   * @param value the text
   * @return the identifier
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the text cannot be an identifier, with the
   *     {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public static ProblemListId of(String value) {
    return new ProblemListId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
