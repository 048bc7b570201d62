package io.github.chuxin.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A thin helper over JDBC: a statement's text with its parameters, always bound, never spliced. */
final class Sql {

  private final StringBuilder text = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  Sql(String start) {
    text.append(start);
  }

  /** Appends text written in the code (never a value) and the values of its placeholders. */
  Sql add(String fragment, Object... values) {
    text.append(fragment);
    params.addAll(List.of(values));
    return this;
  }

  String text() {
    return text.toString();
  }

  PreparedStatement prepare(Connection c) throws SQLException {
    PreparedStatement ps = c.prepareStatement(text.toString());
    bind(ps, params);
    return ps;
  }

  <R> List<R> list(Connection c, Row<R> row) throws SQLException {
    try (PreparedStatement ps = prepare(c); ResultSet rs = ps.executeQuery()) {
      List<R> out = new ArrayList<>();
      while (rs.next()) {
        out.add(row.map(rs));
      }
      return out;
    }
  }

  <R> Optional<R> first(Connection c, Row<R> row) throws SQLException {
    try (PreparedStatement ps = prepare(c)) {
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(row.map(rs)) : Optional.empty();
      }
    }
  }

  int update(Connection c) throws SQLException {
    try (PreparedStatement ps = prepare(c)) {
      return ps.executeUpdate();
    }
  }

  /** Maps one row. */
  @FunctionalInterface
  interface Row<R> {
    R map(ResultSet rs) throws SQLException;
  }

  static void bind(PreparedStatement ps, List<?> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      ps.setObject(i + 1, values.get(i));
    }
  }

  static void bindTyped(PreparedStatement ps, List<?> values, int[] sqlTypes) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      if (v == null) {
        ps.setNull(i + 1, sqlTypes[i]);
      } else {
        ps.setObject(i + 1, v);
      }
    }
  }

  /**
   * Checks the row counts of an executed batch: every statement wrote one row (or the driver,
   * having rewritten the batch into multi-row inserts, reports success without a count).
   */
  static void checkBatch(int[] counts, int expected, String what) {
    if (counts.length != expected) {
      throw new IllegalStateException(what + ": the batch ran " + counts.length + " statements, not " + expected);
    }
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != 1 && counts[i] != Statement.SUCCESS_NO_INFO) {
        throw new IllegalStateException(what + ": statement " + i + " of the batch wrote " + counts[i] + " rows, not 1");
      }
    }
  }

  static boolean isUniqueViolation(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
        return true;
      }
      if (t instanceof SQLException s && s.getNextException() != null && s.getNextException() != t
          && "23505".equals(s.getNextException().getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** Placeholders for an IN list: {@code ?, ?, ?}. */
  static String marks(int n) {
    StringBuilder b = new StringBuilder(n * 3);
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "?" : ", ?");
    }
    return b.toString();
  }

  static <T> List<List<T>> chunks(List<T> values, int size) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i += size) {
      out.add(values.subList(i, Math.min(values.size(), i + size)));
    }
    return out;
  }
}
