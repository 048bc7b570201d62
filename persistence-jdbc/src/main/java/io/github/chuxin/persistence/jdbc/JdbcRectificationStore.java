package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ChangeKind;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.ItemChanges;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The store of rectification items. Every write appends one row to {@code chuxin_rectification_change}
 * in the same transaction; the adapter has no statement that updates or deletes that table (and on
 * PostgreSQL a trigger refuses both), so the history cannot be rewritten through it.
 */
final class JdbcRectificationStore extends JdbcStore<RectificationId, RectificationItem>
    implements RectificationStore {

  private static final String APPEND = "INSERT INTO chuxin_rectification_change"
      + " (item_id, revision, actor, at_second, at_nano, kind, summary) VALUES (?, ?, ?, ?, ?, ?, ?)";

  JdbcRectificationStore(JdbcStorage.View view) {
    super(view, AggregateType.RECTIFICATION_ITEM);
  }

  @Override
  void beforeWrite(Connection c, Optional<RectificationItem> old, RectificationItem item) {
    if (old.isEmpty()) {
      return;
    }
    ItemChanges.requireAppendOnly(old.get(), item);
  }

  @Override
  void afterWrite(Connection c, Optional<RectificationItem> old, Versioned<RectificationItem> written, String actor)
      throws SQLException {
    ChangeRecord record = ItemChanges.record(old, written, actor, view.clock().instant());
    try (PreparedStatement ps = c.prepareStatement(APPEND)) {
      bind(ps, record);
      if (ps.executeUpdate() != 1) {
        throw new IllegalStateException("the change record of " + record.item() + " was not written");
      }
    }
  }

  /** Free text as stored: on PostgreSQL with U+0000 encoded (see {@link NulText}). */
  private String text(String value) {
    return view.dialect() == Dialect.POSTGRESQL ? NulText.encode(value) : value;
  }

  private String untext(String stored) {
    return view.dialect() == Dialect.POSTGRESQL ? NulText.decode(stored) : stored;
  }

  private void bind(PreparedStatement ps, ChangeRecord record) throws SQLException {
    ps.setString(1, record.item().value());
    ps.setLong(2, record.revision().value());
    ps.setString(3, text(record.actor()));
    ps.setLong(4, record.at().getEpochSecond());
    ps.setInt(5, record.at().getNano());
    ps.setString(6, record.kind().name());
    ps.setString(7, text(record.summary()));
  }

  /** A bulk save appends the CREATED records in batches too. */
  @Override
  void afterBulk(Connection c, List<Versioned<RectificationItem>> written, @Nullable Object prepared)
      throws SQLException {
    Instant at = view.clock().instant();
    try (PreparedStatement ps = c.prepareStatement(APPEND)) {
      int pending = 0;
      for (int i = 0; i < written.size(); i++) {
        bind(ps, ItemChanges.record(Optional.empty(), written.get(i), UNKNOWN_ACTOR, at));
        ps.addBatch();
        if (++pending == BATCH_SIZE || i == written.size() - 1) {
          Sql.checkBatch(ps.executeBatch(), pending, "change records of a bulk save");
          pending = 0;
        }
      }
    }
  }

  @Override
  public List<ChangeRecord> history(RectificationId item) {
    require(Capability.CHANGE_HISTORY);
    Objects.requireNonNull(item, "item");
    return view.session().call(c -> {
      Sql visible = new Sql("SELECT 1 FROM chuxin_rectification_item t WHERE t.id = ?").add("", item.value());
      restrictToScope(c, visible);
      if (visible.first(c, rs -> 1).isEmpty()) {
        return List.of();
      }
      return List.copyOf(new Sql("SELECT revision, actor, at_second, at_nano, kind, summary"
          + " FROM chuxin_rectification_change WHERE item_id = ? ORDER BY revision").add("", item.value())
          .list(c, rs -> new ChangeRecord(item, Revision.of(rs.getLong(1)), untext(rs.getString(2)),
              Instant.ofEpochSecond(rs.getLong(3), rs.getInt(4)), ChangeKind.valueOf(rs.getString(5)),
              untext(rs.getString(6)))));
    });
  }
}
