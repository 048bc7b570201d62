package io.github.chuxin.testkit.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The ways the fuzzer breaks a snapshot document. Each takes the document's bytes (and, when it is JSON the scanner
 * reads, its {@link JsonSpans}), draws what it needs from a seeded random source, appends what it did to a log and
 * returns new bytes; the same seed gives the same mutant. Mutations that need the structure fall back to flipping
 * bytes when the text no longer scans.
 */
enum Mutation {

  /** One to eight bytes replaced by random bytes. */
  FLIP_BYTES {
    @Override
    byte[] apply(byte[] doc, JsonSpans spans, SplittableRandom r, Trace log) {
      byte[] out = doc.clone();
      int flips = 1 + r.nextInt(8);
      for (int k = 0; k < flips && out.length > 0; k++) {
        int at = r.nextInt(out.length);
        byte b = r.nextBoolean() ? (byte) (out[at] ^ (1 << r.nextInt(8))) : (byte) r.nextInt(256);
        log.append(" flip@").append(at).append('=').append(b & 0xff);
        out[at] = b;
      }
      return out;
    }
  },

  /** The document cut at a random byte (possibly inside a multi-byte character or an escape). */
  TRUNCATE {
    @Override
    byte[] apply(byte[] doc, JsonSpans spans, SplittableRandom r, Trace log) {
      int at = doc.length == 0 ? 0 : r.nextInt(doc.length);
      log.append(" cut@").append(at);
      return Arrays.copyOf(doc, at);
    }
  },

  /** A member of some object removed (a required field, an optional one or a whole section). */
  REMOVE_FIELD {
    @Override
    byte[] apply(byte[] doc, JsonSpans spans, SplittableRandom r, Trace log) {
      if (spans == null || spans.members.isEmpty()) {
        return FLIP_BYTES.apply(doc, spans, r, log);
      }
      JsonSpans.Member m = pick(spans.members, r);
      log.append(" remove ").append(key(doc, m));
      log.target = m.value().path();
      int from = m.keyStart();
      int to = m.end();
      int after = skipSpace(doc, to);
      if (after < doc.length && doc[after] == ',') {
        to = after + 1;
      } else {
        int before = skipSpaceBack(doc, from);
        if (before >= 0 && doc[before] == ',') {
          from = before;
        }
      }
      return splice(doc, from, to, new byte[0]);
    }
  },

  /** A value replaced by one of another JSON type: string, number, object, array, null or boolean. */
  CHANGE_TYPE {
    @Override
    byte[] apply(byte[] doc, JsonSpans spans, SplittableRandom r, Trace log) {
      if (spans == null) {
        return FLIP_BYTES.apply(doc, spans, r, log);
      }
      JsonSpans.Value v = r.nextInt(16) == 0 ? spans.values.get(0) : pick(spans.values, r);
      String replacement = pick(OTHER_TYPES, r);
      log.append(" type@").append(v.start()).append(' ').append((char) v.type()).append("->").append(replacement);
      log.target = v.path();
      return splice(doc, v.start(), v.end(), bytes(replacement));
    }
  },

  /** A value replaced by another value of the same document (an object where a date belongs, a section in a list). */
  SWAP_VALUES {
    @Override
    byte[] apply(byte[] doc, JsonSpans spans, SplittableRandom r, Trace log) {
      if (spans == null) {
        return FLIP_BYTES.apply(doc, spans, r, log);
      }
      JsonSpans.Value target = pick(spans.values, r);
      JsonSpans.Value source = pick(spans.values, r);
      if (source.end() - source.start() > 1 << 16) {
        source = target;
      }
      log.append(" swap@").append(target.start()).append("<-@").append(source.start());
      log.target = target.path();
      return splice(doc, target.start(), target.end(), Arrays.copyOfRange(doc, source.start(), source.end()));
    }
  },

  /** A value wrapped in thousands of arrays or objects, balanced or not. */
  DEEPEN {
    @Override
    byte[] apply(byte[] doc, JsonSpans spans, SplittableRandom r, Trace log) {
      int levels = pick(List.of(33, 64, 1_000, 5_000, 100_000), r);
      boolean objects = r.nextBoolean();
      boolean balanced = r.nextInt(4) != 0;
      String open = objects ? "{\"a\":" : "[";
      String close = objects ? "}" : "]";
      int start;
      int end;
      if (spans == null) {
        start = r.nextInt(doc.length + 1);
        end = start;
      } else {
        JsonSpans.Value v = pick(spans.values, r);
        start = v.start();
        end = v.end();
        if (balanced) {
          log.target = v.path();
        }
      }
      log.append(" deepen@").append(start).append(' ').append(levels).append(objects ? " objects" : " arrays")
          .append(balanced ? "" : " unbalanced");
      ByteArrayOutputStream out = new ByteArrayOutputStream(doc.length + levels * (open.length() + 1));
      out.write(doc, 0, start);
      byte[] o = bytes(open);
      for (int k = 0; k < levels; k++) {
        out.write(o, 0, o.length);
      }
      out.write(doc, start, end - start);
      if (balanced) {
        byte[] c = bytes(close);
        for (int k = 0; k < levels; k++) {
          out.write(c, 0, c.length);
        }
      }
      out.write(doc, end, doc.length - end);
      return out.toByteArray();
    }
  },

