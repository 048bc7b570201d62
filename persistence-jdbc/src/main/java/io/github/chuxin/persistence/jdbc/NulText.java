package io.github.chuxin.persistence.jdbc;

/**
 * The reversible encoding of free text in PostgreSQL {@code text} columns, which cannot hold
 * U+0000 (NUL). Two characters change, everything else is stored as given:
 *
 * <ul>
 *   <li>U+0000 is stored as U+FFFF followed by {@code '0'};
 *   <li>U+FFFF is stored as U+FFFF U+FFFF, so a stored U+FFFF always starts a pair.
 * </ul>
 *
 * <p>U+FFFF is a Unicode noncharacter, never found in interchanged text, so ordinary text (and
 * everything an operator reads in the database) is untouched and text without either character
 * costs one scan. Decoding reads U+FFFF followed by anything but {@code '0'} or U+FFFF as itself,
 * so text written before this encoding existed reads back unchanged unless it held U+FFFF followed
 * by {@code '0'} or U+FFFF. The aggregates' JSON payloads need none of this: JSON writes U+0000 as
 * a six-character escape sequence. The adapter applies it to the free text it stores outside JSON (the
 * actor and summary of a change record) on PostgreSQL only; H2 stores U+0000 as it is.
 */
final class NulText {

  static final char MARK = '\uffff';

  private NulText() {
  }

  static String encode(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) != '\u0000' && text.charAt(i) != MARK) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 8).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        b.append(MARK).append('0');
      } else if (c == MARK) {
        b.append(MARK).append(MARK);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  static String decode(String stored) {
    int i = stored.indexOf(MARK);
    if (i < 0) {
      return stored;
    }
    StringBuilder b = new StringBuilder(stored.length()).append(stored, 0, i);
    for (; i < stored.length(); i++) {
      char c = stored.charAt(i);
      if (c == MARK && i + 1 < stored.length() && stored.charAt(i + 1) == '0') {
        b.append('\u0000');
        i++;
      } else if (c == MARK && i + 1 < stored.length() && stored.charAt(i + 1) == MARK) {
        b.append(MARK);
        i++;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
