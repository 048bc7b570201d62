package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.id.Identifier;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Page;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.ScopeViolationException;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.persistence.support.AbstractAggregateStore;
import io.github.chuxin.persistence.support.CursorFormat;
import io.github.chuxin.persistence.jdbc.internal.WellFormed;
import io.github.chuxin.rectification.RectificationStatus;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The JDBC store of one kind of aggregate, seen through one view (session and scope): one row per
 * aggregate in the kind's {@link JdbcTable}, its filter columns filled through the kind's
 * {@link AggregateType}. Subclasses add what a kind writes besides its row (tree paths, batch
 * tables, change history).
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
class JdbcStore<I extends Identifier, T> extends AbstractAggregateStore<I, T> {

  /** Rows per executed JDBC batch in bulk saves. */
  static final int BATCH_SIZE = 1000;
  /** Values per IN list. */
  static final int IN_CHUNK = 1000;

  private static final CursorFormat CURSORS = new CursorFormat("jdbc1", "the JDBC store");

  final JdbcStorage.View view;
  final JdbcTable table;

  JdbcStore(JdbcStorage.View view, AggregateType<I, T> type) {
    super(type);
    this.view = view;
    this.table = JdbcTable.of(type.kind());
  }

  /** The stored row of an aggregate, locked for the write. */
  record Stored(Revision revision, String payload) {
  }

  final T decode(String id, String payload) {
    return view.read(payload, type.type(), () -> kind() + " " + id);
  }

  final String encode(T value) {
    return view.codec().write(value, type.type());
  }

  // ---- reads

  @Override
  public Optional<Versioned<T>> find(I id) {
    Objects.requireNonNull(id, "id");
    return view.session().call(c -> {
      Sql sql = new Sql("SELECT t.revision, t.payload FROM " + table.name() + " t WHERE t.id = ?").add("", id.value());
      restrictToScope(c, sql);
      return sql.first(c, rs -> Versioned.of(decode(id.value(), rs.getString(2)), Revision.of(rs.getLong(1))));
    });
  }

  @Override
  public Page<Versioned<T>> query(Query query) {
    query.requireApplicableTo(kind());
    Optional<String> after = CURSORS.keyAfter(query);
    return view.session().call(c -> {
      Sql sql = new Sql("SELECT t.id, t.revision, t.payload FROM " + table.name() + " t WHERE 1 = 1");
      where(c, sql, query);
      // pages in Java's String order: H2 compares as Java does; PostgreSQL's "C" collation compares
      // code points, the same order for every valid identifier (see Identifier.check)
      after.ifPresent(a -> sql.add(" AND t.id > ?", a));
      sql.add(" ORDER BY t.id LIMIT ?", query.limit() + 1);
      List<Versioned<T>> rows = sql.list(c, rs -> Versioned.of(decode(rs.getString(1), rs.getString(3)),
          Revision.of(rs.getLong(2))));
      // every row matches: the page is the first limit of them, with a cursor if one more came
      return CURSORS.page(rows.iterator(), v -> true, query.limit(), v -> type.keyOf(v.value()));
    });
  }

  @Override
  public long count(Query query) {
    query.requireApplicableTo(kind());
    return view.session().call(c -> {
      Sql sql = new Sql("SELECT COUNT(*) FROM " + table.name() + " t WHERE 1 = 1");
      where(c, sql, query);
      return sql.first(c, rs -> rs.getLong(1)).orElse(0L);
    });
  }

  private void where(Connection c, Sql sql, Query q) throws SQLException {
    restrictToScope(c, sql);
    if (q.subtree().isPresent()) {
      restrictToSubtree(c, sql, q.subtree().get());
    }
    if (!q.statuses().isEmpty()) {
      List<Object> names = new ArrayList<>();
      for (RectificationStatus s : q.statuses()) {
        names.add(s.name());
      }
      sql.add(" AND t.status IN (" + Sql.marks(names.size()) + ")", names.toArray());
    }
    q.deadlineFrom().ifPresent(d -> sql.add(" AND t.deadline >= ?", d));
    q.deadlineTo().ifPresent(d -> sql.add(" AND t.deadline <= ?", d));
    q.overdueAsOf().ifPresent(d -> sql.add(" AND t.deadline < ? AND t.done = FALSE", d));
    q.leadLeader().ifPresent(l -> sql.add(" AND t.lead_leader = ?", l.value()));
    if (q.batch().isPresent()) {
      restrictToBatch(sql, q.batch().get());
    }
  }

