package io.github.chuxin.guidance;

import io.github.chuxin.id.Identifier;

/**
 * The identifier of a guidance group 指導組 (指导组).
 *
 * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
 */
public record GuidanceGroupId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the value is blank, too long or not
   *     printable, with the {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public GuidanceGroupId {
    Identifier.check(value, "GuidanceGroupId");
  }

  /**
   * Returns the identifier with a text.
   *
   * @param value the text
   * @return the identifier
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the text cannot be an identifier, with the
   *     {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public static GuidanceGroupId of(String value) {
    return new GuidanceGroupId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
