package io.github.chuxin.i18n;

import java.util.Locale;

/**
 * A language in which the library can show labels and messages: English, Simplified Chinese
 * (简体中文) or Traditional Chinese (繁體中文).
 *
 * <p>The library never picks a language from the default locale; callers name one.
 */
public enum Language {
  /** English. */
  ENGLISH("en"),
  /** Simplified Chinese, as used in mainland China (简体中文). */
  SIMPLIFIED_CHINESE("zh-Hans"),
  /** Traditional Chinese, as the seed document is written (繁體中文). */
  TRADITIONAL_CHINESE("zh-Hant");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /**
   * Returns the BCP 47 language tag of this language.
   *
   * @return the tag, such as {@code zh-Hans}
   */
  public String tag() {
    return tag;
  }

  /**
   * Returns the language that best serves a locale: Traditional Chinese for Taiwan, Hong Kong,
   * Macao or the Hant script, Simplified Chinese for any other Chinese locale, and English
   * otherwise.
   *
   * @param locale the locale, not null
   * @return the language, not null
   */
  public static Language forLocale(Locale locale) {
    if (!"zh".equals(locale.getLanguage())) {
      return ENGLISH;
    }
    String script = locale.getScript();
    String country = locale.getCountry();
    if ("Hant".equals(script) || "TW".equals(country) || "HK".equals(country) || "MO".equals(country)) {
      return TRADITIONAL_CHINESE;
    }
    return SIMPLIFIED_CHINESE;
  }
}
