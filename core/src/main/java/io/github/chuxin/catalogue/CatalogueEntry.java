package io.github.chuxin.catalogue;

import io.github.chuxin.i18n.Label;
import java.util.Objects;

/**
 * One entry of a catalogue: a stable code and its label.
 *
 * @param code the stable code, not blank
 * @param label the display label, not null
 */
public record CatalogueEntry(String code, Label label) {

  /**
   * Checks that the code is not blank.
   *
   * @param code the stable code, not blank
   * @param label the display label, not null
   * @throws IllegalArgumentException if the code is blank
   */
  public CatalogueEntry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    if (code.isBlank()) {
      throw new IllegalArgumentException("a catalogue entry's code must not be blank");
    }
  }

  /**
   * Returns an entry.
   *
   * @param code the code
   * @param label the label
   * @return the entry
   */
  public static CatalogueEntry of(String code, Label label) {
    return new CatalogueEntry(code, label);
  }
}
