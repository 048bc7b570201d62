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
 * columns and the same JSON payloads, encoded beforehand) into the same table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StorageBenchmark {

  private static final int ITEMS = 100_000;
  private static final int BATCH = 1_000;
  private static final String INSERT = "INSERT INTO chuxin_rectification_item"
      + " (id, revision, payload, unit_id, lead_leader, status, deadline, done) VALUES (?, 1, ?, ?, ?, ?, ?, ?)";

  private EmbeddedPostgres server;
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
    PGSimpleDataSource ds = (PGSimpleDataSource) server.getPostgresDatabase();
    ds.setReWriteBatchedInserts(true);
    dataSource = ds;
    storage = JdbcStorage.builder(ds).clock(Clock.fixed(Instant.parse("2019-09-01T00:00:00Z"), ZoneOffset.UTC)).build();
    storage.migrate();
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
   * Empties the table before each measured save.
   *
   * @throws SQLException if the database fails
   */
  @Setup(Level.Iteration)
  public void empty() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("DELETE FROM chuxin_rectification_item");
      s.execute("VACUUM chuxin_rectification_item");
    }
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
      c.commit();
      return written;
    }
  }
}
