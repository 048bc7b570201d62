package io.github.chuxin.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.persistence.Criterion;
import io.github.chuxin.persistence.jdbc.JdbcTable.Column;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The adapter's table of kinds agrees with the descriptors and with the migrated schema: each
 * table has exactly the filter columns its kind's criteria read, and every table and column named
 * exists on both databases.
 */
class JdbcTableTest {

  @Test
  void everyKindHasTheFilterColumnsOfTheCriteriaItAnswers() {
    for (AggregateType<?, ?> type : AggregateType.ALL) {
      Set<Criterion> criteria = type.criteria();
      Set<Column> expected = EnumSet.noneOf(Column.class);
      if (type.placement() == AggregateType.Placement.TREE) {
        expected.add(Column.PARENT_ID);
        expected.add(Column.PATH);
      }
      if (criteria.contains(Criterion.BATCH)) {
        expected.add(Column.UNIT_ID);
      }
      if (criteria.contains(Criterion.LEAD_LEADER)) {
        expected.add(Column.LEAD_LEADER);
      }
      if (criteria.contains(Criterion.STATUS)) {
        expected.add(Column.STATUS);
      }
      if (criteria.contains(Criterion.DEADLINE_RANGE)) {
        expected.add(Column.DEADLINE);
      }
      if (criteria.contains(Criterion.OVERDUE)) {
        expected.add(Column.DONE);
      }
      assertThat(JdbcTable.of(type.kind()).columns()).as(type.kind().name()).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void everyTableAndColumnNamedExistsOnBothDatabases() throws SQLException {
    for (DataSource ds : new DataSource[] {Databases.freshH2(), Databases.freshPostgres()}) {
      Databases.migrated(ds);
      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        for (AggregateType<?, ?> type : AggregateType.ALL) {
          JdbcTable table = JdbcTable.of(type.kind());
          String columns = table.columns().stream().map(col -> ", " + col.columnName()).collect(Collectors.joining());
          // names from the adapter's own table, not input: the statement fails if one is missing
          s.executeQuery("SELECT id, revision, payload" + columns + " FROM " + table.name() + " WHERE 1 = 0").close();
        }
      }
    }
  }
}
