package io.github.chuxin.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
