package io.github.chuxin.persistence.jdbc.internal;

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
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        String before = text.substring(Math.max(0, i - 40), i);
        throw new IllegalArgumentException("cannot store " + what + ": its text holds an unpaired surrogate U+"
            + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + " after \"" + before.replace("\"", "\\\"")
            + "\", which is not a character and cannot be written in UTF-8 without loss; nothing was written");
      }
    }
    return text;
  }
}
