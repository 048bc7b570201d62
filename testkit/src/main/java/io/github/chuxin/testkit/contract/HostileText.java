package io.github.chuxin.testkit.contract;

import io.github.chuxin.id.Identifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Hostile text 惡意文本 (恶意文本): strings that break adapters which build queries, file names or
 * documents by concatenation, or which store text in a narrower encoding than Java's.
 *
 * <p>The samples hold quotes {@code '} and {@code "}, semicolons, SQL comments ({@code --} and
 * {@code /* *}{@code /}), backslashes, NUL ({@code U+0000}) and other control characters,
 * right-to-left marks ({@code U+200F}, the override {@code U+202E}), a byte-order mark, emoji
 * (surrogate pairs, with joiners and variation selectors), combining marks, and the rarest CJK
 * characters: the Extension B to G blocks outside the Basic Multilingual Plane (such as
 * {@code U+20000}, {@code U+2A6A5} 𪚥, {@code U+2A6D6}, {@code U+30000}). A store must give each
 * back exactly as written, in every free-text field, in finds, queries and the change history.
 *
 * <p>Identifiers may not hold control characters, unpaired surrogates or characters from U+E000 to
 * U+FFFF, nor start or end with white space (see {@code Identifier.check});
 * {@link #identifierSafe()} are the samples that make valid ids.
 *
 * <p>For other modules' tests too (the JSON reader's fuzzer, the soak profile): the samples are
 * fixed, and {@link #strings()} generates them and combinations of them.
 */
public final class HostileText {

  /** {@code U+20000}, the first character of CJK Unified Ideographs Extension B. */
  public static final String EXT_B_FIRST = new String(Character.toChars(0x20000));
  /** {@code U+2A6A5} 𪚥, four dragons, among the characters with the most strokes (Extension B). */
  public static final String FOUR_DRAGONS = new String(Character.toChars(0x2A6A5));
  /** {@code U+2A6D6}, near the end of Extension B. */
  public static final String EXT_B_LATE = new String(Character.toChars(0x2A6D6));
  /** {@code U+2A700}, Extension C. */
  public static final String EXT_C = new String(Character.toChars(0x2A700));
  /** {@code U+2B740}, Extension D. */
  public static final String EXT_D = new String(Character.toChars(0x2B740));
  /** {@code U+2B820}, Extension E. */
  public static final String EXT_E = new String(Character.toChars(0x2B820));
  /** {@code U+2CEB0}, Extension F. */
  public static final String EXT_F = new String(Character.toChars(0x2CEB0));
  /** {@code U+30000}, the first character of Extension G, in the Tertiary Ideographic Plane. */
  public static final String EXT_G = new String(Character.toChars(0x30000));
  /** {@code U+3134A}, the last character of Extension G. */
  public static final String EXT_G_LAST = new String(Character.toChars(0x3134A));

  private static final List<String> SAFE = List.of(
      "O'Brien's unit",
      "say \"hello\"",
      "'; DROP TABLE organisation; --",
      "\"; DELETE FROM rectification_item WHERE '1'='1",
      "x' OR '1'='1",
      "a;b;c;",
      "-- a comment to the end of the line",
      "/* a block comment */ still text /* unclosed",
      "*/ closing what was never opened",
      "back\\slash \\' \\\" \\\\",
      "percent % and underscore _ and [brackets] for LIKE",
      "$1 $$dollar quoted$$ ? :name",
      "\u200Fright-to-left mark at the start",
      "override \u202Etxet desrever\u202C and back",
      "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 mixed directions",
      "\uFEFFbyte order mark",
      "fullwidth \uFF21\uFF22\uFF23\uFF11\uFF12\uFF08\u62EC\u865F\uFF09 and private use \uE000\uF8FF",
      "emoji \uD83D\uDE00 \uD83C\uDDE8\uD83C\uDDF3 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \u2764\uFE0F",
      "combining e\u0301 and \u0041\u030A",
      "不忘初心、牢記使命 不忘初心、牢记使命",
      EXT_B_FIRST + FOUR_DRAGONS + EXT_B_LATE,
      EXT_C + EXT_D + EXT_E + EXT_F + EXT_G + EXT_G_LAST,
      "rare " + FOUR_DRAGONS + " among common 黨支部 and \uD83D\uDE00",
      "{\"json\": [1, 2, {\"nested\": null}]}",
      "<script>alert('x')</script> &amp; &lt;",
      "../../etc/passwd",
      "C:\\CON\\nul.txt",
      "x".repeat(2_000) + FOUR_DRAGONS,
      "\u00A0non-breaking\u2028line separator\u2029paragraph");

  private static final List<String> CONTROL = List.of(
      "NUL \u0000 in the middle",
      "\u0000",
      "ends with NUL\u0000",
      "tab\tnewline\ncarriage return\r\nbell\u0007 escape\u001B delete\u007F",
      "  leading and trailing spaces  ",
      "\u0000'; DROP TABLE x; --\u0000" + FOUR_DRAGONS);

  private HostileText() {
  }

  /**
   * Returns every sample: quotes, semicolons, SQL comments, NUL and control characters,
   * right-to-left marks, emoji and rare CJK.
   *
   * @return the samples, unmodifiable, none blank
   */
  public static List<String> samples() {
    List<String> all = new ArrayList<>(SAFE);
    all.addAll(CONTROL);
    return List.copyOf(all);
  }

  /**
   * Returns the samples that make valid identifiers once prefixed: those {@link Identifier#check}
   * accepts (no control character, no white space at either end, nothing from U+E000 to U+FFFF),
   * of at most 80 UTF-16 code units (leaving room for a prefix).
   *
   * @return the samples, unmodifiable
   */
  public static List<String> identifierSafe() {
    return SAFE.stream().map(String::strip).filter(s -> s.length() <= 80 && !s.isEmpty())
        .filter(HostileText::validIdentifier).toList();
  }

  private static boolean validIdentifier(String s) {
    try {
      Identifier.check(s, "id");
      return true;
    } catch (IllegalArgumentException refused) {
      return false;
    }
  }

  /**
   * Returns texts that are not well-formed Unicode: each holds an unpaired surrogate (a high one
   * alone, a low one alone, a pair reversed, a pair cut at the end). Java strings can hold them,
   * UTF-8 cannot; they are not among {@link #samples()}, since a store may refuse them.
   *
   * @return the texts, unmodifiable
   */
  public static List<String> unpairedSurrogates() {
    return List.of("lone high \uD840 in the middle", "lone low \uDC00 in the middle",
        "reversed pair \uDC00\uD840 here", "cut at the end \uD83D", "\uDE00 low first");
  }

  /**
   * Returns the characters of the samples outside the Basic Multilingual Plane, as strings.
   *
   * @return the supplementary characters used, each once
   */
  public static Set<String> supplementaryCharacters() {
    return samples().stream().flatMapToInt(String::codePoints).filter(Character::isSupplementaryCodePoint)
        .mapToObj(Character::toString).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Generates hostile text: a sample, or two samples joined, never blank.
   *
   * @return the generator
   */
  public static Gen<String> strings() {
    List<String> all = samples();
    Gen<String> one = SourceDSL.integers().between(0, all.size() - 1).map(all::get);
    return one.zip(one, SourceDSL.booleans().all(), (a, b, join) -> join ? a + b : a);
  }
}
