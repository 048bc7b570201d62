package io.github.chuxin.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.chuxin.json.SnapshotFormatException.Kind;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decodes values straight from a parser's tokens and keeps the JSONPath of the current value as a small stack
 * of field names and array indexes, formatted into a string only when a defect is reported.
 *
 * <p>Every reading method starts at the parser's current token (the first token of the value) and leaves the
 * parser at the value's last token. Defects are thrown as {@link Failure} with the kind, path and what was
 * expected; errors of the JSON text itself come from the parser as Jackson exceptions.
 */
final class In {

  private final JsonParser parser;
  private final String base;
  private String[] names = new String[8];
  private int[] indexes = new int[8];
  private long[] seen = new long[8];
  private boolean[] arrays = new boolean[8];
  private int[] last = new int[8];
  private int depth;

  private In(JsonParser parser, String base) {
    this.parser = parser;
    this.base = base;
  }

  /**
   * Decodes from {@code parser}, which must be at the first token of the value; {@code path} is the value's path.
   */
  static In of(JsonParser parser, String path) {
    return new In(parser, path);
  }

  static String child(String path, String name) {
    if (plainName(name)) {
      return path + "." + name;
    }
    StringBuilder quoted = new StringBuilder(path.length() + name.length() + 4).append(path).append("['");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\\' || c == '\'') {
        quoted.append('\\').append(c);
      } else {
        // a name from the document goes into messages and logs: no raw line breaks
        escape(c, quoted);
      }
    }
    return quoted.append("']").toString();
  }

  /** Matches {@code [A-Za-z_][A-Za-z0-9_-]*}. */
  private static boolean plainName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      boolean more = (c >= '0' && c <= '9') || c == '-';
      if (!(letter || (i > 0 && more))) {
        return false;
      }
    }
    return true;
  }

  /** The longest part of a found value that a message quotes. */
  static final int QUOTED_CHARACTERS = 100;

  /**
   * {@code text} in single quotes for a message: control characters as Unicode escapes, and a text longer than
   * {@value #QUOTED_CHARACTERS} characters cut, with its length, so that a hostile value of a million characters
   * is not copied into every message and log line that reports it.
   */
  static String quote(String text) {
    int end = cut(text, QUOTED_CHARACTERS);
    StringBuilder quoted = new StringBuilder(end + 32).append('\'');
    escape(text, end, quoted);
    quoted.append('\'');
    return length(text, end, quoted);
  }

  /** The longest message of the model that an error passes on. */
  static final int MODEL_MESSAGE_CHARACTERS = 1000;

  /**
   * A message of the model (which may quote a value of the document) fit for an error: control characters as
   * Unicode escapes, cut after {@value #MODEL_MESSAGE_CHARACTERS} characters.
   */
  static String printable(@Nullable String message) {
    String text = String.valueOf(message);
    int end = cut(text, MODEL_MESSAGE_CHARACTERS);
    StringBuilder out = new StringBuilder(end + 32);
    escape(text, end, out);
    return length(text, end, out);
  }

  /** Where to cut {@code text} to at most {@code max} characters without splitting a surrogate pair. */
  private static int cut(String text, int max) {
    int end = Math.min(text.length(), max);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** {@code out}, and the length of {@code text} if it was cut at {@code end}. */
  private static String length(String text, int end, StringBuilder out) {
    if (end < text.length()) {
      out.append("... (").append(text.length()).append(" characters)");
    }
    return out.toString();
  }

  /** Appends the first {@code end} characters of {@code text}, control characters as Unicode escapes. */
  private static void escape(String text, int end, StringBuilder out) {
    for (int i = 0; i < end; i++) {
      escape(text.charAt(i), out);
    }
  }

  /** Appends {@code c}, or its Unicode escape if it is a control character or a line or paragraph separator. */
  private static void escape(char c, StringBuilder out) {
    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
      out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
    } else {
      out.append(c);
    }
  }

  /** The path of the current value. */
  String path() {
    if (depth == 0) {
      return base;
    }
    StringBuilder path = new StringBuilder(base);
    for (int d = 0; d < depth; d++) {
      if (arrays[d]) {
        path.append('[').append(indexes[d]).append(']');
      } else if (names[d] != null) {
        path.append(child("", names[d]));
      }
    }
    return path.toString();
  }

  /** The path of the innermost object, without its current field. */
  private String objectPath() {
    String name = names[depth - 1];
    names[depth - 1] = null;
    String path = path();
    names[depth - 1] = name;
    return path;
  }

  Failure fail(Kind kind, String expected, String detail) {
    return new Failure(kind, path(), expected, detail, null);
  }

  private Failure wrongType(String expected) {
    return fail(Kind.WRONG_TYPE, expected, "found " + describe(parser.currentToken()));
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.toString().toLowerCase(Locale.ROOT);
    };
  }

  private void push(boolean array) {
    if (depth == names.length) {
      int size = depth * 2;
      names = java.util.Arrays.copyOf(names, size);
      indexes = java.util.Arrays.copyOf(indexes, size);
      seen = java.util.Arrays.copyOf(seen, size);
      arrays = java.util.Arrays.copyOf(arrays, size);
      last = java.util.Arrays.copyOf(last, size);
    }
    names[depth] = null;
    indexes[depth] = -1;
    seen[depth] = 0;
    last[depth] = -1;
    arrays[depth] = array;
    depth++;
  }

  // ---- objects ----

  /** The fields of one object type: their names in order, which are required, and a lookup by name. */
  static final class Fields {
    private final String what;
    private final String[] names;
    private final long required;
    private final Map<String, Integer> index = new HashMap<>();

    /**
     * The fields of {@code what}; a name ending in {@code !} is required (the {@code !} is not part of it).
     */
    Fields(String what, String... specs) {
      if (specs.length > 64) {
        throw new IllegalArgumentException("at most 64 fields");
      }
      this.what = what;
      this.names = new String[specs.length];
      long req = 0;
      for (int i = 0; i < specs.length; i++) {
        String spec = specs[i];
        boolean isRequired = spec.endsWith("!");
        names[i] = (isRequired ? spec.substring(0, spec.length() - 1) : spec).intern();
        if (isRequired) {
          req |= 1L << i;
        }
        index.put(names[i], i);
      }
      this.required = req;
    }

    /**
     * The index of the field {@code name}, or -1. Parsers intern field names, and writers write the fields in
     * order, so the field after {@code previous} is tried first by identity; any other name is looked up.
     */
    int indexOf(String name, int previous) {
      int guess = previous + 1;
      if (guess < names.length && names[guess] == name) {
        return guess;
      }
      Integer i = index.get(name);
      return i == null ? -1 : i;
    }
  }

  /** Checks the current value is an object of {@code fields} and enters it. */
  void enter(Fields fields) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType(fields.what + " (an object)");
    }
    push(false);
  }

  /**
   * Moves to the value of the next field of the object entered with {@link #enter(Fields)} and returns the
   * field's name; at the end of the object checks that every required field was present, leaves the object
   * and returns {@code null}.
   */
  String next(Fields fields) throws IOException {
    String name = parser.nextFieldName();
    int d = depth - 1;
    if (name != null) {
      int i = fields.indexOf(name, last[d]);
      if (i < 0) {
        throw new Failure(Kind.UNKNOWN_FIELD, child(objectPath(), name), "one of the fields of " + fields.what
            + ": " + String.join(", ", fields.names), quote(name) + " is not a field of " + fields.what, null);
      }
      names[d] = fields.names[i];
      seen[d] |= 1L << i;
      last[d] = i;
      parser.nextToken();
      return fields.names[i];
    }
    JsonToken token = parser.currentToken();
    if (token != JsonToken.END_OBJECT) {
      throw fail(Kind.MALFORMED, "a field name or the end of " + fields.what, "found " + describe(token));
    }
    long missing = fields.required & ~seen[d];
    if (missing != 0) {
      String absent = fields.names[Long.numberOfTrailingZeros(missing)];
      throw new Failure(Kind.MISSING_FIELD, child(objectPath(), absent), "a value", "the required field '"
          + absent + "' is absent", null);
    }
    depth--;
    return null;
  }

  /** Builds a model value, turning a rejected invariant into an {@link Kind#INVALID_VALUE} at this path. */
  <T> T build(String what, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException | DateTimeException e) {
      throw new Failure(Kind.INVALID_VALUE, path(), "a valid " + what, printable(e.getMessage()), e);
    }
  }

  // ---- arrays ----

  /** Checks the current value is an array and enters it. */
  void enterArray() {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType("an array");
    }
    push(true);
  }

  /** Moves to the next element of the array entered with {@link #enterArray()}; at its end leaves it. */
  boolean nextElement() throws IOException {
    if (parser.nextToken() == JsonToken.END_ARRAY) {
      depth--;
      return false;
    }
    indexes[depth - 1]++;
    return true;
  }

  <T> void list(Codec<T> codec, Consumer<? super T> sink) throws IOException {
    enterArray();
    while (nextElement()) {
      sink.accept(codec.read(this));
    }
  }

  <I> void ids(Function<String, I> of, Consumer<? super I> sink) throws IOException {
    enterArray();
    while (nextElement()) {
      sink.accept(id(of));
    }
  }

  void strings(Consumer<String> sink) throws IOException {
    enterArray();
    while (nextElement()) {
      sink.accept(shortText());
    }
  }

  /** An enum set. Duplicates are rejected at the second one, naming the index of the first. */
  <E extends Enum<E>> Set<E> codes(Class<E> type) throws IOException {
    return distinct("codes", () -> code(type));
  }

  /** A set of identifiers. Duplicates are rejected at the second one, naming the index of the first. */
  <I> void idSet(Function<String, I> of, Consumer<? super I> sink) throws IOException {
    distinct("identifiers", () -> id(of)).forEach(sink);
  }

  /** A set of short texts. Duplicates are rejected at the second one, naming the index of the first. */
  void textSet(Consumer<String> sink) throws IOException {
    distinct("texts", this::shortText).forEach(sink);
  }

  /** Reads one element of an array. */
  @FunctionalInterface
  private interface Element<T> {
    T read() throws IOException;
  }

  /**
   * The elements of a set-valued field, in order. A repeated element is rejected at the repeat with
   * {@link Kind#INVALID_VALUE}, expecting "distinct " + {@code what} and naming the index of the first, the same way
   * for every set of the format.
   */
  private <T> Set<T> distinct(String what, Element<T> element) throws IOException {
    Map<T, Integer> result = new LinkedHashMap<>();
    enterArray();
    while (nextElement()) {
      T value = element.read();
      Integer first = result.putIfAbsent(value, indexes[depth - 1]);
      if (first != null) {
        throw fail(Kind.INVALID_VALUE, "distinct " + what, quote(parser.getText()) + " appears twice, first at ["
            + first + "]");
      }
    }
    return new LinkedHashSet<>(result.keySet());
  }

  // ---- scalars ----

  String string() throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string");
    }
    return parser.getText();
  }

  int integer() throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType("an integer");
    }
    BigDecimal value;
    try {
      value = integral(parser);
    } catch (NumberFormatException e) {
      // an exponent past the range of BigDecimal, such as 1E+2147483648
      throw fail(Kind.INVALID_VALUE, INT_RANGE, "found " + quote(parser.getText()));
    }
    if (value == null) {
      throw fail(Kind.WRONG_TYPE, "an integer", "found " + quote(parser.getText()));
    }
    if (value.compareTo(MIN_INT) < 0 || value.compareTo(MAX_INT) > 0) {
      throw fail(Kind.INVALID_VALUE, INT_RANGE, "found " + quote(parser.getText()));
    }
    return value.intValue();
  }

  private static final String INT_RANGE = "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;

  private static final BigDecimal MIN_INT = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);

  /**
   * The value of the number at the parser's current token if it is an integer, or null. As in JSON Schema, a
   * number is an integer when its fractional part is zero, however it is written: {@code 85}, {@code 85.0} and
   * {@code 8.5e1} are the same integer. The text of a number is bounded by {@link ReadLimits#maxNumberLength()};
   * a value far outside the range of {@code int}, such as {@code 1e999999}, is compared, never expanded.
   *
   * @throws NumberFormatException if the number's exponent is past the range of {@link BigDecimal}
   */
  static @Nullable BigDecimal integral(JsonParser parser) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      return parser.getNumberType() == JsonParser.NumberType.INT ? BigDecimal.valueOf(parser.getIntValue())
          : new BigDecimal(parser.getBigIntegerValue());
    }
    // stripping zeros divides the unscaled value (at most maxNumberLength digits), whatever the exponent
    BigDecimal value = parser.getDecimalValue();
    return value.stripTrailingZeros().scale() <= 0 ? value : null;
  }

  boolean bool() {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("true or false");
  }

  LocalDate date() throws IOException {
    return parsed(DATE_EXPECTED, In::formatDate);
  }

  /** What a date of the format looks like, for messages. */
  static final String DATE_EXPECTED = "a date yyyy-MM-dd (ISO-8601; a year outside 0000-9999 with its sign)";

  /** What an instant of the format looks like, for messages. */
  static final String INSTANT_EXPECTED = "an instant yyyy-MM-ddTHH:mm:ss[.fraction] with Z or an offset +HH:MM "
      + "(RFC 3339)";

  /**
   * A year of the format: four digits, or the sign and digits {@link LocalDate#toString()} writes for a year
   * outside 0000-9999 (a minus and at least four digits, a plus and five to nine; no negative zero, no padding
   * beyond four digits). The schema's {@code $defs/date} and {@code $defs/instant} spell the same years.
   */
  private static final String YEAR = "(?:[0-9]{4}|\\+[1-9][0-9]{4,8}|-(?:[1-9][0-9]{3,8}|0(?:[1-9][0-9]{2}|0[1-9][0-9]|00[1-9])))";

  private static final String MONTH_DAY = "-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])";

  /** The shape of a date; whether the day exists in its month is left to {@link LocalDate}. */
  private static final Pattern DATE = Pattern.compile(YEAR + MONTH_DAY);

  /**
   * The shape of an instant: an RFC 3339 date-time with seconds, a fraction of at most nine digits, an upper-case
   * {@code T} and {@code Z}, or an offset of at most 18 hours, on a date of {@link #DATE}.
   */
  private static final Pattern INSTANT = Pattern.compile(YEAR + MONTH_DAY
      + "T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:(?:0[0-9]|1[0-7]):[0-5][0-9]|18:00))");

  /**
   * A date of the format: {@link #DATE}'s shape, on a day that exists.
   *
   * @throws DateTimeException if {@code text} is not one
   */
  static LocalDate formatDate(String text) {
    if (!plainDate(text) && !DATE.matcher(text).matches()) {
      throw new DateTimeException("not a date of the format: " + quote(text));
    }
    return parseDate(text);
  }

  /** Whether {@code text} is {@code dddd-dd-dd} in ASCII digits: the fast path of {@link #parseDate}. */
  private static boolean plainDate(String text) {
    return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4) >= 0
        && digits(text, 5, 7) >= 0 && digits(text, 8, 10) >= 0;
  }

  /**
   * An instant of the format: {@link #INSTANT}'s shape, on a day that exists, at any offset, as the same point
   * in time in UTC.
   *
   * @throws DateTimeException if {@code text} is not one
   */
  static Instant formatInstant(String text) {
    if (!INSTANT.matcher(text).matches()) {
      throw new DateTimeException("not an instant of the format: " + quote(text));
    }
    return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
  }

  /** {@link LocalDate#parse(CharSequence)}, with a fast path for the plain form {@code yyyy-MM-dd}. */
  static LocalDate parseDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  Instant instant() throws IOException {
    return parsed(INSTANT_EXPECTED, In::formatInstant);
  }

  ZoneId zone() throws IOException {
    return parsed("a zone id such as Asia/Shanghai", ZoneId::of);
  }

  /** A string parsed by {@code parse}; a {@link DateTimeException} is an invalid value quoting the string. */
  private <T> T parsed(String expected, Function<String, T> parse) throws IOException {
    String text = string();
    try {
      return parse.apply(text);
    } catch (DateTimeException e) {
      throw new Failure(Kind.INVALID_VALUE, path(), expected, "found " + quote(text), e);
    }
  }

  <E extends Enum<E>> E code(Class<E> type) throws IOException {
    String text = string();
    E constant = Codes.find(type, text);
    if (constant == null) {
      throw new Failure(Kind.INVALID_VALUE, path(), Codes.expected(type), "found " + quote(text),
          new IllegalArgumentException(quote(text) + " is not a code of " + type.getSimpleName()));
    }
    return constant;
  }

  <I> I id(Function<String, I> of) throws IOException {
    String text = string();
    int slot = (text.hashCode() * 31 + System.identityHashCode(of)) & (RECENT - 1);
    if (recentMakers != null && recentMakers[slot] == of && text.equals(recentTexts[slot])) {
      @SuppressWarnings("unchecked") // stored by this method with the same maker
      I id = (I) recentValues[slot];
      return id;
    }
    I id = build("identifier", () -> of.apply(text));
    remember(slot, of, text, id);
    return id;
  }

  /** The same as {@link #string()}, but a short text read lately is the same object again. */
  private String shortText() throws IOException {
    String text = string();
    if (text.length() > RECENT_TEXT_LENGTH) {
      return text;
    }
    int slot = text.hashCode() & (RECENT - 1);
    if (recentMakers != null && recentMakers[slot] == TEXT && text.equals(recentTexts[slot])) {
      return recentTexts[slot];
    }
    remember(slot, TEXT, text, text);
    return text;
  }

  private void remember(int slot, Object maker, String text, Object value) {
    if (recentTexts == null) {
      recentMakers = new Object[RECENT];
      recentTexts = new String[RECENT];
      recentValues = new Object[RECENT];
    }
    recentMakers[slot] = maker;
    recentTexts[slot] = text;
    recentValues[slot] = value;
  }

  /*
   * Identifiers and short texts of lists read lately, so that a value written many times over is held once: a list
   * of a million times the same one-character id would otherwise hold a million strings and identifiers, twenty
   * bytes of heap per byte of JSON. A small direct-mapped cache, per In (per section of a document): a slot holds
   * the maker (the identifier's factory, or TEXT), the text and the value made.
   */
  private static final int RECENT = 512;
  private static final int RECENT_TEXT_LENGTH = 32;
  private static final Object TEXT = new Object();
  private @Nullable Object @Nullable [] recentMakers;
  private @Nullable String @Nullable [] recentTexts;
  private @Nullable Object @Nullable [] recentValues;
}
