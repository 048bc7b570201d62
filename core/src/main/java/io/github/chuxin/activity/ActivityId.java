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
   * @throws IllegalArgumentException if the value is blank, too long or not printable
   */
  public ActivityId {
    Identifier.check(value, "ActivityId");
  }

  /**
   * Returns the identifier with a text.
   *
   * @param value the text
   * @return the identifier
   * @throws IllegalArgumentException if the text cannot be an identifier
   */
  public static ActivityId of(String value) {
    return new ActivityId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
