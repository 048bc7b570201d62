package io.github.chuxin.json;

import static io.github.chuxin.json.Codec.codec;

import io.github.chuxin.id.Identifier;
import java.util.List;
import java.util.function.Function;

/**
 * What one package maps to JSON: its identifier types (written as their value), its enum types (written as their
 * codes) and its value types with their codecs. Each model package has one class of codecs that declares its
 * {@code PackageCodecs}; {@link Codecs} composes them.
 */
record PackageCodecs(List<IdType<?>> ids, List<Class<? extends Enum<?>>> enums, List<Value<?>> values) {

  PackageCodecs {
    ids = List.copyOf(ids);
    enums = List.copyOf(enums);
    values = List.copyOf(values);
  }

  /** An identifier type and its factory. */
  record IdType<I extends Identifier>(Class<I> type, Function<String, I> of) {
    Codec<I> codec() {
      return Codec.codec((g, v) -> g.writeString(v.value()), in -> in.id(of));
    }
  }

  /** A value type and its codec. */
  record Value<T>(Class<T> type, Codec<T> codec) {}

  /** The codec of an enum type: each constant as its lower-case code. */
  static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    return codec((g, v) -> g.writeString(Codes.code(v)), in -> in.code(type));
  }
}
