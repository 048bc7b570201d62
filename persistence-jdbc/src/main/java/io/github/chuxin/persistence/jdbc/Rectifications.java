package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ChangeKind;
import io.github.chuxin.persistence.ChangeRecord;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.ItemChanges;
import io.github.chuxin.persistence.RectificationStore;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.Versioned;
import io.github.chuxin.persistence.jdbc.internal.WellFormed;
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
final class Rectifications extends JdbcStore<RectificationId, RectificationItem> implements RectificationStore {

  private static final String APPEND = "INSERT INTO chuxin_rectification_change"
      + " (item_id, revision, actor, at_second, at_nano, kind, summary) VALUES (?, ?, ?, ?, ?, ?, ?)";

  private final ThreadLocal<String> actor = new ThreadLocal<>();

  Rectifications(JdbcStorage.View view) {
    super(view, Mapping.RECTIFICATIONS, RectificationItem::id);
  }

  @Override
  public Versioned<RectificationItem> save(RectificationItem item, ExpectedRevision expected, String actor) {
    Objects.requireNonNull(actor, "actor");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("actor must not be blank");
    }
    WellFormed.require(actor, "the actor of " + item.id().value());
    this.actor.set(actor);
    try {
      return super.save(item, expected);
    } finally {
      this.actor.remove();
    }
  }

  @Override
  public Versioned<RectificationItem> save(RectificationItem item, ExpectedRevision expected) {
    return save(item, expected, UNKNOWN_ACTOR);
  }

  @Override
  void beforeWrite(Connection c, Optional<RectificationItem> old, RectificationItem item) {
    if (old.isEmpty()) {
      return;
    }
    ItemChanges.requireAppendOnly(old.get(), item);
  }

  @Override
  void afterWrite(Connection c, Optional<RectificationItem> old, Versioned<RectificationItem> written)
      throws SQLException {
    RectificationItem item = written.value();
    ChangeKind kind = ItemChanges.kind(old, item);
    String summary = ItemChanges.summary(old, item);
    String who = Optional.ofNullable(actor.get()).orElse(UNKNOWN_ACTOR);
    try (PreparedStatement ps = c.prepareStatement(APPEND)) {
      bind(ps, item.id().value(), written.revision(), text(who), view.clock().instant(), kind, text(summary));
      if (ps.executeUpdate() != 1) {
        throw new IllegalStateException("the change record of " + item.id() + " was not written");
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

  private static void bind(PreparedStatement ps, String item, Revision revision, String actor, Instant at,
      ChangeKind kind, String summary) throws SQLException {
    ps.setString(1, item);
    ps.setLong(2, revision.value());
    ps.setString(3, actor);
    ps.setLong(4, at.getEpochSecond());
    ps.setInt(5, at.getNano());
    ps.setString(6, kind.name());
    ps.setString(7, summary);
  }

  /** A bulk save appends the CREATED records in batches too. */
  @Override
  void afterBulk(Connection c, List<Versioned<RectificationItem>> written, @Nullable Object prepared)
      throws SQLException {
    Instant at = view.clock().instant();
    try (PreparedStatement ps = c.prepareStatement(APPEND)) {
      int pending = 0;
      for (int i = 0; i < written.size(); i++) {
        RectificationItem item = written.get(i).value();
        bind(ps, item.id().value(), written.get(i).revision(), text(UNKNOWN_ACTOR), at, ChangeKind.CREATED,
            text(ItemChanges.summary(Optional.empty(), item)));
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
