package io.github.chuxin.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.chuxin.json.ChuxinModule;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.jdbc.JdbcStorage;
import io.github.chuxin.rectification.RectificationItem;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Workload 5a: bulk save of 100,000 rectification items through the JDBC adapter into an embedded
 * PostgreSQL 17 (batch rewriting on), against raw JDBC batches of the same rows (the same
 * columns and the same JSON payloads, encoded beforehand, and the same "created" change record per
 * item) into the same tables. Each measured save gets a fresh database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StorageBenchmark {

  private static final int ITEMS = 100_000;
  private static final int BATCH = 1_000;
  private static final String INSERT = "INSERT INTO chuxin_rectification_item"
      + " (id, revision, payload, unit_id, lead_leader, status, deadline, done) VALUES (?, 1, ?, ?, ?, ?, ?, ?)";

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-09-01T00:00:00Z"), ZoneOffset.UTC);
  private static final String APPEND = "INSERT INTO chuxin_rectification_change"
      + " (item_id, revision, actor, at_second, at_nano, kind, summary) VALUES (?, 1, ?, ?, ?, ?, ?)";

  private EmbeddedPostgres server;
  private int databases;
  private DataSource dataSource;
  private JdbcStorage storage;
  private List<RectificationItem> items;
  private String[] payloads;

  /**
   * Starts the server, applies the migrations and prepares the rows.
   *
   * @throws IOException if the server cannot start
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = EmbeddedPostgres.builder().start();
    int[] parents = Shapes.layered(27_600, 2019);
    List<Organisation> orgs = National.organisations(parents);
    items = National.items(orgs, ITEMS, 11);
    ObjectMapper mapper = JsonMapper.builder().addModule(new ChuxinModule()).build();
    payloads = new String[ITEMS];
    for (int i = 0; i < ITEMS; i++) {
      payloads[i] = mapper.writeValueAsString(items.get(i));
    }
  }

  /**
   * Gives each measured save a fresh, migrated database (the change history refuses deletes, so
   * tables cannot be emptied).
   *
   * @throws SQLException if the database fails
   */
  @Setup(Level.Iteration)
  public void freshDatabase() throws SQLException {
    String name = "bench_" + (++databases);
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    PGSimpleDataSource ds = (PGSimpleDataSource) server.getDatabase("postgres", name);
    ds.setReWriteBatchedInserts(true);
    dataSource = ds;
    storage = JdbcStorage.builder(ds).clock(CLOCK).build();
    storage.migrate();
  }

  /**
   * Stops the server.
   *
   * @throws IOException if it cannot stop
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    server.close();
  }

  /**
   * The library: the adapter's bulk save, all or nothing, with its id check and encoding.
   *
   * @return the number saved
   */
  @Benchmark
  public int bulkSave() {
    return storage.rectifications().saveAll(items).size();
  }

  /**
   * The baseline: raw JDBC batches of the same rows in one transaction.
   *
   * @return the number saved
   * @throws SQLException if the database fails
   */
  @Benchmark
  public int baselineBulkSave() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      int written = 0;
      try (PreparedStatement ps = c.prepareStatement(INSERT)) {
        for (int i = 0; i < ITEMS; i++) {
          RectificationItem item = items.get(i);
          ps.setString(1, item.id().value());
          ps.setString(2, payloads[i]);
          ps.setString(3, item.responsibleUnit().value());
          ps.setString(4, item.leadLeader().map(LeaderId::value).orElse(null));
          ps.setString(5, item.status().name());
          ps.setDate(6, item.effectiveDeadline().map(Date::valueOf).orElse(null));
          ps.setBoolean(7, item.status().isDone());
          ps.addBatch();
          if ((i + 1) % BATCH == 0 || i == ITEMS - 1) {
            for (int count : ps.executeBatch()) {
              written += count == Statement.SUCCESS_NO_INFO ? 1 : count;
            }
          }
        }
      }
      Instant at = CLOCK.instant();
      try (PreparedStatement ps = c.prepareStatement(APPEND)) {
        for (int i = 0; i < ITEMS; i++) {
          RectificationItem item = items.get(i);
          ps.setString(1, item.id().value());
          ps.setString(2, "unknown");
          ps.setLong(3, at.getEpochSecond());
          ps.setInt(4, at.getNano());
          ps.setString(5, "CREATED");
          ps.setString(6, "created with status " + item.status());
          ps.addBatch();
          if ((i + 1) % BATCH == 0 || i == ITEMS - 1) {
            ps.executeBatch();
          }
        }
      }
      c.commit();
      return written;
    }
  }
}
