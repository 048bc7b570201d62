package io.github.chuxin.id;

import io.github.chuxin.diagnostic.ModelConstraintException;
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
   * @throws ModelConstraintException if the text cannot be an identifier, with the code of the
   *     {@link IdentifierConstraint} it breaks: {@code ID-BLANK}, {@code ID-TOO-LONG},
   *     {@code ID-PADDED}, {@code ID-UNPAIRED-SURROGATE}, {@code ID-CONTROL-CHARACTER} or
   *     {@code ID-EXCLUDED-CHARACTER}
   * @throws NullPointerException if the text is null
   */
  static String check(String value, String kind) {
    Objects.requireNonNull(value, kind);
    if (value.isBlank()) {
      throw IdentifierConstraint.BLANK.refusal("kind", kind, "value", value);
    }
    if (value.length() > MAX_LENGTH) {
      throw IdentifierConstraint.TOO_LONG.refusal("kind", kind, "maximum", Integer.toString(MAX_LENGTH),
          "length", Integer.toString(value.length()));
    }
    if (!value.strip().equals(value)) {
      throw IdentifierConstraint.PADDED.refusal("kind", kind, "value", value);
    }
    int unpaired = UnicodeText.firstUnpairedSurrogate(value);
    if (unpaired >= 0) {
      throw IdentifierConstraint.UNPAIRED_SURROGATE.refusal("kind", kind, "value", value,
          "unit", UnicodeText.codeUnit(value.charAt(unpaired)), "index", Integer.toString(unpaired));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw IdentifierConstraint.CONTROL_CHARACTER.refusal("kind", kind, "value", value);
      }
      if (c >= '\uE000') {
        throw IdentifierConstraint.EXCLUDED_CHARACTER.refusal("kind", kind, "value", value,
            "unit", UnicodeText.codeUnit(c), "index", Integer.toString(i));
      }
    }
    return value;
  }

}
