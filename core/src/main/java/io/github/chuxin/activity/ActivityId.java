package io.github.chuxin.activity;

import io.github.chuxin.id.Identifier;

/**
 * The identifier of an activity 活動 (活动).
 *
 * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
 */
public record ActivityId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the value is blank, too long or not
   *     printable, with the {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public ActivityId {
    Identifier.check(value, "ActivityId");
  }

  /**
   * Returns the identifier with a text.
   *
   * @param value the text
   * @return the identifier
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the text cannot be an identifier, with the
   *     {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public static ActivityId of(String value) {
    return new ActivityId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
