package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.LeadershipBodyId;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.LeadershipBodyStore;
import io.github.chuxin.persistence.ScopeViolationException;
import io.github.chuxin.persistence.jdbc.internal.PayloadCodec;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The store of leadership bodies (versioned rows) and their meetings (facts beside them, like the
 * five-musts records beside guidance groups: added once, kept in the order added, read per body).
 */
final class JdbcLeadershipBodyStore extends JdbcStore<LeadershipBodyId, LeadershipBody>
    implements LeadershipBodyStore {

  JdbcLeadershipBodyStore(JdbcStorage.View view) {
    super(view, AggregateType.LEADERSHIP_BODY);
  }

  /** Whether a body's meetings are visible: unscoped, or the body is stored inside the scope. */
  private boolean bodyVisible(Connection c, LeadershipBodyId body) throws SQLException {
    if (view.scope().isEmpty()) {
      return true;
    }
    Optional<String> unit = new Sql("SELECT unit_id FROM chuxin_leadership_body WHERE id = ?").add("", body.value())
        .first(c, rs -> rs.getString(1));
    return unit.isPresent() && view.inSubtree(c, view.scope().get(), OrgId.of(unit.get()));
  }

  @Override
  public void hold(Meeting meeting) {
    Objects.requireNonNull(meeting, "meeting");
    String payload = view.codec().write(meeting, Meeting.class);
    String hash = PayloadCodec.valueHash(payload);
    view.session().call(c -> {
      if (!bodyVisible(c, meeting.body())) {
        throw new ScopeViolationException(kind(), meeting.body(), "the meeting on " + meeting.date(),
            view.scope().orElseThrow());
      }
      String b = meeting.body().value();
      if (view.dialect() == Dialect.POSTGRESQL) {
        return new Sql("INSERT INTO chuxin_meeting (body_id, payload_hash, payload) VALUES (?, ?, ?)"
            + " ON CONFLICT (body_id, payload_hash) DO NOTHING").add("", b, hash, payload).update(c);
      }
      return new Sql("MERGE INTO chuxin_meeting t USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
          + " CAST(? AS CLOB))) s (body_id, payload_hash, payload)"
          + " ON t.body_id = s.body_id AND t.payload_hash = s.payload_hash WHEN NOT MATCHED THEN INSERT"
          + " (body_id, payload_hash, payload) VALUES (s.body_id, s.payload_hash, s.payload)")
          .add("", b, hash, payload).update(c);
    });
  }

  @Override
  public List<Meeting> meetings(LeadershipBodyId body) {
    Objects.requireNonNull(body, "body");
    return view.session().call(c -> {
      if (!bodyVisible(c, body)) {
        return List.<Meeting>of();
      }
      return List.copyOf(new Sql("SELECT t.seq, t.payload FROM chuxin_meeting t WHERE t.body_id = ? ORDER BY t.seq")
          .add("", body.value()).list(c, rs -> {
            long seq = rs.getLong(1);
            return view.read(rs.getString(2), Meeting.class,
                () -> "meeting " + seq + " of leadership body " + body.value());
          }));
    });
  }
}
