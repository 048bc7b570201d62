package io.github.chuxin.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chuxin.persistence.ConcurrencyConflictException;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Revision;
import io.github.chuxin.persistence.StorageFailureException;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bulk save raced by another writer that commits one of its ids after the bulk save checked them
 * and before its batch reaches the table: the batch fails on the unique key, and the conflict still
 * names the id that was taken, typed, with the revision stored, and writes nothing.
 */
class BulkSaveRaceTest {

  /** Hands out connections that let the racer commit its item just before the bulk insert is prepared. */
  private static final class Racing extends WrappingDataSource {
    private final AtomicBoolean armed = new AtomicBoolean();
    private final Runnable racer;

    Racing(DataSource target, Runnable racer) {
      super(target);
      this.racer = racer;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection real = target.getConnection();
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            if (method.getName().equals("prepareStatement")
                && ((String) args[0]).startsWith("INSERT INTO chuxin_rectification_item") && armed.getAndSet(false)) {
              racer.run();
            }
            return invoke(real, method, args);
          });
    }
  }

  private static DataSource fresh(String database) {
    return database.equals("H2") ? Databases.freshH2() : Databases.freshPostgres();
  }

  private static List<RectificationItem> items(String... ids) {
    return java.util.Arrays.stream(ids).map(SchemaAndHistoryTest::fullItem).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"H2", "PostgreSQL"})
  void aConflictRacedIntoABulkSaveNamesTheTakenIdAndWritesNothing(String database) {
    DataSource plain = fresh(database);
    JdbcStorage other = Databases.migrated(plain);
    RectificationItem racing = SchemaAndHistoryTest.fullItem("bulk-3");
    Racing racingSource = new Racing(plain, () -> other.rectifications().save(racing, ExpectedRevision.expectNew()));
    JdbcStorage storage = Databases.migrated(racingSource);
    racingSource.armed.set(true);

    assertThatThrownBy(() -> storage.rectifications().saveAll(items("bulk-1", "bulk-2", "bulk-3", "bulk-4")))
        .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> {
          assertThat(e.id()).isEqualTo(RectificationId.of("bulk-3"));
          assertThat(e.expected()).isEqualTo(ExpectedRevision.expectNew());
          assertThat(e.current()).contains(Revision.first());
        });
    assertThat(racingSource.armed).isFalse();
    for (String id : List.of("bulk-1", "bulk-2", "bulk-4")) {
      assertThat(storage.rectifications().find(RectificationId.of(id))).isEmpty();
    }
    assertThat(storage.rectifications().find(RectificationId.of("bulk-3")).orElseThrow().value()).isEqualTo(racing);
  }

  @ParameterizedTest
  @ValueSource(strings = {"H2", "PostgreSQL"})
  void aUnitOfWorkThatCatchesTheRacedConflictDoesNotCommit(String database) {
    DataSource plain = fresh(database);
    JdbcStorage other = Databases.migrated(plain);
    Racing racingSource = new Racing(plain,
        () -> other.rectifications().save(SchemaAndHistoryTest.fullItem("uow-2"), ExpectedRevision.expectNew()));
    JdbcStorage storage = Databases.migrated(racingSource);

    assertThatThrownBy(() -> storage.inTransaction(tx -> {
      tx.rectifications().save(SchemaAndHistoryTest.fullItem("uow-0"), ExpectedRevision.expectNew());
      racingSource.armed.set(true);
      try {
        tx.rectifications().saveAll(items("uow-1", "uow-2"));
      } catch (ConcurrencyConflictException e) {
        assertThat(e.id()).isEqualTo(RectificationId.of("uow-2"));
      }
      return null;
    })).isInstanceOfSatisfying(StorageFailureException.class,
        e -> assertThat(e.outcome()).isEqualTo(StorageFailureException.Outcome.NOT_APPLIED));
    assertThat(storage.rectifications().find(RectificationId.of("uow-0"))).isEmpty();
    assertThat(storage.rectifications().find(RectificationId.of("uow-1"))).isEmpty();
  }
}
