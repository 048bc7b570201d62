package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.persistence.CampaignStore;
import io.github.chuxin.persistence.Capability;
import io.github.chuxin.persistence.ForwardingStorage;
import io.github.chuxin.persistence.OrganisationStore;
import io.github.chuxin.persistence.support.AbstractStorage;
import io.github.chuxin.persistence.Storage;
import io.github.chuxin.persistence.jdbc.internal.PayloadCodec;
import io.github.chuxin.persistence.jdbc.internal.UnreadablePayloadException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The JDBC storage 關係數據庫存儲 (关系数据库存储): every store of the SPI over plain JDBC, on
 * PostgreSQL or H2, with all capabilities.
 *
 * <p>Make one from a {@link DataSource} (pooled, in production) and a clock, and bring the schema
 * up to date once with {@link #migrate()} (or let your own pipeline apply the Flyway scripts at
 * {@link Dialect#migrationLocation()}):
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.builder(dataSource).clock(Clock.systemUTC()).build();
 * storage.migrate();
 * storage.rectifications().saveAll(items);   // the bulk path: JDBC batches, row counts checked
 * }</pre>
 *
 * <p>Each store call runs in its own transaction on a connection of the data source; a unit of
 * work ({@link #inTransaction}) runs all its calls on one connection and commits at its end. Writes
 * are optimistic: {@code UPDATE ... WHERE id = ? AND revision = ?}, the stored row locked
 * ({@code SELECT ... FOR UPDATE}) while the revision is checked. Every statement is
 * parameterised; the columns a query filters or sorts on are fixed in the code. Thread-safe.
 *
 * <p><b>Failures.</b> When the database fails, the adapter throws {@link JdbcStorageException}, a
 * {@link io.github.chuxin.persistence.StorageFailureException}, and its
 * {@link io.github.chuxin.persistence.StorageFailureException#outcome() outcome} says what became of
 * the call or unit of work: {@code NOT_APPLIED} when the failure came before the commit (opening the
 * connection, any statement, a lost connection mid-way; the adapter rolls back and the data is as
 * before), {@code UNKNOWN} when the commit itself failed without the database saying it rolled back
 * (the connection broke while committing: re-read before retrying). A unit of work in which a
 * statement failed never commits, even if the work caught the exception. The connection is closed
 * after every failure; the pool is expected to drop broken connections (HikariCP does).
 *
 * <p><b>The tree.</b> A write that would hang a unit in its own subtree, as stored or as given in the
 * same bulk call, and through units stored before their missing parent, throws
 * {@link io.github.chuxin.persistence.TreeCycleException} and writes nothing. Writes that can change
 * the tree's shape (a unit with a parent, or an update of a stored unit) first lock the one row of
 * {@code chuxin_tree_lock} and only then read the paths, so two moves that would close a cycle
 * together run one after the other and the second is refused; a new unit without a parent takes no
 * lock. Organisation writes with a parent are therefore serialised; everything else is not. The
 * lock is an update of that row, so under REPEATABLE READ or SERIALIZABLE a transaction whose
 * snapshot predates a concurrent tree write fails with {@code NOT_APPLIED} rather than read stale
 * paths. A unit of work that writes items and then moves a unit can deadlock with one that does
 * the reverse; the database then aborts one of them ({@code NOT_APPLIED}). Doing a unit of work's
 * organisation writes first avoids it.
 *
 * <p><b>Text.</b> The aggregates are stored as JSON, in which U+0000 is an escape, so every text
 * round-trips on both databases. The free text of the change history (actor and summary) lies in
 * plain {@code text} columns, which on PostgreSQL cannot hold U+0000: there U+0000 is stored as
 * U+FFFF followed by {@code '0'} and U+FFFF as U+FFFF U+FFFF, and reversed on reading; text with
 * neither character is stored as it is. Text with an unpaired surrogate is refused with
 * {@link IllegalArgumentException}, since UTF-8 cannot hold it. Pages come in Java's {@link String#compareTo} order on both
 * databases: H2 compares strings as Java does, and PostgreSQL's {@code COLLATE "C"} id columns
 * compare code points, which is the same order for every valid identifier (identifiers exclude
 * U+E000 to U+FFFF and unpaired surrogates, see {@code Identifier.check}).
 */
public final class JdbcStorage extends ForwardingStorage {

  private static final Set<Capability> CAPABILITIES = Set.copyOf(EnumSet.allOf(Capability.class));

  private final AbstractStorage.Stores<View, JdbcSession> stores = new AbstractStorage.Stores<>(View::new,
      JdbcStore::new, JdbcRectificationStore::new, JdbcGuidanceStore::new, JdbcLeadershipBodyStore::new);
  private final DataSource dataSource;
  private final Dialect dialect;
  private final Clock clock;
  private final PayloadCodec codec = new PayloadCodec();
  private final View root;

  private JdbcStorage(DataSource dataSource, Dialect dialect, Clock clock) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.clock = clock;
    this.root = new View(JdbcSession.pooled(dataSource), Optional.empty());
  }

  /**
   * Returns a builder.
   *
   * @param dataSource where connections come from, not null; for PostgreSQL its URL should say
   *     {@code reWriteBatchedInserts=true} so that bulk saves travel as multi-row inserts
   * @return a new builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /** Builds a {@link JdbcStorage}. */
  public static final class Builder {
    private final DataSource dataSource;
    private Clock clock = Clock.systemUTC();
    private Optional<Dialect> dialect = Optional.empty();

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Sets the clock that stamps the change history (the system UTC clock if not set).
     *
     * @param clock the clock, not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the dialect instead of detecting it from a connection.
     *
     * @param dialect the dialect, not null
     * @return this builder
     */
    public Builder dialect(Dialect dialect) {
      this.dialect = Optional.of(dialect);
      return this;
    }

    /**
     * Builds the storage; detects the dialect with one connection unless it was set.
     *
     * @return the storage
     */
    public JdbcStorage build() {
      return new JdbcStorage(dataSource, dialect.orElseGet(() -> Dialect.detect(dataSource)), clock);
    }
  }

  /**
   * Applies the schema migrations this version ships that the database lacks, in the data
   * source's current schema, recording them in the table {@code chuxin_schema_history}. Safe to
   * call on every start; concurrent calls are serialised by Flyway's lock. A migration that fails
   * rolls back its changes; on H2 the schema history keeps it as failed, and migrating again needs
   * {@code repair()} on {@link #flyway} first (see {@code PayloadsToSnapshotFormat}, schema version 4).
   *
   * @return the number of migrations applied now
   */
  public int migrate() {
    MigrateResult result = flyway(dataSource, dialect).migrate();
    return result.migrationsExecuted;
  }

  /**
   * Returns a Flyway configured for the adapter's migrations, for a pipeline that wants to
   * validate, inspect or apply them itself.
   *
   * @param dataSource the database, not null
   * @param dialect its dialect, not null
   * @return the Flyway instance
   */
  public static Flyway flyway(DataSource dataSource, Dialect dialect) {
    return Flyway.configure(JdbcStorage.class.getClassLoader())
        .dataSource(dataSource)
        .locations(dialect.migrationLocation())
        .table("chuxin_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load();
  }

  /**
   * Returns the dialect in use.
   *
   * @return the dialect
   */
  public Dialect dialect() {
    return dialect;
  }

  @Override
  protected Storage delegate() {
    return root;
  }

  /** One view of the storage: a session (pooled or one unit of work) and a scope. */
  final class View extends AbstractStorage<View, JdbcSession> {

    View(JdbcSession session, Optional<OrgId> scope) {
      super(CAPABILITIES, session, scope, stores);
    }

    JdbcSession session() {
      return work();
    }

    Dialect dialect() {
      return dialect;
    }

    PayloadCodec codec() {
      return codec;
    }

    /**
     * Reads a stored payload; a payload that cannot be read fails as {@link JdbcStorageException} naming its
     * row (built only then: {@code "RECTIFICATION_ITEM rect-1"}, {@code "meeting 7 of leadership body b-1"}).
     */
    <V> V read(String payload, Class<V> type, Supplier<String> row) {
      try {
        return codec.read(payload, type);
      } catch (UnreadablePayloadException e) {
        throw new JdbcStorageException("the stored " + row.get() + " cannot be read: " + e.reason(), e);
      }
    }

    Clock clock() {
      return clock;
    }

    /** The path of a unit: stored, or where a stored child would hang under it. */
    String pathOf(Connection c, OrgId unit) throws SQLException {
      return new Sql("SELECT path FROM chuxin_organisation WHERE id = ?").add("", unit.value())
          .first(c, rs -> rs.getString(1)).orElseGet(() -> Paths.top(unit.value()));
    }

    /** Whether a unit lies in a root's subtree, itself included, following stored parents. */
    boolean inSubtree(Connection c, OrgId root, OrgId unit) throws SQLException {
      if (unit.equals(root)) {
        return true;
      }
      String path = pathOf(c, root);
      return new Sql("SELECT 1 FROM chuxin_organisation WHERE id = ? AND path >= ? AND path < ?")
          .add("", unit.value(), path, Paths.upper(path)).first(c, rs -> 1).isPresent();
    }

    /** Organisations keep the tree's materialised paths beside their rows. */
    @Override
    public OrganisationStore organisations() {
      return new JdbcOrganisationStore(this);
    }

    /** Campaigns keep their batches and assignments as rows too, for batch queries. */
    @Override
    public CampaignStore campaigns() {
      return new JdbcCampaignStore(this);
    }

    @Override
    public <R> R inTransaction(Function<? super Storage, ? extends R> task) {
      Objects.requireNonNull(task, "task");
      if (session().inTransaction()) {
        return task.apply(this);
      }
      return JdbcSession.run(dataSource, "a unit of work", c -> {
        JdbcSession.Bound bound = new JdbcSession.Bound(c);
        try {
          R result = task.apply(new View(bound, scope()));
          return new JdbcSession.Step<>(result, bound.close());
        } finally {
          bound.close();
        }
      });
    }

    @Override
    protected boolean isInSubtree(OrgId root, OrgId unit) {
      return session().call(c -> inSubtree(c, root, unit));
    }
  }
}