  final void restrictToScope(Connection c, Sql sql) throws SQLException {
    if (view.scope().isPresent() && !type.isShared()) {
      restrictToSubtree(c, sql, view.scope().get());
    }
  }

  /** Limits to the aggregates whose unit lies in a subtree: one range of the path index. */
  final void restrictToSubtree(Connection c, Sql sql, OrgId root) throws SQLException {
    String path = view.pathOf(c, root);
    if (type.placement() == AggregateType.Placement.TREE) {
      sql.add(" AND t.path >= ? AND t.path < ?", path, Paths.upper(path));
    } else {
      sql.add(" AND (t.unit_id = ? OR t.unit_id IN (SELECT o.id FROM chuxin_organisation o"
          + " WHERE o.path >= ? AND o.path < ?))", root.value(), path, Paths.upper(path));
    }
  }

  /**
   * Limits to the aggregates whose unit belongs to a batch: its own assignment or else its nearest
   * assigned ancestor's, in a campaign that has the batch. The units inheriting an assignment are
   * a path range; a closer assignment to another batch cuts a hole in it.
   */
  private void restrictToBatch(Sql sql, BatchId batch) {
    sql.add(" AND t.unit_id IN ("
        + "SELECT a.unit_id FROM chuxin_batch_assignment a JOIN chuxin_campaign_batch cb"
        + " ON cb.campaign_id = a.campaign_id AND cb.batch_id = a.batch_id WHERE a.batch_id = ?"
        + " UNION SELECT o.id FROM chuxin_batch_anchor a JOIN chuxin_campaign_batch cb"
        + " ON cb.campaign_id = a.campaign_id AND cb.batch_id = a.batch_id"
        + " JOIN chuxin_organisation o ON o.path >= a.lo AND o.path < a.hi"
        + " WHERE a.batch_id = ? AND NOT EXISTS (SELECT 1 FROM chuxin_batch_anchor a2"
        + " WHERE a2.campaign_id = a.campaign_id AND a2.batch_id <> a.batch_id"
        + " AND a2.lo > a.lo AND a2.lo < a.hi AND o.path >= a2.lo AND o.path < a2.hi))",
        batch.value(), batch.value());
  }

  // ---- writes

  /** Writes one row in the session's transaction; the actor, recorded in a change history, must be storable text. */
  @Override
  protected final Versioned<T> write(T value, ExpectedRevision expected, String actor) {
    WellFormed.require(actor, () -> "the actor of " + type.keyOf(value));
    return view.session().call(c -> writeRow(c, value, expected, actor));
  }

  private Versioned<T> writeRow(Connection c, T value, ExpectedRevision expected, String actor) throws SQLException {
    String key = type.keyOf(value);
    lockFor(c, List.of(value), expected.isNew());
    requireWritable(c, value);
    Optional<Stored> stored = new Sql("SELECT t.revision, t.payload FROM " + table.name() + " t WHERE t.id = ? FOR UPDATE")
        .add("", key).first(c, rs -> new Stored(Revision.of(rs.getLong(1)), rs.getString(2)));
    if (stored.isPresent() && view.scope().isPresent()) {
      Sql visible = new Sql("SELECT 1 FROM " + table.name() + " t WHERE t.id = ?").add("", key);
      restrictToScope(c, visible);
      if (visible.first(c, rs -> 1).isEmpty()) {
        throw new ScopeViolationException(kind(), type.idOf(value), view.scope().get());
      }
    }
    Optional<Revision> current = stored.map(Stored::revision);
    if (!expected.isMetBy(current)) {
      throw new ConcurrencyConflictException(kind(), type.idOf(value), expected, current);
    }
    Optional<T> old = stored.map(s -> decode(key, s.payload()));
    beforeWrite(c, old, value);
    Object[] columns = columnValues(c, List.of(value)).get(0);
    String payload = encode(value);
    Revision next;
    if (stored.isEmpty()) {
      if (!insert(c, key, columns, payload)) {
        throw new ConcurrencyConflictException(kind(), type.idOf(value), expected, currentRevision(c, key));
      }
      next = Revision.first();
    } else {
      next = current.get().next();
      try (PreparedStatement ps = c.prepareStatement(table.updateSql())) {
        List<Object> params = new ArrayList<>();
        params.add(next.value());
        params.add(payload);
        params.addAll(Arrays.asList(columns));
        params.add(key);
        params.add(current.get().value());
        Sql.bindTyped(ps, params, table.updateTypes());
        if (ps.executeUpdate() != 1) {
          throw new ConcurrencyConflictException(kind(), type.idOf(value), expected, currentRevision(c, key));
        }
      }
    }
    Versioned<T> written = Versioned.of(value, next);
    afterWrite(c, old, written, actor);
    return written;
  }

