package io.github.chuxin.org;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when organisations do not form a tree; {@link #defects()} lists every defect found.
 */
public final class InvalidTreeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 10;

  private final transient List<TreeDefect> defects;

  /**
   * Creates the exception.
   *
   * @param defects the defects, not empty
   */
  public InvalidTreeException(List<TreeDefect> defects) {
    super(message(defects));
    this.defects = List.copyOf(defects);
  }

  /**
   * Returns every defect found.
   *
   * @return the defects, not empty
   */
  public List<TreeDefect> defects() {
    return defects;
  }

  private static String message(List<TreeDefect> defects) {
    String shown = defects.stream().limit(SHOWN).map(TreeDefect::describe).collect(Collectors.joining("; "));
    return "not a valid organisation tree (" + defects.size() + " defect" + (defects.size() == 1 ? "" : "s")
        + "): " + shown + (defects.size() > SHOWN ? "; …" : "");
  }
}
