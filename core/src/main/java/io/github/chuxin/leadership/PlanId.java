package io.github.chuxin.leadership;

import io.github.chuxin.id.Identifier;

/**
 * The identifier of an implementation plan 實施方案 (实施方案).
 *
 * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
 */
public record PlanId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the value is blank, too long or not
   *     printable, with the {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public PlanId {
    Identifier.check(value, "PlanId");
  }

  /**
   * Returns the identifier with a text.
   *
   * @param value the text
   * @return the identifier
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the text cannot be an identifier, with the
   *     {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public static PlanId of(String value) {
    return new PlanId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