  /** A string value replaced by a giant one, just under, at or over the default limit of 1 Mi characters. */
  GIANT_STRING {
    @Override
    byte[] apply(byte[] doc, JsonSpans spans, SplittableRandom r, Trace log) {
      int length = pick(List.of(1 << 16, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 3 << 20), r);
      String unit = pick(List.of("a", "長", "😀", "\\u4e2d", "\\\"", " "), r);
      StringBuilder s = new StringBuilder(length + 2).append('"');
      int chars = 0;
      int perUnit = unit.equals("😀") ? 2 : 1;
      while (chars + perUnit <= length) {
        s.append(unit);
        chars += perUnit;
      }
      s.append('"');
      log.append(" giant string of ").append(chars).append(" chars of ").append(unit);
      return replaceScalar(doc, spans, r, log, bytes(s.toString()), true);
    }
  },

  /** A value replaced by a giant or odd number: 1e999999, a 100 000-digit integer, -0, NaN, leading zeros. */
  ODD_NUMBER {
    @Override
    byte[] apply(byte[] doc, JsonSpans spans, SplittableRandom r, Trace log) {
      String number = pick(ODD_NUMBERS, r);
      if (number.equals("DIGITS")) {
        int digits = pick(List.of(63, 64, 65, 1_000, 100_000), r);
        number = (r.nextBoolean() ? "-" : "") + "9".repeat(digits);
      } else if (number.equals("POWER")) {
        number = "1" + "0".repeat(pick(List.of(18, 19, 63, 100_000), r));
      } else if (number.equals("FRACTION")) {
        number = "0." + "0".repeat(pick(List.of(60, 5_000, 100_000), r)) + "1e-99999";
      }
      log.append(" number ").append(number.length() > 40 ? number.substring(0, 20) + "...(" + number.length()
          + " chars)" : number);
      return replaceScalar(doc, spans, r, log, bytes(number), false);
    }
  },

  /** A member written twice, with the same or another value. */
  DUPLICATE_KEY {
    @Override
    byte[] apply(byte[] doc, JsonSpans spans, SplittableRandom r, Trace log) {
      if (spans == null || spans.members.isEmpty()) {
        return FLIP_BYTES.apply(doc, spans, r, log);
      }
      JsonSpans.Member m = pick(spans.members, r);
      byte[] member = Arrays.copyOfRange(doc, m.keyStart(), m.end());
      if (r.nextBoolean()) {
        member = concat(Arrays.copyOfRange(doc, m.keyStart(), m.keyEnd()), bytes(":" + pick(OTHER_TYPES, r)));
      }
      log.append(" duplicate ").append(key(doc, m));
      log.target = m.value().path();
      return splice(doc, m.keyStart(), m.keyStart(), concat(member, bytes(",")));
    }
  },

  /** A key renamed: unknown, empty, over the name limit, a type hint, escapes, CJK. */
  RENAME_KEY {
    @Override
    byte[] apply(byte[] doc, JsonSpans spans, SplittableRandom r, Trace log) {
      if (spans == null || spans.members.isEmpty()) {
        return FLIP_BYTES.apply(doc, spans, r, log);
      }
      JsonSpans.Member m = pick(spans.members, r);
      String name = pick(KEYS, r);
      if (name.equals("LONG")) {
        name = "k".repeat(pick(List.of(255, 256, 257, 100_000), r));
      }
      log.append(" rename ").append(key(doc, m)).append(" to ")
          .append(name.length() > 40 ? name.length() + " chars" : name);
      log.target = m.value().parentPath();
      return splice(doc, m.keyStart(), m.keyEnd(), bytes("\"" + name + "\""));
    }
  },

  /** Invalid UTF-8 put inside a string or anywhere: lone continuation bytes, overlong forms, surrogates, 0xFF. */
  INVALID_UTF8 {
    @Override
    byte[] apply(byte[] doc, JsonSpans spans, SplittableRandom r, Trace log) {
      byte[] bad = pick(BAD_UTF8, r);
      int at = insideAString(doc, spans, r, log);
      log.append(" utf8@").append(at).append(' ').append(hex(bad));
      return splice(doc, at, at, bad);
    }
  },

