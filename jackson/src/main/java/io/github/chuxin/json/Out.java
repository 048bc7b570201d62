package io.github.chuxin.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.chuxin.id.Identifier;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Writes the fields of a model value's JSON object by the conventions of the format: identifiers as strings,
 * dates as ISO-8601, enum constants as their codes, an empty {@code Optional} as an absent field. The writing
 * side of {@link In}.
 */
final class Out {

  private Out() {}

  static void id(JsonGenerator g, String name, Identifier id) throws IOException {
    g.writeStringField(name, id.value());
  }

  static void optId(JsonGenerator g, String name, Optional<? extends Identifier> id) throws IOException {
    if (id.isPresent()) {
      id(g, name, id.get());
    }
  }

  static void ids(JsonGenerator g, String name, Collection<? extends Identifier> ids) throws IOException {
    g.writeArrayFieldStart(name);
    for (Identifier id : ids) {
      g.writeString(id.value());
    }
    g.writeEndArray();
  }

  static void optString(JsonGenerator g, String name, Optional<String> text) throws IOException {
    if (text.isPresent()) {
      g.writeStringField(name, text.get());
    }
  }

  static void strings(JsonGenerator g, String name, Collection<String> texts) throws IOException {
    g.writeArrayFieldStart(name);
    for (String text : texts) {
      g.writeString(text);
    }
    g.writeEndArray();
  }

  static void date(JsonGenerator g, String name, LocalDate date) throws IOException {
    g.writeStringField(name, date.toString());
  }

  static void optDate(JsonGenerator g, String name, Optional<LocalDate> date) throws IOException {
    if (date.isPresent()) {
      date(g, name, date.get());
    }
  }

  static void code(JsonGenerator g, String name, Enum<?> constant) throws IOException {
    g.writeStringField(name, Codes.code(constant));
  }

  static void codes(JsonGenerator g, String name, Collection<? extends Enum<?>> constants) throws IOException {
    g.writeArrayFieldStart(name);
    for (Enum<?> constant : constants) {
      g.writeString(Codes.code(constant));
    }
    g.writeEndArray();
  }

  static <T> void object(JsonGenerator g, String name, Codec<T> codec, T value) throws IOException {
    g.writeFieldName(name);
    codec.write(g, value);
  }

  static <T> void optObject(JsonGenerator g, String name, Codec<T> codec, Optional<T> value) throws IOException {
    if (value.isPresent()) {
      object(g, name, codec, value.get());
    }
  }

  static <T> void list(JsonGenerator g, String name, Codec<T> codec, Collection<T> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (T value : values) {
      codec.write(g, value);
    }
    g.writeEndArray();
  }
}
