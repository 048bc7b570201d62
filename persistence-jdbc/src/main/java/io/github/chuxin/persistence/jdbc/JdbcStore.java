package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.id.Identifier;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.AggregateStore;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.Cursor;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Page;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.ScopeViolationException;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.rectification.RectificationStatus;
import java.nio.charset.StandardCharsets;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The generic JDBC store of one kind of aggregate, seen through one view (session and scope).
 * Subclasses add what a kind writes besides its row (tree paths, batch tables, change history).
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
abstract class JdbcStore<I extends Identifier, T> implements AggregateStore<I, T> {

  /** Rows per executed JDBC batch in bulk saves. */
  static final int BATCH_SIZE = 1000;
  /** Values per IN list. */
  static final int IN_CHUNK = 1000;

  private static final String CURSOR_PREFIX = "jdbc1:";

  final JdbcStorage.View view;
  final Mapping<T> m;
  private final Function<T, I> id;

  JdbcStore(JdbcStorage.View view, Mapping<T> mapping, Function<T, I> id) {
    this.view = view;
    this.m = mapping;
    this.id = id;
  }

  @Override
  public AggregateKind kind() {
    return m.kind();
  }

  @Override
  public I idOf(T value) {
    return id.apply(value);
  }

  /** The stored row of an aggregate, locked for the write. */
  record Stored(Revision revision, String payload) {
  }

  final T decode(String payload) {
    return view.codec().read(payload, m.type());
  }

  final String encode(T value) {
    return view.codec().write(value, m.type());
  }

  // ---- reads

  @Override
  public Optional<Versioned<T>> find(I id) {
    Objects.requireNonNull(id, "id");
    return view.session().call(c -> {
      Sql sql = new Sql("SELECT t.revision, t.payload FROM " + m.table() + " t WHERE t.id = ?").add("", id.value());
      restrictToScope(c, sql);
      return sql.first(c, rs -> Versioned.of(decode(rs.getString(2)), Revision.of(rs.getLong(1))));
    });
  }

  @Override
  public Page<Versioned<T>> query(Query query) {
    query.requireApplicableTo(kind());
    Optional<String> after = query.after().map(JdbcStore::decodeCursor);
    return view.session().call(c -> {
      Sql sql = new Sql("SELECT t.id, t.revision, t.payload FROM " + m.table() + " t WHERE 1 = 1");
      where(c, sql, query);
      // pages in Java's String order: H2 compares as Java does; PostgreSQL's "C" collation compares
      // code points, the same order for every valid identifier (see Identifier.check)
      after.ifPresent(a -> sql.add(" AND t.id > ?", a));
      sql.add(" ORDER BY t.id LIMIT ?", query.limit() + 1);
      List<Versioned<T>> rows = sql.list(c, rs -> Versioned.of(decode(rs.getString(3)), Revision.of(rs.getLong(2))));
      if (rows.size() > query.limit()) {
        List<Versioned<T>> items = rows.subList(0, query.limit());
        return Page.of(items, Optional.of(encodeCursor(m.key().apply(items.get(items.size() - 1).value()))));
      }
      return Page.of(rows, Optional.empty());
    });
  }

