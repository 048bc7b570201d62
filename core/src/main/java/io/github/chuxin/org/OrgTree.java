package io.github.chuxin.org;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The organisation tree 組織體系 (组织体系): organisations indexed by identifier and by shape.
 *
 * <p>Immutable and thread-safe. It may be a forest (several roots). Building takes O(n) time
 * with no recursion; lookup by identifier, parent, depth and "is in subtree" take O(1); children
 * and subtrees are returned as views over arrays in O(1) and iterate in O(size); ancestors take
 * O(depth). Each organisation has a dense number, its {@linkplain #indexOf(OrgId) index}, so
 * that reports can keep per-unit figures in arrays; {@link #shape()} exposes the arrays.
 *
 * <pre>{@code
 * OrgTree tree = OrgTree.of(organisations);          // throws InvalidTreeException
 * Validation<Seq<TreeDefect>, OrgTree> checked = OrgTree.validate(organisations);
 * List<Organisation> bureau = tree.subtree(OrgId.of("bj-subway"));
 * }</pre>
 */
public final class OrgTree {

  private final Organisation[] organisations;
  private final IdTable ids;
  private final TreeIndex shape;
  /** The indexes of temporary organisations and of everything inside them; null when there are none. */
  private final @Nullable BitSet temporary;

  private OrgTree(Organisation[] organisations, IdTable ids, TreeIndex shape) {
    this.organisations = organisations;
    this.ids = ids;
    this.shape = shape;
    this.temporary = temporarySubtrees(organisations, shape);
  }

  /** Marks each temporary organisation and its subtree, parents before children; null if there is none. */
  private static @Nullable BitSet temporarySubtrees(Organisation[] organisations, TreeIndex shape) {
    BitSet marked = null;
    for (int k = 0; k < organisations.length; k++) {
      int v = shape.nodeAt(k);
      int p = shape.parent(v);
      if (organisations[v].kind().isTemporary() || (marked != null && p != TreeIndex.NO_PARENT && marked.get(p))) {
        if (marked == null) {
          marked = new BitSet(organisations.length);
        }
        marked.set(v);
      }
    }
    return marked;
  }

  /**
   * Builds the tree of some organisations.
   *
   * @param organisations the organisations, in any order, not null
   * @return the tree
   * @throws InvalidTreeException listing every duplicate identifier, orphan and cycle
   */
  public static OrgTree of(Collection<Organisation> organisations) {
    Validation<Seq<TreeDefect>, OrgTree> checked = validate(organisations);
    if (checked.isInvalid()) {
      throw new InvalidTreeException(checked.getError().asJava());
    }
    return checked.get();
  }

  /**
   * Builds the tree of some organisations, or returns every reason they do not form one:
   * duplicate identifiers, orphans (a parent not among them) and cycles.
   *
   * @param organisations the organisations, in any order, not null
   * @return the tree, or every defect found
   */
  public static Validation<Seq<TreeDefect>, OrgTree> validate(Collection<Organisation> organisations) {
    List<TreeDefect> defects = new ArrayList<>();
    Organisation[] kept = new Organisation[organisations.size()];
    IdTable ids = new IdTable(organisations.size());
    int n = 0;
    for (Organisation org : organisations) {
      if (ids.find(org.id(), kept) >= 0) {
        defects.add(new TreeDefect(TreeDefect.Kind.DUPLICATE_ID, org.id(), Optional.empty()));
      } else {
        kept[n] = org;
        ids.put(org.id(), n);
        n++;
      }
    }
    Organisation[] orgs = n == kept.length ? kept : Arrays.copyOf(kept, n);
    int[] parents = new int[n];
    for (int v = 0; v < n; v++) {
      Optional<OrgId> parentId = orgs[v].parentId();
      if (parentId.isEmpty()) {
        parents[v] = TreeIndex.NO_PARENT;
      } else {
        int p = ids.find(parentId.get(), orgs);
        if (p < 0) {
          defects.add(new TreeDefect(TreeDefect.Kind.ORPHAN, orgs[v].id(), parentId));
          parents[v] = TreeIndex.NO_PARENT;
        } else {
          parents[v] = p;
        }
      }
    }
    TreeIndex shape = TreeIndex.fromOwnedParentsAllowingCycles(parents);
    for (int v : shape.unreachedNodes()) {
      defects.add(new TreeDefect(TreeDefect.Kind.CYCLE, orgs[v].id(), orgs[v].parentId()));
    }
    if (!defects.isEmpty()) {
      return Validation.invalid(Vector.ofAll(defects));
    }
    return Validation.valid(new OrgTree(orgs, ids, shape));
  }

  /**
   * Returns the number of organisations.
   *
   * @return the size
   */
  public int size() {
    return organisations.length;
  }

  /**
   * Returns the array-backed shape of the tree, whose node numbers are the
   * {@linkplain #indexOf(OrgId) indexes} of this tree.
   *
   * @return the shape
   */
  public TreeIndex shape() {
    return shape;
  }

  /**
   * Returns the dense index of an organisation, from 0 to {@code size() - 1}, in input order.
   *
   * @param id the identifier, not null
   * @return the index, or -1 if the tree has no such organisation
   */
  public int indexOf(OrgId id) {
    return ids.find(id, organisations);
  }

  /**
   * Returns the organisation with an index.
   *
   * @param index the index, from 0 to {@code size() - 1}
   * @return the organisation
   */
  public Organisation organisationAt(int index) {
    return organisations[index];
  }

  /**
   * Tells whether the organisation with an index is added into counts of organisations and
   * members: false for a temporary party organisation 臨時黨組織 (临时党组织) and for everything
   * set up inside one, whose members are counted in their home organisations; true otherwise.
   *
   * @param index the index, from 0 to {@code size() - 1}
   * @return whether it counts in totals
   */
  public boolean countsInTotals(int index) {
    if (index < 0 || index >= organisations.length) {
      throw new IndexOutOfBoundsException("index " + index + " of " + organisations.length);
    }
    return temporary == null || !temporary.get(index);
  }

  /**
   * Tells whether an organisation is added into counts of organisations and members; see
   * {@link #countsInTotals(int)}.
   *
   * @param id the identifier, not null
   * @return whether it counts in totals
   * @throws java.util.NoSuchElementException if not in the tree
   */
  public boolean countsInTotals(OrgId id) {
    return countsInTotals(require(id));
  }

  /**
   * Tells whether the tree holds an organisation.
   *
   * @param id the identifier, not null
   * @return whether it is in the tree
   */
  public boolean contains(OrgId id) {
    return indexOf(id) >= 0;
  }

  /**
   * Returns an organisation by identifier.
   *
   * @param id the identifier, not null
   * @return the organisation, or empty if not in the tree
   */
  public Optional<Organisation> find(OrgId id) {
    int i = indexOf(id);
    return i < 0 ? Optional.empty() : Optional.of(organisations[i]);
  }

  /**
   * Returns an organisation by identifier.
   *
   * @param id the identifier, not null
   * @return the organisation
   * @throws java.util.NoSuchElementException if not in the tree
   */
  public Organisation get(OrgId id) {
    return organisations[require(id)];
  }

  /**
   * Returns every organisation, in input order.
   *
   * @return an unmodifiable list
   */
  public List<Organisation> organisations() {
    return new Nodes(null, 0, organisations.length);
  }

  /**
   * Returns the roots, in input order.
   *
   * @return an unmodifiable list
   */
  public List<Organisation> roots() {
    List<Organisation> roots = new ArrayList<>(shape.rootCount());
    for (Organisation org : organisations) {
      if (org.parentId().isEmpty()) {
        roots.add(org);
      }
    }
    return List.copyOf(roots);
  }

  /**
   * Returns an organisation's parent.
   *
   * @param id the organisation's identifier, not null
   * @return the parent, or empty for a root
   * @throws java.util.NoSuchElementException if not in the tree
   */
  public Optional<Organisation> parent(OrgId id) {
    int p = shape.parent(require(id));
    return p == TreeIndex.NO_PARENT ? Optional.empty() : Optional.of(organisations[p]);
  }

  /**
   * Returns an organisation's children, in input order.
   *
   * @param id the organisation's identifier, not null
   * @return an unmodifiable list
   * @throws java.util.NoSuchElementException if not in the tree
   */
  public List<Organisation> children(OrgId id) {
    int v = require(id);
    return List.of(Arrays.stream(shape.children(v)).mapToObj(c -> organisations[c]).toArray(Organisation[]::new));
  }

  /**
   * Returns an organisation's ancestors, the parent first and the root last.
   *
   * @param id the organisation's identifier, not null
   * @return an unmodifiable list, empty for a root
   * @throws java.util.NoSuchElementException if not in the tree
   */
  public List<Organisation> ancestors(OrgId id) {
    int[] ancestors = shape.ancestors(require(id));
    return List.of(Arrays.stream(ancestors).mapToObj(a -> organisations[a]).toArray(Organisation[]::new));
  }

  /**
   * Returns an organisation's subtree in pre-order, the organisation first; a view that costs
   * O(1) to make.
   *
   * @param id the subtree's root, not null
   * @return an unmodifiable list
   * @throws java.util.NoSuchElementException if not in the tree
   */
  public List<Organisation> subtree(OrgId id) {
    int v = require(id);
    return new Nodes(shape, shape.position(v), shape.subtreeSize(v));
  }

  /**
   * Returns an organisation's depth: 0 for a root.
   *
   * @param id the organisation's identifier, not null
   * @return the depth
   * @throws java.util.NoSuchElementException if not in the tree
   */
  public int depth(OrgId id) {
    return shape.depth(require(id));
  }

  /**
   * Tells whether an organisation lies in another's subtree (each lies in its own).
   *
   * @param root the subtree's root, not null
   * @param id the organisation, not null
   * @return whether {@code id} is {@code root} or below it; false if either is not in the tree
   */
  public boolean isInSubtree(OrgId root, OrgId id) {
    int r = indexOf(root);
    int v = indexOf(id);
    return r >= 0 && v >= 0 && shape.isInSubtree(r, v);
  }

  private int require(OrgId id) {
    int i = indexOf(id);
    if (i < 0) {
      throw new java.util.NoSuchElementException("no organisation " + id + " in the tree");
    }
    return i;
  }

  /** A read-only list over a range of the pre-order, or of the input order when shape is null. */
  private final class Nodes extends AbstractList<Organisation> implements RandomAccess {
    private final TreeIndex order;
    private final int from;
    private final int size;

    Nodes(TreeIndex order, int from, int size) {
      this.order = order;
      this.from = from;
      this.size = size;
    }

    @Override
    public Organisation get(int i) {
      if (i < 0 || i >= size) {
        throw new IndexOutOfBoundsException("index " + i + " of " + size);
      }
      return organisations[order == null ? from + i : order.nodeAt(from + i)];
    }

    @Override
    public int size() {
      return size;
    }
  }

  /**
   * An open-addressing hash table from identifier to index. Each slot is a {@code long} holding
   * the identifier's spread hash code (high half) and its index plus one (low half, 0 for an
   * empty slot), so a probe touches one array and compares an identifier only when the full hash
   * codes match; the identifiers sit in their own array by index. At most two-thirds full.
   */
  private static final class IdTable {
    private final long[] slots;
    private final OrgId[] keys;
    private final int mask;

    IdTable(int expected) {
      int least = Math.max(4, expected + (expected >>> 1));
      int capacity = Integer.highestOneBit(least - 1) << 1;
      this.slots = new long[capacity];
      this.keys = new OrgId[Math.max(0, expected)];
      this.mask = capacity - 1;
    }

    private static int spread(int h) {
      h *= 0x9E3779B9;
      return h ^ (h >>> 16);
    }

    int find(OrgId id, Organisation[] orgs) {
      int h = spread(id.hashCode());
      long tag = (long) h << 32;
      int s = h & mask;
      while (true) {
        long slot = slots[s];
        if (slot == 0) {
          return -1;
        }
        if ((slot & 0xFFFF_FFFF_0000_0000L) == tag) {
          int i = (int) slot - 1;
          OrgId key = keys[i];
          if (key == id || key.equals(id)) {
            return i;
          }
        }
        s = (s + 1) & mask;
      }
    }

    void put(OrgId id, int index) {
      int h = spread(id.hashCode());
      int s = h & mask;
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = (long) h << 32 | (index + 1L);
      keys[index] = id;
    }
  }
}
