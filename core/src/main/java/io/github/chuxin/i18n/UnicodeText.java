package io.github.chuxin.i18n;

/**
 * Checks on Java text as Unicode 文本檢查 (文本检查): a Java string can hold a surrogate code unit
 * that is not half of a pair, which is no character at all and which UTF-8 (the encoding of JSON
 * files, of PostgreSQL and of most drivers) cannot hold. Identifiers refuse it; storage adapters
 * that write UTF-8 use this to refuse such text instead of letting an encoder turn it into
 * {@code '?'}.
 */
public final class UnicodeText {

  private UnicodeText() {
  }

  /**
   * Finds the first surrogate code unit that is not half of a high-low pair.
   *
   * @param text the text, not null
   * @return its index, or -1 if every surrogate in the text is paired
   */
  public static int firstUnpairedSurrogate(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Names a code unit as {@code U+XXXX}.
   *
   * @param c the code unit
   * @return its name, with four upper-case hexadecimal digits
   */
  public static String codeUnit(char c) {
    String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
    return "U+" + "0".repeat(4 - hex.length()) + hex;
  }
}
