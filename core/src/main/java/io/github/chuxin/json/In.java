package io.github.chuxin.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.chuxin.json.SnapshotFormatException.Kind;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** A JSON tree value and its JSONPath, with typed accessors that fail with the path and what was expected. */
final class In {

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private final JsonNode node;
  private final String path;

  private In(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  static In root(JsonNode node, String path) {
    return new In(node, path);
  }

  static String child(String path, String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      return path + "." + name;
    }
    return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  static String element(String path, int index) {
    return path + "[" + index + "]";
  }

  String path() {
    return path;
  }

  JsonNode node() {
    return node;
  }

  Failure fail(Kind kind, String expected, String detail) {
    return new Failure(kind, path, expected, detail, null);
  }

  private Failure wrongType(String expected) {
    return fail(Kind.WRONG_TYPE, expected, "found " + describe(node));
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /**
   * Checks this is an object whose fields are all among {@code allowed}.
   *
   * @return this
   */
  In object(String what, String... allowed) {
    if (!node.isObject()) {
      throw wrongType(what + " (an object)");
    }
    Set<String> known = Set.of(allowed);
    for (var property : node.properties()) {
      String name = property.getKey();
      if (!known.contains(name)) {
        throw new Failure(Kind.UNKNOWN_FIELD, child(path, name), "one of the fields of " + what + ": "
            + String.join(", ", allowed), "'" + name + "' is not a field of " + what, null);
      }
    }
    return this;
  }

  In field(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw new Failure(Kind.MISSING_FIELD, child(path, name), "a value", "the required field '" + name
          + "' is absent", null);
    }
    return new In(value, child(path, name));
  }

  Optional<In> optional(String name) {
    JsonNode value = node.get(name);
    return value == null ? Optional.empty() : Optional.of(new In(value, child(path, name)));
  }

  /** Builds a model value, turning a rejected invariant into an {@link Kind#INVALID_VALUE} at this path. */
  <T> T build(String what, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException | DateTimeException e) {
      throw new Failure(Kind.INVALID_VALUE, path, "a valid " + what, String.valueOf(e.getMessage()), e);
    }
  }

  // ---- scalars ----

  String string() {
    if (!node.isTextual()) {
      throw wrongType("a string");
    }
    return node.textValue();
  }

  int integer() {
    if (!node.isIntegralNumber()) {
      throw wrongType("an integer");
    }
    if (!node.canConvertToInt()) {
      throw fail(Kind.INVALID_VALUE, "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE,
          "found " + node.asText());
    }
    return node.intValue();
  }

  boolean bool() {
    if (!node.isBoolean()) {
      throw wrongType("true or false");
    }
    return node.booleanValue();
  }

  LocalDate date() {
    String text = string();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new Failure(Kind.INVALID_VALUE, path, "a date yyyy-MM-dd (ISO-8601)", "found '" + text + "'", e);
    }
  }

  Instant instant() {
    String text = string();
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      throw new Failure(Kind.INVALID_VALUE, path, "an instant yyyy-MM-ddTHH:mm:ssZ (ISO-8601, UTC)",
          "found '" + text + "'", e);
    }
  }

  ZoneId zone() {
    String text = string();
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new Failure(Kind.INVALID_VALUE, path, "a zone id such as Asia/Shanghai", "found '" + text + "'", e);
    }
  }

  <E extends Enum<E>> E code(Class<E> type) {
    String text = string();
    try {
      return Codes.parse(type, text);
    } catch (IllegalArgumentException e) {
      throw new Failure(Kind.INVALID_VALUE, path, Codes.expected(type), "found '" + text + "'", e);
    }
  }

  <I> I id(Function<String, I> of) {
    String text = string();
    return build("identifier", () -> of.apply(text));
  }

  List<In> elements() {
    if (!node.isArray()) {
      throw wrongType("an array");
    }
    List<In> result = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      result.add(new In(node.get(i), element(path, i)));
    }
    return result;
  }

  // ---- fields ----

  String string(String name) {
    return field(name).string();
  }

  Optional<String> optString(String name) {
    return optional(name).map(In::string);
  }

  int integer(String name) {
    return field(name).integer();
  }

  LocalDate date(String name) {
    return field(name).date();
  }

  Optional<LocalDate> optDate(String name) {
    return optional(name).map(In::date);
  }

  Instant instant(String name) {
    return field(name).instant();
  }

  <E extends Enum<E>> E code(String name, Class<E> type) {
    return field(name).code(type);
  }

  <I> I id(String name, Function<String, I> of) {
    return field(name).id(of);
  }

  <I> Optional<I> optId(String name, Function<String, I> of) {
    return optional(name).map(in -> in.id(of));
  }

  <T> T object(String name, Codec<T> codec) {
    return codec.read(field(name));
  }

  <T> Optional<T> optObject(String name, Codec<T> codec) {
    return optional(name).map(codec::read);
  }

  /** A list field; an absent list is empty. */
  <T> List<T> list(String name, Function<In, T> element) {
    return optional(name).map(in -> in.elements().stream().map(element).toList()).orElse(List.of());
  }

  <T> List<T> list(String name, Codec<T> codec) {
    return list(name, codec::read);
  }

  <I> List<I> ids(String name, Function<String, I> of) {
    return list(name, in -> in.id(of));
  }

  List<String> strings(String name) {
    return list(name, In::string);
  }

  /** An enum set field, or empty when absent. Duplicates are rejected. */
  <E extends Enum<E>> Optional<Set<E>> codes(String name, Class<E> type) {
    return optional(name).map(in -> {
      Set<E> result = new LinkedHashSet<>();
      for (In element : in.elements()) {
        if (!result.add(element.code(type))) {
          throw element.fail(Kind.INVALID_VALUE, "distinct codes", "'" + element.string() + "' appears twice");
        }
      }
      return result;
    });
  }
}
