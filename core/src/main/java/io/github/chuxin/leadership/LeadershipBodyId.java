package io.github.chuxin.leadership;

import io.github.chuxin.id.Identifier;

/**
 * The identifier of a leadership body 領導機構 (领导机构).
 *
 * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
 */
public record LeadershipBodyId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the value is blank, too long or not
   *     printable, with the {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public LeadershipBodyId {
    Identifier.check(value, "LeadershipBodyId");
  }

  /**
   * Returns the identifier with a text.
   *
   * @param value the text
   * @return the identifier
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the text cannot be an identifier, with the
   *     {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public static LeadershipBodyId of(String value) {
    return new LeadershipBodyId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
