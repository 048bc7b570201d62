package io.github.chuxin.persistence;

/**
 * The revision 版本 (版本) of a stored aggregate: 1 after the first write, one more after each write.
 *
 * <p>Immutable value; make one with {@link #of(long)} or {@link #first()}.
 *
 * @param value the revision number, at least 1
 */
public record Revision(long value) implements Comparable<Revision> {

  /**
   * Checks the number.
   *
   * @param value the revision number, at least 1
   */
  public Revision {
    if (value < 1) {
      throw new IllegalArgumentException("a revision is at least 1, was " + value);
    }
  }

  /**
   * Returns the revision of an aggregate's first write.
   *
   * @return revision 1
   */
  public static Revision first() {
    return new Revision(1);
  }

  /**
   * Returns a revision.
   *
   * @param value the number, at least 1
   * @return the revision
   */
  public static Revision of(long value) {
    return new Revision(value);
  }

  /**
   * Returns the revision after this one.
   *
   * @return this plus one
   */
  public Revision next() {
    return new Revision(value + 1);
  }

  @Override
  public int compareTo(Revision other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return "r" + value;
  }
}
