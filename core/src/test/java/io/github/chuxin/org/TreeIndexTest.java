package io.github.chuxin.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeIndexTest {

  @Test
  void aSubtreeIsAContiguousRangeOfThePreOrder() {
    // 0 -> 1 -> 3, 0 -> 2, 4 is a second root
    TreeIndex index = TreeIndex.fromParents(new int[] {-1, 0, 0, 1, -1});
    assertThat(index.subtree(0)).containsExactly(0, 1, 3, 2);
    assertThat(index.subtree(4)).containsExactly(4);
    assertThat(index.subtreeSize(1)).isEqualTo(2);
    assertThat(index.rootCount()).isEqualTo(2);
    assertThat(index.children(0)).containsExactly(1, 2);
    assertThat(index.child(0, 1)).isEqualTo(2);
    assertThat(index.ancestors(3)).containsExactly(1, 0);
    assertThat(index.isInSubtree(1, 3)).isTrue();
    assertThat(index.isInSubtree(2, 3)).isFalse();
  }

  @Test
  void aCycleOfParentsIsRejected() {
    assertThatThrownBy(() -> TreeIndex.fromParents(new int[] {-1, 2, 1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
  }

  @Test
  void aParentOutOfRangeIsRejected() {
    assertThatThrownBy(() -> TreeIndex.fromParents(new int[] {-1, 5}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("node 1 has parent 5");
  }

  @Test
  void theInputArrayIsCopied() {
    int[] parents = {-1, 0};
    TreeIndex index = TreeIndex.fromParents(parents);
    parents[1] = -1;
    assertThat(index.parent(1)).isZero();
  }

  @Test
  void preOrderSizesAndDepthsOfRandomForestsEqualADepthFirstWalk() {
    qt().withExamples(300).forAll(integers().between(1, 300), longs().all(), integers().between(1, 40))
        .checkAssert((n, seed, rootEvery) -> {
          int[] parents = Trees.randomParents(n, seed, rootEvery);
          TreeIndex index = TreeIndex.fromParents(parents);
          List<List<Integer>> children = new ArrayList<>();
          for (int v = 0; v < n; v++) {
            children.add(new ArrayList<>());
          }
          for (int v = 0; v < n; v++) {
            if (parents[v] >= 0) {
              children.get(parents[v]).add(v);
            }
          }
          List<Integer> preorder = new ArrayList<>();
          int[] depth = new int[n];
          Deque<Integer> stack = new ArrayDeque<>();
          for (int v = n - 1; v >= 0; v--) {
            if (parents[v] < 0) {
              stack.push(v);
            }
          }
          while (!stack.isEmpty()) {
            int v = stack.pop();
            preorder.add(v);
            List<Integer> kids = children.get(v);
            for (int c = kids.size() - 1; c >= 0; c--) {
              depth[kids.get(c)] = depth[v] + 1;
              stack.push(kids.get(c));
            }
          }
          for (int k = 0; k < n; k++) {
            int v = preorder.get(k);
            assertThat(index.nodeAt(k)).as("position %d", k).isEqualTo(v);
            assertThat(index.position(v)).isEqualTo(k);
            assertThat(index.depth(v)).as("depth of %d", v).isEqualTo(depth[v]);
            int size = 1;
            while (k + size < n && depth[preorder.get(k + size)] > depth[v]) {
              size++;
            }
            assertThat(index.subtreeSize(v)).as("size of %d", v).isEqualTo(size);
            assertThat(index.children(v)).containsExactly(children.get(v).stream().mapToInt(Integer::intValue).toArray());
          }
        });
  }

  @Test
  void everyNodeOnOrBelowACycleIsReportedUnreached() {
    // 0 is a root with child 1; 2 -> 3 -> 2 is a cycle, 4 hangs below it
    TreeIndex index = TreeIndex.fromOwnedParentsAllowingCycles(new int[] {-1, 0, 3, 2, 3});
    assertThat(index.unreachedNodes()).containsExactly(2, 3, 4);
    assertThat(index.subtree(0)).containsExactly(0, 1);
    assertThatThrownBy(() -> TreeIndex.fromParents(new int[] {-1, 0, 3, 2, 3}))
        .hasMessageContaining("3 nodes lie on or below a cycle").hasMessageContaining("the first being node 2");
  }
}
