package io.github.chuxin.org;

import java.util.Arrays;

/**
 * The shape of a forest of {@code n} nodes numbered {@code 0..n-1}, held in flat {@code int}
 * arrays: parent, children (compressed rows), pre-order position, subtree size and depth.
 *
 * <p>Immutable and thread-safe. Building takes O(n) time and about 28 bytes a node, without
 * recursion, so a chain of millions of nodes is fine. Parent, depth, child count and "is in
 * subtree" take O(1); a subtree is a contiguous range of the pre-order, so listing it takes
 * O(size); ancestors take O(depth). {@link OrgTree} puts identifiers and organisations on top.
 */
public final class TreeIndex {

  /** The parent value of a root. */
  public static final int NO_PARENT = -1;

  private final int[] parent;
  private final int[] childStart;
  private final int[] childList;
  private final int[] order;
  private final int[] position;
  private final int[] subtreeSize;
  private final int[] depth;
  private final int rootCount;
  private final int[] unreached;

  private TreeIndex(int[] parent) {
    int n = parent.length;
    this.parent = parent;
    // Children as compressed rows: count into childStart[p], prefix sums make childStart[p] the
    // end of p's row, then a reverse fill moves each back to the row's start (input order kept).
    int[] start = new int[n + 1];
    int roots = 0;
    for (int v = 0; v < n; v++) {
      int p = parent[v];
      if (p == NO_PARENT) {
        roots++;
      } else if (p < 0 || p >= n) {
        throw new IllegalArgumentException("node " + v + " has parent " + p + ", outside 0.." + (n - 1));
      } else {
        start[p]++;
      }
    }
    this.rootCount = roots;
    int sum = 0;
    for (int v = 0; v < n; v++) {
      sum += start[v];
      start[v] = sum;
    }
    start[n] = sum;
    int[] children = new int[sum];
    for (int v = n - 1; v >= 0; v--) {
      int p = parent[v];
      if (p != NO_PARENT) {
        children[--start[p]] = v;
      }
    }
    this.childStart = start;
    this.childList = children;

    // Breadth-first order from the rows, without a stack: bfs[k] is the k-th node reached and
    // up[k] the breadth-first rank of its parent; the children of consecutive ranks are
    // consecutive, so the passes below over ranks read and write (almost) sequentially.
    int[] bfs = new int[n];
    int[] up = new int[n];
    int tail = 0;
    for (int v = 0; v < n; v++) {
      if (parent[v] == NO_PARENT) {
        up[tail] = -1;
        bfs[tail++] = v;
      }
    }
    for (int k = 0; k < tail; k++) {
      int v = bfs[k];
      int from = start[v];
      int count = start[v + 1] - from;
      System.arraycopy(children, from, bfs, tail, count);
      Arrays.fill(up, tail, tail + count, k);
      tail += count;
    }
    int reached = tail;

    // Subtree sizes by ranks, children (higher ranks) before parents.
    int[] size = new int[n];
    for (int k = reached - 1; k >= 0; k--) {
      int s = size[k] + 1;
      size[k] = s;
      int u = up[k];
      if (u >= 0) {
        size[u] += s;
      }
    }
    // Pre-order positions and depths by ranks, parents before children: a parent's first child
    // follows it, each next child follows the previous child's subtree. The roots' children
    // start at rank rootCount and the children of rank k follow those of rank k - 1.
    int[] pos = new int[n];
    int[] deep = new int[n];
    int next = 0;
    for (int k = 0; k < roots; k++) {
      pos[k] = next;
      next += size[k];
    }
    int c = roots;
    for (int k = 0; k < reached; k++) {
      int p = pos[k] + 1;
      int d = deep[k] + 1;
      while (c < reached && up[c] == k) {
        pos[c] = p;
        deep[c] = d;
        p += size[c];
        c++;
      }
    }
    // Scatter from ranks to nodes; up is reused as the pre-order.
    int[] positionOf = new int[n];
    int[] sizeOf = new int[n];
    int[] depthOf = new int[n];
    int[] preorder = up;
    for (int k = 0; k < reached; k++) {
      int v = bfs[k];
      int at = pos[k];
      positionOf[v] = at;
      sizeOf[v] = size[k];
      depthOf[v] = deep[k];
    }
    for (int k = 0; k < reached; k++) {
      preorder[pos[k]] = bfs[k];
    }
    if (reached < n) {
      boolean[] seen = new boolean[n];
      for (int k = 0; k < reached; k++) {
        seen[bfs[k]] = true;
      }
      int[] missing = new int[n - reached];
      int m = 0;
      int at = reached;
      for (int v = 0; v < n; v++) {
        if (!seen[v]) {
          missing[m++] = v;
          positionOf[v] = at;
          preorder[at++] = v;
        }
      }
      this.unreached = missing;
    } else {
      this.unreached = new int[0];
    }
    this.order = preorder;
    this.position = positionOf;
    this.subtreeSize = sizeOf;
    this.depth = depthOf;
  }

