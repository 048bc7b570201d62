package io.github.chuxin.i18n;

/**
 * Something with a display label in the three languages, such as a kind of organisation.
 */
public interface Labelled {

  /**
   * Returns the label.
   *
   * @return the label, not null
   */
  Label label();

  /**
   * Returns the label's text in a language.
   *
   * @param language the language, not null
   * @return the text, never blank
   */
  default String label(Language language) {
    return label().in(language);
  }
}
