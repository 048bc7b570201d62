package io.github.chuxin.persistence;

import java.util.Objects;

/**
 * An opaque position in a keyset-paged result 游標 (游标): pass it back in {@link Query#after()}
 * of the same query, to the store that made it, to read the next page. The token is the store's
 * own; the SPI promises nothing for a cursor given to another store.
 *
 * @param token the storage's encoding, not blank
 */
public record Cursor(String token) {

  /**
   * Checks the token.
   *
   * @param token not null, not blank
   */
  public Cursor {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("a cursor token must not be blank");
    }
  }

  /**
   * Returns a cursor.
   *
   * @param token the storage's encoding, not blank
   * @return the cursor
   */
  public static Cursor of(String token) {
    return new Cursor(token);
  }

  @Override
  public String toString() {
    return "Cursor[" + token + "]";
  }
}
