package io.github.chuxin.architecture.cycle.right;

import io.github.chuxin.architecture.cycle.left.Left;

/** The other half of a deliberate package cycle, which the layering test must catch. */
public final class Right {

  private Right() {}

  /**
   * Refers back to the first package.
   *
   * @return a number that depends on the other half
   */
  public static int back() {
    return Left.class.getSimpleName().length();
  }
}
