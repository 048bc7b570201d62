package io.github.chuxin.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.OrgKind;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.persistence.ExpectedRevision;
import io.github.chuxin.persistence.Query;
import io.github.chuxin.persistence.ScheduleItemKey;
import io.github.chuxin.persistence.Versioned;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A database left at schema version 1 is brought to the latest version without touching its data. */
class SchemaUpgradeTest {

  @ParameterizedTest
  @ValueSource(strings = {"H2", "PostgreSQL"})
  void aVersionOneDatabaseIsUpgradedKeepingItsDataAndGainsTheNewStores(String database) {
    DataSource ds = database.equals("H2") ? Databases.freshH2() : Databases.freshPostgres();
    JdbcStorage storage = JdbcStorage.builder(ds).clock(Databases.CLOCK).build();
    Flyway atVersionOne = Flyway.configure(JdbcStorage.class.getClassLoader())
        .configuration(JdbcStorage.flyway(ds, storage.dialect()).getConfiguration()).target("1").load();
    assertThat(atVersionOne.migrate().migrationsExecuted).isEqualTo(1);
    Organisation root = Organisation.builder().id(OrgId.of("root")).kind(OrgKind.MUNICIPAL_COMMITTEE)
        .name("root").build();
    Versioned<Organisation> before = storage.organisations().save(root, ExpectedRevision.expectNew());

    assertThat(storage.migrate()).as("only V2, V3 and V4 are left to apply").isEqualTo(3);

    assertThat(storage.organisations().find(root.id())).contains(before);
    storage.leaders().save(Leader.builder().id(LeaderId.of("l")).name("l").unit(root.id()).build(),
        ExpectedRevision.expectNew());
    ScheduleItem june = ScheduleItem.builder().unit(root.id()).kind(ScheduleItem.Kind.MONTHLY_FOCUS)
        .window(DateWindow.ofClosed(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30))).title("June").build();
    storage.schedule().save(june, ExpectedRevision.expectNew());
    assertThat(storage.schedule().find(ScheduleItemKey.of(june)).map(Versioned::value)).contains(june);
    assertThat(storage.leaders().count(Query.builder().subtree(root.id()).build())).isEqualTo(1);
  }
}
