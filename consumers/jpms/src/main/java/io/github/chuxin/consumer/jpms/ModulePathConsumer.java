package io.github.chuxin.consumer.jpms;

import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.BatchId;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.json.SnapshotFormat;
import io.github.chuxin.json.SnapshotReader;
import io.github.chuxin.json.SnapshotWriter;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.jdbc.JdbcStorage;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.validation.Validator;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Uses each published module from the module path: builds a small campaign with the core model,
 * validates it (a vavr {@code Validation}), writes and reads it as a JSON snapshot and reads the
 * snapshot's schema resource (chuxin-jackson), migrates an H2 database and stores and finds the
 * campaign's units (chuxin-persistence-jdbc, its Flyway migrations found in the module), and checks
 * that the adapter's internal package is not exported. Any failure ends the run with an exception.
 */
public final class ModulePathConsumer {

  private ModulePathConsumer() {
  }

  /**
   * Runs the checks and prints one line for each.
   *
   * @param args none
   * @throws Exception when a check fails
   */
  public static void main(String[] args) throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2019-09-01T00:00:00Z"), ZoneOffset.UTC);
    Batch first = Batch.builder().id(BatchId.of("first")).number(1)
        .window(DateWindow.ofClosed(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 8, 31))).build();
    Organisation city = Organisation.builder().id(OrgId.of("bj")).kind(OrgKind.MUNICIPAL_COMMITTEE)
        .name("中共北京市委").build();
    Organisation subway = Organisation.builder().id(OrgId.of("subway")).parentId(city.id())
        .kind(OrgKind.BUREAU_LEVEL_UNIT).name("地鐵公司").build();
    Campaign campaign = Campaign.builder().id(CampaignId.of("beijing-2019")).addBatches(first)
        .addAssignments(BatchAssignment.of(subway.id(), first.id())).build();
    CampaignSnapshot data = CampaignSnapshot.builder().campaign(campaign).addOrganisations(city, subway).build();

    Validation<Seq<Violation>, CampaignSnapshot> checked = Validator.defaults().validate(data, clock);
    say("core: validated, " + (checked.isValid() ? "no violations" : checked.getError().size() + " violations"));

    ByteArrayOutputStream json = new ByteArrayOutputStream();
    SnapshotWriter.create().write(data, json);
    CampaignSnapshot back = SnapshotReader.create().read(new ByteArrayInputStream(json.toByteArray()));
    require(back.equals(data), "the snapshot read back equals the one written");
    say("jackson: snapshot of " + json.size() + " bytes written and read back equal");
    try (InputStream schema = SnapshotFormat.class.getResourceAsStream(SnapshotFormat.SCHEMA_RESOURCE)) {
      require(schema != null, "the snapshot schema resource is readable from another module");
      say("jackson: schema resource of " + schema.readAllBytes().length + " bytes");
    }

    JdbcStorage storage = JdbcStorage.builder(new H2("jdbc:h2:mem:consumer-jpms;DB_CLOSE_DELAY=-1"))
        .clock(clock).build();
    int migrations = storage.migrate();
    storage.organisations().saveAll(List.of(city, subway));
    require(storage.organisations().find(subway.id()).isPresent(), "the stored unit is found");
    say("jdbc: " + migrations + " migrations applied on " + storage.dialect() + ", 2 units stored and found");

    Module adapter = JdbcStorage.class.getModule();
    require(adapter.isNamed() && !adapter.isExported("io.github.chuxin.persistence.jdbc.internal"),
        "the adapter's internal package is not exported");
    say("modules: " + adapter.getDescriptor().toNameAndVersion() + " exports "
        + adapter.getDescriptor().exports().size() + " package(s), not its internal one");
  }

  private static void say(String line) {
    System.out.println("[consumer-jpms] " + line);
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("consumer check failed: " + what);
    }
  }

  /** The smallest {@link DataSource}: a new connection from the driver manager each time. */
  private static final class H2 implements DataSource {

    private final String url;

    H2(String url) {
      this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public @Nullable PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(@Nullable PrintWriter out) {
      // no log
    }

    @Override
    public void setLoginTimeout(int seconds) {
      DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
      return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
