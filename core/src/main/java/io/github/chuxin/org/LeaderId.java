package io.github.chuxin.org;

import io.github.chuxin.id.Identifier;

/**
 * The identifier of a leader 領導幹部 (领导干部).
 *
 * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
 */
public record LeaderId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the value is blank, too long or not
   *     printable, with the {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public LeaderId {
    Identifier.check(value, "LeaderId");
  }

  /**
   * Returns the identifier with a text.
   *
   * @param value the text
   * @return the identifier
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the text cannot be an identifier, with the
   *     {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public static LeaderId of(String value) {
    return new LeaderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
