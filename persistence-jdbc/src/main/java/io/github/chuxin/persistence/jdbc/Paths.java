package io.github.chuxin.persistence.jdbc;

/**
 * The materialised paths of the organisation tree.
 *
 * <p>Why a materialised path: a subtree is one range of a B-tree index ({@code path >= p AND
 * path < p'}), the same SQL on PostgreSQL and H2, and a write touches only the moved subtree.
 * Nested intervals renumber half the tree on an insert; a closure table holds depth x units rows
 * (some 25 million for the national tree) and must be rewritten on a move; ltree exists only in
 * PostgreSQL. The figures are in the module's notes.
 *
 * <p>A path is {@code /seg/seg/.../seg/}, one segment per ancestor from the top, the unit's own
 * last. A segment is the unit's id with {@code ~ / \ % _} written as {@code ~~ ~s ~b ~p ~u}, so a
 * path holds no LIKE wildcard, no escape character and no slash inside a segment. A unit whose
 * parent is not stored hangs under that parent's segment ({@code /parent/unit/}), which is what
 * the reference store does: it counts as in the parent's subtree. When the parent is stored later
 * its descendants' paths are rewritten under it.
 */
final class Paths {

  private Paths() {
  }

  static String segment(String id) {
    StringBuilder b = new StringBuilder(id.length() + 4);
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      switch (c) {
        case '~' -> b.append("~~");
        case '/' -> b.append("~s");
        case '\\' -> b.append("~b");
        case '%' -> b.append("~p");
        case '_' -> b.append("~u");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** The path of a unit with no stored ancestor. */
  static String top(String id) {
    return "/" + segment(id) + "/";
  }

  static String child(String parentPath, String id) {
    return parentPath + segment(id) + "/";
  }

  /** The exclusive upper bound of the paths that start with a path (it ends with a slash). */
  static String upper(String path) {
    return path.substring(0, path.length() - 1) + "0";
  }
}
