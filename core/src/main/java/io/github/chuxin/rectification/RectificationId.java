package io.github.chuxin.rectification;

import io.github.chuxin.id.Identifier;

/**
 * The identifier of a rectification item 整改落實任務 (整改落实任务).
 *
 * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
 */
public record RectificationId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the value is blank, too long or not
   *     printable, with the {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public RectificationId {
    Identifier.check(value, "RectificationId");
  }

  /**
   * Returns the identifier with a text.
   *
   * @param value the text
   * @return the identifier
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the text cannot be an identifier, with the
   *     {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public static RectificationId of(String value) {
    return new RectificationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
