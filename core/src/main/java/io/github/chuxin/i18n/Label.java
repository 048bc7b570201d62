package io.github.chuxin.i18n;

import java.util.Objects;

/**
 * A display label in English, Simplified Chinese and Traditional Chinese.
 *
 * <p>Immutable and thread-safe. None of the three texts may be blank.
 *
 * @param english the English text, not blank
 * @param simplified the Simplified Chinese text (简体), not blank
 * @param traditional the Traditional Chinese text (繁體), not blank
 */
public record Label(String english, String simplified, String traditional) {

  /**
   * Checks that no text is null or blank.
   *
   * @param english the English text, not blank
   * @param simplified the Simplified Chinese text (简体), not blank
   * @param traditional the Traditional Chinese text (繁體), not blank
   * @throws IllegalArgumentException if a text is blank
   */
  public Label {
    requireText(english, "english");
    requireText(simplified, "simplified");
    requireText(traditional, "traditional");
  }

  /**
   * Returns a label.
   *
   * @param english the English text, not blank
   * @param simplified the Simplified Chinese text, not blank
   * @param traditional the Traditional Chinese text, not blank
   * @return the label
   */
  public static Label of(String english, String simplified, String traditional) {
    return new Label(english, simplified, traditional);
  }

  /**
   * Returns the text in a language.
   *
   * @param language the language, not null
   * @return the text, never blank
   */
  public String in(Language language) {
    return switch (Objects.requireNonNull(language, "language")) {
      case ENGLISH -> english;
      case SIMPLIFIED_CHINESE -> simplified;
      case TRADITIONAL_CHINESE -> traditional;
    };
  }

  private static void requireText(String text, String name) {
    Objects.requireNonNull(text, name);
    if (text.isBlank()) {
      throw new IllegalArgumentException("label text '" + name + "' must not be blank");
    }
  }
}