  /** A bad escape or a raw control character inside a string: \u0000, lone surrogates, \x, a raw newline. */
  BAD_ESCAPE {
    @Override
    byte[] apply(byte[] doc, JsonSpans spans, SplittableRandom r, Trace log) {
      String escape = pick(ESCAPES, r);
      int at = insideAString(doc, spans, r, log);
      log.append(" escape@").append(at).append(' ').append(escape.replace("\n", "\\n").replace("\0", "NUL"));
      return splice(doc, at, at, bytes(escape));
    }
  },

  /** Byte-order marks and other encodings: UTF-8 BOM (once or twice), UTF-16 and UTF-32 with or without BOM. */
  ENCODING {
    @Override
    byte[] apply(byte[] doc, JsonSpans spans, SplittableRandom r, Trace log) {
      int choice = r.nextInt(9);
      String text = new String(doc, StandardCharsets.UTF_8);
      byte[] out = switch (choice) {
        case 0 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, doc);
        case 1 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            doc);
        case 2 -> text.getBytes(StandardCharsets.UTF_16BE);
        case 3 -> text.getBytes(StandardCharsets.UTF_16LE);
        case 4 -> text.getBytes(StandardCharsets.UTF_16);
        case 5 -> text.getBytes(Charset.forName("UTF-32BE"));
        case 6 -> text.getBytes(Charset.forName("UTF-32LE"));
        case 7 -> concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, text.getBytes(Charset.forName("UTF-32BE")));
        default -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, doc);
      };
      log.append(" encoding ").append(choice);
      if (r.nextBoolean() && out.length > 0) {
        // and a broken unit: a flipped byte or an odd length
        if (r.nextBoolean()) {
          int at = r.nextInt(out.length);
          out[at] = (byte) r.nextInt(256);
          log.append(" then byte@").append(at).append('=').append(out[at] & 0xff);
        } else {
          int cut = r.nextInt(out.length);
          out = Arrays.copyOf(out, cut);
          log.append(" then cut@").append(cut);
        }
      }
      return out;
    }
  },

  /** Stray JSON punctuation, comments, NUL or trailing content inserted at a random place. */
  STRAY_TOKEN {
    @Override
    byte[] apply(byte[] doc, JsonSpans spans, SplittableRandom r, Trace log) {
      String token = pick(STRAY, r);
      int at = r.nextInt(4) == 0 ? doc.length : r.nextInt(doc.length + 1);
      log.append(" insert@").append(at).append(' ').append(token.replace("\0", "NUL").replace("\n", "\\n"));
      return splice(doc, at, at, bytes(token));
    }
  },

  /** Two to four of the other mutations, one after the other. */
  STACKED {
    @Override
    byte[] apply(byte[] doc, JsonSpans spans, SplittableRandom r, Trace log) {
      int count = 2 + r.nextInt(3);
      byte[] current = doc;
      JsonSpans currentSpans = spans;
      for (int k = 0; k < count; k++) {
        Mutation m = values()[r.nextInt(values().length - 1)];
        log.append(" [").append(m);
        current = m.apply(current, currentSpans, r, log);
        log.append(']');
        currentSpans = current.length > (8 << 20) ? null : JsonSpans.scan(current);
      }
      log.target = null;
      return current;
    }
  };

  /**
   * What a mutation did: a log for the failure report, and the JSON path of the value it replaced or removed, if
   * it changed exactly one value and left the text well-formed JSON.
   */
  static final class Trace {
    final StringBuilder text = new StringBuilder();
    String target;

    Trace append(Object o) {
      text.append(o);
      return this;
    }
  }

  /** Mutates {@code doc}; {@code spans} is its structure or {@code null} if it does not scan. */
  abstract byte[] apply(byte[] doc, JsonSpans spans, SplittableRandom r, Trace log);

  private static final List<String> OTHER_TYPES = List.of("\"\"", "\"x\"", "\" \"", "\"2019-06-01\"",
      "\"9999-12-31\"", "\"+999999999-12-31\"", "\"2019-06-01T00:00:00Z\"", "0", "-0", "-1", "1", "2147483647",
      "2147483648", "-2147483649", "9223372036854775808", "1.5", "-0.0", "1e3", "1e999999", "{}", "[]", "null",
      "true", "false", "[null]", "[{}]", "{\"\":null}", "[[[[]]]]", "\"長\"", "\"\\u0000\"");

  private static final List<String> ODD_NUMBERS = List.of("DIGITS", "POWER", "FRACTION", "1e999999",
      "-1e999999", "1E+2147483648", "1e-2147483649", "-0", "-0.0", "0e0", "4.9e-324", "2.5e-324", "1.7976931348623157e309",
      "NaN", "-NaN", "Infinity", "-Infinity", "+1", "01", "-01", "1.", ".5", "0x1F", "1e", "--1", "1e+", "1_000",
      "00", "2147483648", "-2147483648", "-2147483649", "4294967296", "18446744073709551616", "1.0", "1e1",
      "0.0000001", "123456789012345678901234567890123456789012345678901234567890123");

  private static final List<String> KEYS = List.of("LONG", "", "x", "@class", "@type", "__proto__",
      "constructor", "Id", "ID", "id ", " id", "長", "\\u0069d", "i\\u0000d", "\\uD800", "a\\\"b", "$ref",
      "formatVersion", "campaign", "organisations", "problems");

  private static final List<byte[]> BAD_UTF8 = List.of(
      new byte[] {(byte) 0x80}, new byte[] {(byte) 0xBF}, new byte[] {(byte) 0xC0, (byte) 0x80},
      new byte[] {(byte) 0xC1, (byte) 0xBF}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xE4, (byte) 0xB8},
      new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xFE},
      new byte[] {(byte) 0xFF}, new byte[] {0}, new byte[] {0x1F}, new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE},
      new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98});

  private static final List<String> ESCAPES = List.of("\\u0000", "\\uD800", "\\uDC00", "\\uDC00\\uD800",
      "\\uD800\\u0041", "\\uFFFF", "\\uFEFF", "\\x41", "\\u12", "\\u12G4", "\\", "\\'", "\\/", "\\a", "\n", "\t",
      "\0", "\u0001", "\\U0001F600", "\\u202E", "\\u200F");

  private static final List<String> STRAY = List.of(",", "]", "}", ":", "[", "{", "\"", "/*c*/", "//c\n", "#c\n",
      "\0", " ", ",,", ",]", ",}", "null", "{}", "[]", "'x'", "\u00A0", "\u2028", "\uFEFF", "NaN", ")]}'\n");

  static <T> T pick(List<T> list, SplittableRandom r) {
    return list.get(r.nextInt(list.size()));
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static byte[] splice(byte[] doc, int from, int to, byte[] insert) {
    byte[] out = new byte[doc.length - (to - from) + insert.length];
    System.arraycopy(doc, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(doc, to, out, from + insert.length, doc.length - to);
    return out;
  }

  private static int skipSpace(byte[] doc, int i) {
    while (i < doc.length && (doc[i] == ' ' || doc[i] == '\n' || doc[i] == '\r' || doc[i] == '\t')) {
      i++;
    }
    return i;
  }

  private static int skipSpaceBack(byte[] doc, int i) {
    int j = i - 1;
    while (j >= 0 && (doc[j] == ' ' || doc[j] == '\n' || doc[j] == '\r' || doc[j] == '\t')) {
      j--;
    }
    return j;
  }

  private static String key(byte[] doc, JsonSpans.Member m) {
    int end = Math.min(m.keyEnd(), m.keyStart() + 40);
    return new String(doc, m.keyStart(), end - m.keyStart(), StandardCharsets.UTF_8);
  }

  private static String hex(byte[] bytes) {
    StringBuilder s = new StringBuilder();
    for (byte b : bytes) {
      s.append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
    }
    return s.toString();
  }

  /**
   * A position inside a string value (then the target is the value) or just after the opening quote of a key (then
   * the target is its object), or anywhere if the text does not scan (then there is no target).
   */
  private static int insideAString(byte[] doc, JsonSpans spans, SplittableRandom r, Trace log) {
    if (spans != null && r.nextInt(4) != 0) {
      if (r.nextBoolean() && !spans.members.isEmpty()) {
        JsonSpans.Member m = pick(spans.members, r);
        log.target = m.value().parentPath();
        return m.keyStart() + 1;
      }
      for (int attempt = 0; attempt < 20; attempt++) {
        JsonSpans.Value v = pick(spans.values, r);
        if (v.isString()) {
          log.target = v.path();
          return v.start() + 1 + r.nextInt(v.end() - v.start() - 1);
        }
      }
    }
    return r.nextInt(doc.length + 1);
  }

  /** Replaces a scalar value (a string one if {@code strings}) or, if none is found, any value. */
  private static byte[] replaceScalar(byte[] doc, JsonSpans spans, SplittableRandom r, Trace log,
      byte[] replacement, boolean strings) {
    if (spans == null) {
      int at = r.nextInt(doc.length + 1);
      log.append(" @").append(at);
      return splice(doc, at, at, replacement);
    }
    // the first value is the formatVersion, which the reader reads on a path of its own
    JsonSpans.Value chosen = r.nextInt(8) == 0 ? spans.values.get(0) : pick(spans.values, r);
    for (int attempt = 0; attempt < 20 && chosen.start() > 32; attempt++) {
      JsonSpans.Value v = pick(spans.values, r);
      if (strings ? v.isString() : !v.isContainer()) {
        chosen = v;
        break;
      }
    }
    log.append(" @").append(chosen.start());
    log.target = chosen.path();
    return splice(doc, chosen.start(), chosen.end(), replacement);
  }
}
