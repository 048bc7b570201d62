package io.github.chuxin.architecture.cycle.left;

import io.github.chuxin.architecture.cycle.right.Right;

/** Half of a deliberate package cycle, which the layering test must catch. */
public final class Left {

  private Left() {}

  /**
   * Calls across to the other package.
   *
   * @return the other half's answer
   */
  public static int across() {
    return Right.back() + 1;
  }
}