  /**
   * Builds the index of a forest given by each node's parent.
   *
   * @param parents for each node, its parent's number, or {@link #NO_PARENT} for a root; not
   *     null; the array is copied
   * @return the index
   * @throws IllegalArgumentException if a parent is out of range or the parents form a cycle
   */
  public static TreeIndex fromParents(int[] parents) {
    TreeIndex index = new TreeIndex(parents.clone());
    if (index.unreached.length > 0) {
      throw new IllegalArgumentException(index.unreached.length
          + " nodes lie on or below a cycle and are not reachable from a root, the first being node "
          + index.unreached[0]);
    }
    return index;
  }

  /**
   * Builds an index without copying and returns it even when the parents hold cycles; then
   * {@link #unreachedNodes()} is not empty and sizes and depths are not valid.
   */
  static TreeIndex fromOwnedParentsAllowingCycles(int[] parents) {
    return new TreeIndex(parents);
  }

  /** The nodes not reachable from any root, that is on or below a cycle. */
  int[] unreachedNodes() {
    return unreached;
  }

  /**
   * Returns the number of nodes.
   *
   * @return the number of nodes
   */
  public int size() {
    return parent.length;
  }

  /**
   * Returns the number of roots.
   *
   * @return the number of roots
   */
  public int rootCount() {
    return rootCount;
  }

  /**
   * Returns a node's parent.
   *
   * @param node the node
   * @return the parent, or {@link #NO_PARENT} for a root
   */
  public int parent(int node) {
    return parent[node];
  }

  /**
   * Returns the number of a node's children.
   *
   * @param node the node
   * @return the number of children
   */
  public int childCount(int node) {
    return childStart[node + 1] - childStart[node];
  }

  /**
   * Returns a node's {@code i}-th child, in input order.
   *
   * @param node the node
   * @param i the child's rank, from 0 to {@code childCount(node) - 1}
   * @return the child
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public int child(int node, int i) {
    int start = childStart[node];
    if (i < 0 || i >= childStart[node + 1] - start) {
      throw new IndexOutOfBoundsException("child " + i + " of node " + node);
    }
    return childList[start + i];
  }

  /**
   * Returns a node's children, in input order.
   *
   * @param node the node
   * @return a new array of the children
   */
  public int[] children(int node) {
    return Arrays.copyOfRange(childList, childStart[node], childStart[node + 1]);
  }

  /**
   * Returns a node's depth: 0 for a root.
   *
   * @param node the node
   * @return the depth
   */
  public int depth(int node) {
    return depth[node];
  }

  /**
   * Returns the number of nodes in a node's subtree, the node included.
   *
   * @param node the node
   * @return the subtree's size, at least 1
   */
  public int subtreeSize(int node) {
    return subtreeSize[node];
  }

  /**
   * Returns a node's position in the pre-order; the subtree of the node occupies the positions
   * from this one to {@code position(node) + subtreeSize(node) - 1}.
   *
   * @param node the node
   * @return the position
   */
  public int position(int node) {
    return position[node];
  }

  /**
   * Returns the node at a position of the pre-order (roots in input order, each followed by its
   * subtree, children in input order).
   *
   * @param position the position, from 0 to {@code size() - 1}
   * @return the node
   */
  public int nodeAt(int position) {
    return order[position];
  }

  /**
   * Tells whether a node lies in another's subtree (a node lies in its own).
   *
   * @param root the subtree's root
   * @param node the node
   * @return whether {@code node} is {@code root} or one of its descendants
   */
  public boolean isInSubtree(int root, int node) {
    int p = position[node] - position[root];
    return p >= 0 && p < subtreeSize[root];
  }

  /**
   * Returns a node's subtree in pre-order, the node first.
   *
   * @param node the subtree's root
   * @return a new array of the subtree's nodes
   */
  public int[] subtree(int node) {
    int from = position[node];
    return Arrays.copyOfRange(order, from, from + subtreeSize[node]);
  }

  /**
   * Returns a node's ancestors, the parent first and a root last.
   *
   * @param node the node
   * @return a new array of the ancestors, empty for a root
   */
  public int[] ancestors(int node) {
    int[] result = new int[depth[node]];
    int v = parent[node];
    for (int i = 0; v != NO_PARENT; i++) {
      result[i] = v;
      v = parent[v];
    }
    return result;
  }
}
