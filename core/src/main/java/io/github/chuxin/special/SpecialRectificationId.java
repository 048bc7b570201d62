package io.github.chuxin.special;

import io.github.chuxin.id.Identifier;

/**
 * The identifier of a special rectification project 專項整治 (专项整治).
 *
 * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
 */
public record SpecialRectificationId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the value is blank, too long or not
   *     printable, with the {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public SpecialRectificationId {
    Identifier.check(value, "SpecialRectificationId");
  }

  /**
   * Returns the identifier with a text.
   *
   * @param value the text
   * @return the identifier
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the text cannot be an identifier, with the
   *     {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public static SpecialRectificationId of(String value) {
    return new SpecialRectificationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
