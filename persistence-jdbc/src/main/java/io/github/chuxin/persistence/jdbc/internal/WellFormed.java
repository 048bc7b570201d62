package io.github.chuxin.persistence.jdbc.internal;

import io.github.chuxin.i18n.UnicodeText;
import java.util.function.Supplier;

/**
 * The check that text can be stored in UTF-8 without loss: no unpaired surrogate. A driver would
 * otherwise replace such a code unit by {@code '?'} without a word, changing the record.
 */
public final class WellFormed {

  private WellFormed() {
  }

  /**
   * Returns the text if every surrogate in it is half of a pair.
   *
   * @param text the text, not null
   * @param what what the text is, for the message (such as {@code "RectificationItem"})
   * @return the text, unchanged
   * @throws IllegalArgumentException naming the first unpaired surrogate and the text around it
   */
  public static String require(String text, String what) {
    return require(text, () -> what);
  }

  /**
   * Returns the text if every surrogate in it is half of a pair; what the text is is worked out
   * only for the message of a refusal.
   *
   * @param text the text, not null
   * @param what what the text is, for the message
   * @return the text, unchanged
   * @throws IllegalArgumentException naming the first unpaired surrogate and the text around it
   */
  public static String require(String text, Supplier<String> what) {
    int i = UnicodeText.firstUnpairedSurrogate(text);
    if (i >= 0) {
      String before = text.substring(Math.max(0, i - 40), i);
      throw new IllegalArgumentException("cannot store " + what.get() + ": its text holds an unpaired surrogate "
          + UnicodeText.codeUnit(text.charAt(i)) + " after \"" + before.replace("\"", "\\\"")
          + "\", which is not a character and cannot be written in UTF-8 without loss; nothing was written");
    }
    return text;
  }
}
