package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.OrganisationStore;
import io.github.chuxin.persistence.ScopeViolationException;
import io.github.chuxin.persistence.TreeCycleException;
import io.github.chuxin.persistence.Versioned;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The store of organisations, keeping each unit's materialised path (see {@link Paths} for why
 * this encoding) consistent with the stored parents: a write computes the unit's path from its
 * parent's, and rewrites the paths of its descendants when it moves or when it arrives after them.
 * A parent whose path holds the unit's own segment lies in the unit's subtree: the write is refused
 * with {@link TreeCycleException}. Why one lock row rather than locking each move's rows: see
 * {@link #lockFor}.
 */
final class JdbcOrganisationStore extends JdbcStore<OrgId, Organisation> implements OrganisationStore {

  JdbcOrganisationStore(JdbcStorage.View view) {
    super(view, AggregateType.ORGANISATION);
  }

  @Override
  void requireWritable(Connection c, Organisation org) throws SQLException {
    Optional<OrgId> scope = view.scope();
    if (scope.isEmpty() || org.id().equals(scope.get())) {
      return;
    }
    if (org.parentId().isEmpty() || !view.inSubtree(c, scope.get(), org.parentId().get())) {
      throw new ScopeViolationException(kind(), org.id(), scope.get());
    }
  }

  /**
   * Takes the tree lock (the one row of {@code chuxin_tree_lock}) before a write that can change
   * the tree's shape: every write that gives a unit a parent, and every write of a stored unit
   * (which may move it to the top). Only a new unit without a parent cannot close a cycle, so it
   * goes without. Holding the lock, the write reads the stored paths only afterwards, and so sees
   * every move committed before it; the lock is held to the end of the transaction, so two moves
   * that together would close a cycle run one after the other and the second sees the first.
   *
   * <p>Locking only the rows concerned (the moved unit and its new parent's ancestors, in id
   * order) would let unrelated moves run in parallel, but units stored before their parent have
   * ancestors with no row to lock: two inserts, X under a missing Y and Y under a missing X, share
   * no row and would both commit a cycle. One row covers those too, costs one indexed lookup, and
   * organisation writes are rare next to the writes of items and activities.
   */
  @Override
  void lockFor(Connection c, List<Organisation> values, boolean allNew) throws SQLException {
    boolean shaping = !allNew;
    for (Organisation o : values) {
      shaping |= o.parentId().isPresent();
    }
    if (shaping) {
      // an update, not SELECT ... FOR UPDATE: under REPEATABLE READ or SERIALIZABLE a transaction
      // whose snapshot predates a concurrent tree write then fails (SQLState 40001, reported as
      // NOT_APPLIED) instead of reading stale paths; under READ COMMITTED both wait alike
      if (new Sql("UPDATE chuxin_tree_lock SET id = id WHERE id = 1").update(c) != 1) {
        throw new IllegalStateException("chuxin_tree_lock has no row: run JdbcStorage.migrate()");
      }
    }
  }

  /**
   * Parent id and path of each unit: under its parent in the same call, else its stored parent.
   *
   * @throws TreeCycleException if a unit's parent lies in the unit's own subtree, as stored or as
   *     given in the same call; nothing is written then
   */
  @Override
  List<Object[]> columnValues(Connection c, List<Organisation> values) throws SQLException {
    Map<String, Organisation> given = new HashMap<>(values.size() * 2);
    for (Organisation o : values) {
      given.put(o.id().value(), o);
    }
    Set<String> outside = new LinkedHashSet<>();
    for (Organisation o : values) {
      o.parentId().map(OrgId::value).filter(p -> !given.containsKey(p)).ifPresent(outside::add);
    }
    Map<String, String> stored = storedPaths(c, new ArrayList<>(outside));
    Map<String, String> paths = new HashMap<>(values.size() * 2);
    List<Object[]> rows = new ArrayList<>(values.size());
    for (Organisation o : values) {
      rows.add(new Object[] {o.parentId().map(OrgId::value).orElse(null),
          resolve(o.id().value(), given, stored, paths, new HashSet<>())});
    }
    return rows;
  }

  /**
   * The path of a unit of the call. Its parent's path names every ancestor the parent has (a
   * unit whose parent is not stored hangs under that parent's segment), so the unit's own segment
   * in it means the unit would become its own ancestor.
   */
  private static String resolve(String id, Map<String, Organisation> given, Map<String, String> stored,
      Map<String, String> paths, Set<String> visiting) {
    String known = paths.get(id);
    if (known != null) {
      return known;
    }
    Organisation unit = given.get(id);
    Optional<OrgId> parent = unit.parentId();
    String path;
    if (parent.isEmpty()) {
      path = Paths.top(id);
    } else {
      String p = parent.get().value();
      visiting.add(id);
      String parentPath;
      if (given.containsKey(p)) {
        if (visiting.contains(p)) {
          throw new TreeCycleException(unit.id(), parent.get());
        }
        parentPath = resolve(p, given, stored, paths, visiting);
      } else {
        parentPath = stored.getOrDefault(p, Paths.top(p));
      }
      if (parentPath.contains("/" + Paths.segment(id) + "/")) {
        throw new TreeCycleException(unit.id(), parent.get());
      }
      path = Paths.child(parentPath, id);
    }
    paths.put(id, path);
    return path;
  }

  private static Map<String, String> storedPaths(Connection c, List<String> ids) throws SQLException {
    Map<String, String> out = new HashMap<>();
    for (List<String> chunk : Sql.chunks(ids, IN_CHUNK)) {
      new Sql("SELECT id, path FROM chuxin_organisation WHERE id IN (" + Sql.marks(chunk.size()) + ")")
          .add("", chunk.toArray()).list(c, rs -> out.put(rs.getString(1), rs.getString(2)));
    }
    return out;
  }

  @Override
  void afterWrite(Connection c, Optional<Organisation> old, Versioned<Organisation> written, String actor)
      throws SQLException {
    String id = written.value().id().value();
    // where the unit's children hang now: under its old path, or under its bare segment if they
    // were stored before it
    Optional<String> child = new Sql("SELECT path FROM chuxin_organisation WHERE parent_id = ? AND id <> ?")
        .add("", id, id).first(c, rs -> rs.getString(1));
    if (child.isEmpty()) {
      return;
    }
    String childPath = child.get();
    String oldPrefix = childPath.substring(0, childPath.lastIndexOf('/', childPath.length() - 2) + 1);
    rewrite(c, id, oldPrefix);
  }

  /** Moves the subtree hanging at a prefix under the unit's current path. */
  private static void rewrite(Connection c, String id, String oldPrefix) throws SQLException {
    String newPath = new Sql("SELECT path FROM chuxin_organisation WHERE id = ?").add("", id)
        .first(c, rs -> rs.getString(1)).orElseThrow();
    if (newPath.equals(oldPrefix)) {
      return;
    }
    new Sql("UPDATE chuxin_organisation SET path = CAST(? AS VARCHAR(100000)) || SUBSTRING(path FROM ?)"
        + " WHERE path >= ? AND path < ? AND id <> ?")
        .add("", newPath, oldPrefix.length() + 1, oldPrefix, Paths.upper(oldPrefix), id).update(c);
  }

  /** The units of the call that have children stored before them (hung under their bare segment). */
  @Override
  @Nullable
  Object beforeBulk(Connection c, List<Organisation> values) throws SQLException {
    List<String> ids = new ArrayList<>(values.size());
    for (Organisation o : values) {
      ids.add(o.id().value());
    }
    Set<String> waiting = new HashSet<>();
    for (List<String> chunk : Sql.chunks(ids, IN_CHUNK)) {
      new Sql("SELECT DISTINCT parent_id FROM chuxin_organisation WHERE parent_id IN ("
          + Sql.marks(chunk.size()) + ")").add("", chunk.toArray()).list(c, rs -> waiting.add(rs.getString(1)));
    }
    return waiting;
  }

  @Override
  void afterBulk(Connection c, List<Versioned<Organisation>> written, @Nullable Object prepared)
      throws SQLException {
    @SuppressWarnings("unchecked")
    Set<String> waiting = prepared == null ? Set.of() : (Set<String>) prepared;
    for (String id : waiting) {
      rewrite(c, id, Paths.top(id));
    }
  }

}
