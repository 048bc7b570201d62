package io.github.chuxin.json;

import io.github.chuxin.i18n.Language;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The stable lower-case codes of enum constants: the constant's name in lower case, {@code _} as {@code -}. */
final class Codes {

  /** Each enum type's codes by ordinal, computed once per type. */
  private static final ClassValue<String[]> CODES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] codes = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        codes[i] = compute((Enum<?>) constants[i]);
      }
      return codes;
    }
  };

  /** Each enum type's constants by code, computed once per type. */
  private static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> byCode = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        byCode.put(compute((Enum<?>) constant), constant);
      }
      return byCode;
    }
  };

  private Codes() {}

  private static String compute(Enum<?> constant) {
    if (constant instanceof Language language) {
      return language.tag();
    }
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String code(Enum<?> constant) {
    return CODES.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  /** The constant with {@code code}, or {@code null}. */
  static <E extends Enum<E>> @Nullable E find(Class<E> type, String code) {
    return type.cast(BY_CODE.get(type).get(code));
  }

  static <E extends Enum<E>> E parse(Class<E> type, String code) {
    E constant = find(type, code);
    if (constant == null) {
      throw new IllegalArgumentException("'" + code + "' is not a code of " + type.getSimpleName());
    }
    return constant;
  }

  static String expected(Class<? extends Enum<?>> type) {
    return "one of " + Stream.of(type.getEnumConstants()).map(c -> '"' + code(c) + '"')
        .collect(Collectors.joining(", "));
  }
}