  private Optional<Revision> currentRevision(Connection c, String key) throws SQLException {
    return new Sql("SELECT revision FROM " + table.name() + " WHERE id = ?").add("", key)
        .first(c, rs -> Revision.of(rs.getLong(1)));
  }

  /** Inserts one new row; false if the id is taken (by a racing insert). */
  private boolean insert(Connection c, String key, Object[] columns, String payload) throws SQLException {
    String sql = table.insertSql() + (view.dialect() == Dialect.POSTGRESQL ? " ON CONFLICT (id) DO NOTHING" : "");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bindInsert(ps, key, columns, payload);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      if (view.dialect() == Dialect.H2 && Sql.isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  private void bindInsert(PreparedStatement ps, String key, Object[] columns, String payload) throws SQLException {
    List<Object> params = new ArrayList<>(3 + columns.length);
    params.add(key);
    params.add(Revision.first().value());
    params.add(payload);
    params.addAll(Arrays.asList(columns));
    Sql.bindTyped(ps, params, table.insertTypes());
  }

  @Override
  public List<Versioned<T>> saveAll(List<T> values) {
    Objects.requireNonNull(values, "values");
    Set<String> keys = new HashSet<>();
    for (T v : values) {
      Objects.requireNonNull(v, "value");
      if (!keys.add(type.keyOf(v))) {
        throw new IllegalArgumentException(kind() + " " + type.keyOf(v) + " appears twice in one bulk save");
      }
    }
    if (values.isEmpty()) {
      return List.of();
    }
    return view.session().call(c -> bulkInsert(c, values));
  }

  /**
   * Inserts new aggregates with JDBC batches of {@value #BATCH_SIZE} rows (PostgreSQL's driver
   * rewrites them into multi-row inserts when the URL says {@code reWriteBatchedInserts=true}),
   * checking each batch's row counts; all in the caller's transaction.
   */
  final List<Versioned<T>> bulkInsert(Connection c, List<T> values) throws SQLException {
    lockFor(c, values, true);
    if (view.scope().isPresent()) {
      for (T v : values) {
        requireWritable(c, v);
      }
    }
    List<String> keys = new ArrayList<>(values.size());
    for (T v : values) {
      keys.add(type.keyOf(v));
    }
    for (List<String> chunk : Sql.chunks(keys, IN_CHUNK)) {
      Optional<ConcurrencyConflictException> taken = firstTaken(c, chunk);
      if (taken.isPresent()) {
        throw taken.get();
      }
    }
    Object prepared = beforeBulk(c, values);
    List<Object[]> columns = columnValues(c, values);
    boolean sent = false;
    try (PreparedStatement ps = c.prepareStatement(table.insertSql())) {
      int pending = 0;
      for (int i = 0; i < values.size(); i++) {
        bindInsert(ps, keys.get(i), columns.get(i), encode(values.get(i)));
        ps.addBatch();
        if (++pending == BATCH_SIZE || i == values.size() - 1) {
          sent = true;
          executeBatch(c, ps, keys.subList(i + 1 - pending, i + 1));
          pending = 0;
        }
      }
    } catch (SQLException | RuntimeException e) {
      if (sent) {
        // earlier batches are in the transaction (a later value's text was refused, say)
        view.session().doom(e);
      }
      throw e;
    }
    List<Versioned<T>> written = new ArrayList<>(values.size());
    for (T v : values) {
      written.add(Versioned.of(v, Revision.first()));
    }
    afterBulk(c, written, prepared);
    return List.copyOf(written);
  }

  /**
   * Sends one JDBC batch of the bulk insert behind a savepoint. If a racing insert committed one of
   * its ids after the check before the batches, the batch fails on the unique key: the savepoint
   * makes the transaction readable again (PostgreSQL aborts it, H2 may keep the batch's other rows),
   * so the conflict can name the first id of the batch that is now taken and its revision. The unit
   * of work is doomed either way: earlier batches are in it.
   */
  private void executeBatch(Connection c, PreparedStatement ps, List<String> keys) throws SQLException {
    Savepoint before = c.setSavepoint();
    try {
      Sql.checkBatch(ps.executeBatch(), keys.size(), "bulk save of " + kind());
    } catch (BatchUpdateException e) {
      // a unit of work that catches what follows must not commit part of this bulk save
      view.session().doom(e);
      if (Sql.isUniqueViolation(e)) {
        c.rollback(before);
        Optional<ConcurrencyConflictException> taken = firstTaken(c, keys);
        if (taken.isPresent()) {
          taken.get().addSuppressed(e);
          throw taken.get();
        }
      }
      throw e;
    }
    c.releaseSavepoint(before);
  }

  /** The conflict of the first of some keys (at most {@value #IN_CHUNK}, in their order) that is stored. */
  private Optional<ConcurrencyConflictException> firstTaken(Connection c, List<String> keys) throws SQLException {
    Map<String, Revision> stored = new HashMap<>();
    new Sql("SELECT id, revision FROM " + table.name() + " WHERE id IN (" + Sql.marks(keys.size()) + ")")
        .add("", keys.toArray()).list(c, rs -> stored.put(rs.getString(1), Revision.of(rs.getLong(2))));
    return keys.stream().filter(stored::containsKey).findFirst().map(key -> new ConcurrencyConflictException(kind(),
        type.parseId(key), ExpectedRevision.expectNew(), Optional.of(stored.get(key))));
  }

  // ---- hooks

  /**
   * Takes the locks a write needs before it reads anything (the first statement of the write).
   *
   * @param values the aggregates about to be written
   * @param allNew whether the write only inserts
   */
  void lockFor(Connection c, List<T> values, boolean allNew) throws SQLException {
  }

  /** The values of the table's filter columns, per aggregate, in order. */
  List<Object[]> columnValues(Connection c, List<T> values) throws SQLException {
    List<Object[]> rows = new ArrayList<>(values.size());
    for (T v : values) {
      Object[] row = new Object[table.columns().size()];
      for (int i = 0; i < row.length; i++) {
        row[i] = table.columns().get(i).valueOf(type, v);
      }
      rows.add(row);
    }
    return rows;
  }

  /** Refuses a write that its kind's rules forbid; nothing is written yet. */
  void beforeWrite(Connection c, Optional<T> old, T value) throws SQLException {
  }

  /** Writes what else a single write changes. */
  void afterWrite(Connection c, Optional<T> old, Versioned<T> written, String actor) throws SQLException {
  }

  /** Prepares a bulk insert, before any row is written; what it returns goes to afterBulk. */
  @org.jspecify.annotations.Nullable
  Object beforeBulk(Connection c, List<T> values) throws SQLException {
    return null;
  }

  /** Writes what else a bulk insert changes. */
  void afterBulk(Connection c, List<Versioned<T>> written, @org.jspecify.annotations.Nullable Object prepared)
      throws SQLException {
    for (Versioned<T> v : written) {
      afterWrite(c, Optional.empty(), v, RectificationStore.UNKNOWN_ACTOR);
    }
  }

  /** Refuses a write outside the view's scope, and any write of shared data through a scope. */
  void requireWritable(Connection c, T value) throws SQLException {
    Optional<OrgId> scope = view.scope();
    if (scope.isEmpty()) {
      return;
    }
    Optional<OrgId> unit = type.unitOf(value);
    if (type.isShared() || unit.isEmpty() || !view.inSubtree(c, scope.get(), unit.get())) {
      throw new ScopeViolationException(kind(), type.idOf(value), scope.get());
    }
  }

  final void require(Capability capability) {
    view.requireCapability(capability);
  }
}
