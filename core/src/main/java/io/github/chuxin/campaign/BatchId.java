package io.github.chuxin.campaign;

import io.github.chuxin.id.Identifier;

/**
 * The identifier of a batch 批次 (批次).
 *
 * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
 */
public record BatchId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the identifier's text, as checked by {@link Identifier#check(String, String)}
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the value is blank, too long or not
   *     printable, with the {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public BatchId {
    Identifier.check(value, "BatchId");
  }

  /**
   * Returns the identifier with a text.
   *
   * @param value the text
   * @return the identifier
   * @throws io.github.chuxin.diagnostic.ModelConstraintException if the text cannot be an identifier, with the
   *     {@code ID-…} code it breaks (see {@link Identifier#check(String, String)})
   */
  public static BatchId of(String value) {
    return new BatchId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