  @Override
  public long count(Query query) {
    query.requireApplicableTo(kind());
    return view.session().call(c -> {
      Sql sql = new Sql("SELECT COUNT(*) FROM " + m.table() + " t WHERE 1 = 1");
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
    if (view.scope().isPresent() && !m.shared()) {
      restrictToSubtree(c, sql, view.scope().get());
    }
  }

  /** Limits to the aggregates whose unit lies in a subtree: one range of the path index. */
  final void restrictToSubtree(Connection c, Sql sql, OrgId root) throws SQLException {
    String path = view.pathOf(c, root);
    if (m.kind() == AggregateKind.ORGANISATION) {
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
    String column = m.kind() == AggregateKind.ORGANISATION ? "t.id" : "t.unit_id";
    sql.add(" AND " + column + " IN ("
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

  @Override
  public Versioned<T> save(T value, ExpectedRevision expected) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expected, "expected");
    return view.session().call(c -> write(c, value, expected));
  }

  final Versioned<T> write(Connection c, T value, ExpectedRevision expected) throws SQLException {
    String key = m.key().apply(value);
    lockFor(c, List.of(value), expected.isNew());
    requireWritable(c, value);
    Optional<Stored> stored = new Sql("SELECT t.revision, t.payload FROM " + m.table() + " t WHERE t.id = ? FOR UPDATE")
        .add("", key).first(c, rs -> new Stored(Revision.of(rs.getLong(1)), rs.getString(2)));
    if (stored.isPresent() && view.scope().isPresent()) {
      Sql visible = new Sql("SELECT 1 FROM " + m.table() + " t WHERE t.id = ?").add("", key);
      restrictToScope(c, visible);
      if (visible.first(c, rs -> 1).isEmpty()) {
        throw new ScopeViolationException(kind(), key, view.scope().get());
      }
    }
    Optional<Revision> current = stored.map(Stored::revision);
    if (!expected.isMetBy(current)) {
      throw new ConcurrencyConflictException(kind(), key, expected, current);
    }
    Optional<T> old = stored.map(s -> decode(s.payload()));
    beforeWrite(c, old, value);
    Object[] columns = columnValues(c, List.of(value)).get(0);
    String payload = encode(value);
    Revision next;
    if (stored.isEmpty()) {
      if (!insert(c, key, columns, payload)) {
        throw new ConcurrencyConflictException(kind(), key, expected, currentRevision(c, key));
      }
      next = Revision.first();
    } else {
      next = current.get().next();
      StringBuilder set = new StringBuilder("UPDATE " + m.table() + " SET revision = ?, payload = ?");
      for (Mapping.Column<T> col : m.columns()) {
        set.append(", ").append(col.name()).append(" = ?");
      }
      set.append(" WHERE id = ? AND revision = ?");
      try (PreparedStatement ps = c.prepareStatement(set.toString())) {
        List<Object> params = new ArrayList<>();
        params.add(next.value());
        params.add(payload);
        params.addAll(java.util.Arrays.asList(columns));
        params.add(key);
        params.add(current.get().value());
        Sql.bindTyped(ps, params, types(2, 2));
        if (ps.executeUpdate() != 1) {
          throw new ConcurrencyConflictException(kind(), key, expected, currentRevision(c, key));
        }
      }
    }
    Versioned<T> written = Versioned.of(value, next);
    afterWrite(c, old, written);
    return written;
  }

  private Optional<Revision> currentRevision(Connection c, String key) throws SQLException {
    return new Sql("SELECT revision FROM " + m.table() + " WHERE id = ?").add("", key)
        .first(c, rs -> Revision.of(rs.getLong(1)));
  }

  /** Inserts one new row; false if the id is taken (by a racing insert). */
  private boolean insert(Connection c, String key, Object[] columns, String payload) throws SQLException {
    String sql = insertSql() + (view.dialect() == Dialect.POSTGRESQL ? " ON CONFLICT (id) DO NOTHING" : "");
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

  private String insertSql() {
    StringBuilder names = new StringBuilder("id, revision, payload");
    for (Mapping.Column<T> col : m.columns()) {
      names.append(", ").append(col.name());
    }
    return "INSERT INTO " + m.table() + " (" + names + ") VALUES (" + Sql.marks(3 + m.columns().size()) + ")";
  }

  private void bindInsert(PreparedStatement ps, String key, Object[] columns, String payload) throws SQLException {
    List<Object> params = new ArrayList<>(3 + columns.length);
    params.add(key);
    params.add(Revision.first().value());
    params.add(payload);
    params.addAll(java.util.Arrays.asList(columns));
    Sql.bindTyped(ps, params, types(3, 0));
  }

  private int[] types(int before, int after) {
    int[] t = new int[before + m.columns().size() + after];
    java.util.Arrays.fill(t, java.sql.Types.VARCHAR);
    for (int i = 0; i < m.columns().size(); i++) {
      t[before + i] = m.columns().get(i).sqlType();
    }
    return t;
  }

  @Override
  public List<Versioned<T>> saveAll(List<T> values) {
    Objects.requireNonNull(values, "values");
    Set<String> keys = new HashSet<>();
    for (T v : values) {
      Objects.requireNonNull(v, "value");
      if (!keys.add(m.key().apply(v))) {
        throw new IllegalArgumentException(kind() + " " + m.key().apply(v) + " appears twice in one bulk save");
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
      keys.add(m.key().apply(v));
    }
    for (List<String> chunk : Sql.chunks(keys, IN_CHUNK)) {
      Optional<Object[]> taken = new Sql("SELECT id, revision FROM " + m.table() + " WHERE id IN ("
          + Sql.marks(chunk.size()) + ")").add("", chunk.toArray())
          .first(c, rs -> new Object[] {rs.getString(1), rs.getLong(2)});
      if (taken.isPresent()) {
        throw new ConcurrencyConflictException(kind(), (String) taken.get()[0], ExpectedRevision.expectNew(),
            Optional.of(Revision.of((Long) taken.get()[1])));
      }
    }
    Object prepared = beforeBulk(c, values);
    List<Object[]> columns = columnValues(c, values);
    boolean sent = false;
    try (PreparedStatement ps = c.prepareStatement(insertSql())) {
      int pending = 0;
      for (int i = 0; i < values.size(); i++) {
        bindInsert(ps, keys.get(i), columns.get(i), encode(values.get(i)));
        ps.addBatch();
        if (++pending == BATCH_SIZE || i == values.size() - 1) {
          sent = true;
          Sql.checkBatch(ps.executeBatch(), pending, "bulk save of " + kind());
          pending = 0;
        }
      }
    } catch (BatchUpdateException e) {
      // PostgreSQL has aborted the transaction; H2 may have kept the batch's other rows: either
      // way a unit of work that catches what follows must not commit part of this bulk save
      view.session().doom(e);
      if (Sql.isUniqueViolation(e)) {
        // a racing insert committed between the check above and this batch; the failed
        // transaction cannot be read any more, so the conflict names the revision inserts get
        throw new ConcurrencyConflictException(kind(), "(one of " + values.size() + " in a bulk save)",
            ExpectedRevision.expectNew(), Optional.of(Revision.first()));
      }
      throw e;
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

  // ---- hooks

  /**
   * Takes the locks a write needs before it reads anything (the first statement of the write).
   *
   * @param values the aggregates about to be written
   * @param allNew whether the write only inserts
   */
  void lockFor(Connection c, List<T> values, boolean allNew) throws SQLException {
  }

  /** The values of the mapping's columns, per aggregate, in order. */
  List<Object[]> columnValues(Connection c, List<T> values) throws SQLException {
    List<Object[]> rows = new ArrayList<>(values.size());
    for (T v : values) {
      Object[] row = new Object[m.columns().size()];
      for (int i = 0; i < row.length; i++) {
        row[i] = m.columns().get(i).value().apply(v);
      }
      rows.add(row);
    }
    return rows;
  }

  /** Refuses a write that its kind's rules forbid; nothing is written yet. */
  void beforeWrite(Connection c, Optional<T> old, T value) throws SQLException {
  }

  /** Writes what else a single write changes. */
  void afterWrite(Connection c, Optional<T> old, Versioned<T> written) throws SQLException {
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
      afterWrite(c, Optional.empty(), v);
    }
  }

  /** Refuses a write outside the view's scope, and any write of shared data through a scope. */
  void requireWritable(Connection c, T value) throws SQLException {
    Optional<OrgId> scope = view.scope();
    if (scope.isEmpty()) {
      return;
    }
    Optional<OrgId> unit = m.unit().apply(value);
    if (m.shared() || unit.isEmpty() || !view.inSubtree(c, scope.get(), unit.get())) {
      throw new ScopeViolationException(kind(), m.key().apply(value), scope.get());
    }
  }

  final void require(Capability capability) {
    view.require(capability);
  }

  private static Cursor encodeCursor(String key) {
    return Cursor.of(CURSOR_PREFIX
        + Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8)));
  }

  private static String decodeCursor(Cursor cursor) {
    String token = cursor.token();
    if (!token.startsWith(CURSOR_PREFIX)) {
      throw new IllegalArgumentException("not a cursor of the JDBC store: " + cursor);
    }
    try {
      return new String(Base64.getUrlDecoder().decode(token.substring(CURSOR_PREFIX.length())),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a cursor of the JDBC store: " + cursor, e);
    }
  }
}
