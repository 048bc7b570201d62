package io.github.chuxin.id;

import io.github.chuxin.i18n.UnicodeText;
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
   * with no leading or trailing white space, no control characters, no unpaired surrogate and no
   * character from U+E000 to U+FFFF.
   *
   * <p>The last two rules make identifiers sort alike everywhere. For such a text the order of
   * {@link String#compareTo} (UTF-16 code units, what Java and H2 use) is the order of Unicode code
   * points (what a binary collation such as PostgreSQL's {@code "C"} uses on UTF-8), so every
   * store pages ids in one order with no sort key of its own. The excluded block holds private use
   * characters, CJK compatibility ideographs (which Unicode normalisation replaces anyway),
   * presentation and fullwidth forms, and specials such as the byte-order mark and U+FFFD. An
   * unpaired surrogate is not a character at all and cannot be written in UTF-8.
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
    int unpaired = UnicodeText.firstUnpairedSurrogate(value);
    if (unpaired >= 0) {
      throw new IllegalArgumentException(kind + " must not contain an unpaired surrogate: "
          + UnicodeText.codeUnit(value.charAt(unpaired)) + " at index " + unpaired + " of '" + value + "'");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(kind + " must not contain control characters: '" + value + "'");
      }
      if (c >= '\uE000') {
        throw new IllegalArgumentException(kind + " must not contain " + UnicodeText.codeUnit(c) + " (index " + i
            + " of '" + value + "'): identifiers exclude U+E000 to U+FFFF, the private use, compatibility,"
            + " fullwidth and special characters, so that every store orders them alike");
      }
    }
    return value;
  }

}
