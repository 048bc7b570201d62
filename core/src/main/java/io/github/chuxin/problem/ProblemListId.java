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
   * @throws IllegalArgumentException if the value is blank, too long or not printable
   */
  public ProblemListId {
    Identifier.check(value, "ProblemListId");
  }

  /**
   * Returns the identifier with a text.
   *
   * @param value the text
   * @return the identifier
   * @throws IllegalArgumentException if the text cannot be an identifier
   */
  public static ProblemListId of(String value) {
    return new ProblemListId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
