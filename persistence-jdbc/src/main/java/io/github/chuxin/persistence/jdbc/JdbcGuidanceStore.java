package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.GuidanceStore;
import io.github.chuxin.persistence.ScopeViolationException;
import io.github.chuxin.persistence.jdbc.internal.PayloadCodec;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * The store of guidance groups (versioned rows) and of their assignments and five-musts records
 * (facts: added once, kept in the order added, read per group).
 */
final class JdbcGuidanceStore extends JdbcStore<GuidanceGroupId, GuidanceGroup> implements GuidanceStore {

  JdbcGuidanceStore(JdbcStorage.View view) {
    super(view, AggregateType.GUIDANCE_GROUP);
  }

  private void requireInScope(Connection c, GuidanceGroupId group, OrgId unit, String fact) throws SQLException {
    if (view.scope().isPresent() && !view.inSubtree(c, view.scope().get(), unit)) {
      throw new ScopeViolationException(kind(), group, fact + " at unit " + unit.value(), view.scope().get());
    }
  }

  private Sql scoped(Connection c, Sql sql) throws SQLException {
    if (view.scope().isPresent()) {
      String path = view.pathOf(c, view.scope().get());
      sql.add(" AND (t.unit_id = ? OR t.unit_id IN (SELECT o.id FROM chuxin_organisation o"
          + " WHERE o.path >= ? AND o.path < ?))", view.scope().get().value(), path, Paths.upper(path));
    }
    return sql;
  }

  @Override
  public void assign(GuidanceAssignment assignment) {
    Objects.requireNonNull(assignment, "assignment");
    view.session().call(c -> {
      requireInScope(c, assignment.group(), assignment.unit(), "the assignment");
      String g = assignment.group().value();
      String u = assignment.unit().value();
      if (view.dialect() == Dialect.POSTGRESQL) {
        return new Sql("INSERT INTO chuxin_guidance_assignment (group_id, unit_id) VALUES (?, ?)"
            + " ON CONFLICT (group_id, unit_id) DO NOTHING").add("", g, u).update(c);
      }
      return new Sql("MERGE INTO chuxin_guidance_assignment t USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR)))"
          + " s (group_id, unit_id) ON t.group_id = s.group_id AND t.unit_id = s.unit_id"
          + " WHEN NOT MATCHED THEN INSERT (group_id, unit_id) VALUES (s.group_id, s.unit_id)").add("", g, u).update(c);
    });
  }

  @Override
  public List<GuidanceAssignment> assignments(GuidanceGroupId group) {
    Objects.requireNonNull(group, "group");
    return view.session().call(c -> List.copyOf(scoped(c,
        new Sql("SELECT t.unit_id FROM chuxin_guidance_assignment t WHERE t.group_id = ?").add("", group.value()))
        .add(" ORDER BY t.seq").list(c, rs -> GuidanceAssignment.of(group, OrgId.of(rs.getString(1))))));
  }

  @Override
  public void record(FiveMustRecord record) {
    Objects.requireNonNull(record, "record");
    String payload = view.codec().write(record, FiveMustRecord.class);
    String hash = PayloadCodec.valueHash(payload);
    view.session().call(c -> {
      requireInScope(c, record.group(), record.unit(), "a five-musts record");
      String g = record.group().value();
      String u = record.unit().value();
      if (view.dialect() == Dialect.POSTGRESQL) {
        return new Sql("INSERT INTO chuxin_five_must_record (group_id, unit_id, payload_hash, payload)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (group_id, payload_hash) DO NOTHING").add("", g, u, hash, payload)
            .update(c);
      }
      return new Sql("MERGE INTO chuxin_five_must_record t USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
          + " CAST(? AS VARCHAR), CAST(? AS CLOB))) s (group_id, unit_id, payload_hash, payload)"
          + " ON t.group_id = s.group_id AND t.payload_hash = s.payload_hash WHEN NOT MATCHED THEN INSERT"
          + " (group_id, unit_id, payload_hash, payload) VALUES (s.group_id, s.unit_id, s.payload_hash, s.payload)")
          .add("", g, u, hash, payload).update(c);
    });
  }

  @Override
  public List<FiveMustRecord> records(GuidanceGroupId group) {
    Objects.requireNonNull(group, "group");
    return view.session().call(c -> List.copyOf(scoped(c,
        new Sql("SELECT t.seq, t.payload FROM chuxin_five_must_record t WHERE t.group_id = ?").add("", group.value()))
        .add(" ORDER BY t.seq").list(c, rs -> {
          long seq = rs.getLong(1);
          return view.read(rs.getString(2), FiveMustRecord.class,
              () -> "five-musts record " + seq + " of guidance group " + group.value());
        })));
  }
}
