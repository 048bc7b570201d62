package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.OrganisationStore;
import io.github.chuxin.persistence.ScopeViolationException;
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
 */
final class Organisations extends JdbcStore<OrgId, Organisation> implements OrganisationStore {

  Organisations(JdbcStorage.View view) {
    super(view, Mapping.ORGANISATIONS, Organisation::id);
  }

  @Override
  void requireWritable(Connection c, Organisation org) throws SQLException {
    Optional<OrgId> scope = view.scope();
    if (scope.isEmpty() || org.id().equals(scope.get())) {
      return;
    }
    if (org.parentId().isEmpty() || !view.inSubtree(c, scope.get(), org.parentId().get())) {
      throw new ScopeViolationException(kind(), org.id().value(), scope.get());
    }
  }

  /** Parent id and path of each unit: under its parent in the same call, else its stored parent. */
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
    if (values.size() == 1) {
      outside.add(values.get(0).id().value());
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

  private static String resolve(String id, Map<String, Organisation> given, Map<String, String> stored,
      Map<String, String> paths, Set<String> visiting) {
    String known = paths.get(id);
    if (known != null) {
      return known;
    }
    Optional<String> parent = given.get(id).parentId().map(OrgId::value);
    String path;
    if (parent.isEmpty()) {
      path = Paths.top(id);
    } else if (given.containsKey(parent.get())) {
      visiting.add(id);
      path = visiting.contains(parent.get()) ? Paths.top(id)
          : Paths.child(resolve(parent.get(), given, stored, paths, visiting), id);
    } else if (stored.containsKey(parent.get())) {
      String parentPath = stored.get(parent.get());
      String own = stored.get(id);
      // a parent inside the unit's own subtree would make a cycle: the unit then stands alone
      boolean cycle = own != null && parentPath.startsWith(own);
      path = cycle ? Paths.top(id) : Paths.child(parentPath, id);
    } else {
      path = Paths.child(Paths.top(parent.get()), id);
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
  void afterWrite(Connection c, Optional<Organisation> old, Versioned<Organisation> written) throws SQLException {
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
