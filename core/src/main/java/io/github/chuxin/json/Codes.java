package io.github.chuxin.json;

import io.github.chuxin.i18n.Language;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The stable lower-case codes of enum constants: the constant's name in lower case, {@code _} as {@code -}. */
final class Codes {

  private Codes() {}

  static String code(Enum<?> constant) {
    if (constant instanceof Language language) {
      return language.tag();
    }
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> E parse(Class<E> type, String code) {
    for (E constant : type.getEnumConstants()) {
      if (code(constant).equals(code)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("'" + code + "' is not a code of " + type.getSimpleName());
  }

  static String expected(Class<? extends Enum<?>> type) {
    return "one of " + Stream.of(type.getEnumConstants()).map(c -> '"' + code(c) + '"')
        .collect(Collectors.joining(", "));
  }
}
