package io.github.chuxin.persistence;

import java.util.Objects;

/**
 * A stored aggregate with its revision 帶版本的聚合 (带版本的聚合).
 *
 * <p>Immutable if the value is; what every read returns, so that the next write can state
 * {@link ExpectedRevision#of(Versioned)}.
 *
 * @param value the aggregate, not null
 * @param revision its revision, not null
 * @param <T> the aggregate's type
 */
public record Versioned<T>(T value, Revision revision) {

  /**
   * Checks the parts.
   *
   * @param value not null
   * @param revision not null
   */
  public Versioned {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(revision, "revision");
  }

  /**
   * Returns a versioned value.
   *
   * @param value the aggregate, not null
   * @param revision its revision, not null
   * @param <T> the aggregate's type
   * @return the pair
   */
  public static <T> Versioned<T> of(T value, Revision revision) {
    return new Versioned<>(value, revision);
  }
}
