package io.github.chuxin.id;

import java.util.Objects;

/**
 * An identifier of a stored element: a short, trimmed, printable string.
 *
 * <p>Every identifier type of the model ({@code OrgId}, {@code ProblemId}, …) is a record that
 * implements this interface and checks its value with {@link #check(String, String)}, so ids of
 * different kinds cannot be mixed up at compile time.
 */
public interface Identifier {

  /** The longest identifier accepted, in UTF-16 code units. */
  int MAX_LENGTH = 128;

  /**
   * Returns the identifier's text.
   *
   * @return the text, not blank
   */
  String value();

  /**
   * Checks that a text can be an identifier: not blank, at most {@value #MAX_LENGTH} characters,
   * with no leading or trailing white space and no control characters.
   *
   * @param value the text to check
   * @param kind the kind of identifier, for the message (such as {@code "OrgId"})
   * @return the text, unchanged
   * @throws IllegalArgumentException if the text cannot be an identifier
   * @throws NullPointerException if the text is null
   */
  static String check(String value, String kind) {
    Objects.requireNonNull(value, kind);
    if (value.isBlank()) {
      throw new IllegalArgumentException(kind + " must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          kind + " must be at most " + MAX_LENGTH + " characters, was " + value.length());
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(kind + " must not start or end with white space: '" + value + "'");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(kind + " must not contain control characters: '" + value + "'");
      }
    }
    return value;
  }
}
