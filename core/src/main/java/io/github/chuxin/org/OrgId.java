package io.github.chuxin.org;

import io.github.chuxin.id.Identifier;

/**
 * The identifier of an organisation or unit 組織 (组织).
 *
 * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
 */
public record OrgId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the value is blank, too long or not
   *     printable, with the {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public OrgId {
    Identifier.check(value, "OrgId");
  }

  /**
   * Returns the identifier with a text.
   *
   * @param value the text
   * @return the identifier
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the text cannot be an identifier, with the
   *     {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public static OrgId of(String value) {
    return new OrgId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
