package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.id.Identifier;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.rectification.RectificationStatus;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where each kind of aggregate lies in the database: its table, which holds the id, the revision,
 * the JSON payload of the whole value, and the real columns the queries filter on (every one
 * indexed). Everything else about a kind, and the values of these columns, come from its
 * {@link AggregateType}. The names are fixed here, in the code: they are the allow-list of what a
 * statement may name. The twelve tables are made once, each with its INSERT and UPDATE statements
 * and the JDBC types they bind.
 */
final class JdbcTable {

  private static final Map<AggregateKind, JdbcTable> TABLES = tables();

  private final String name;
  private final List<Column> columns;
  private final String insertSql;
  private final String updateSql;
  private final int[] insertTypes;
  private final int[] updateTypes;

  private JdbcTable(String name, List<Column> columns) {
    this.name = name;
    this.columns = List.copyOf(columns);
    StringBuilder names = new StringBuilder("id, revision, payload");
    StringBuilder set = new StringBuilder("UPDATE " + name + " SET revision = ?, payload = ?");
    for (Column col : columns) {
      names.append(", ").append(col.columnName());
      set.append(", ").append(col.columnName()).append(" = ?");
    }
    set.append(" WHERE id = ? AND revision = ?");
    this.insertSql = "INSERT INTO " + name + " (" + names + ") VALUES (" + Sql.marks(3 + columns.size()) + ")";
    this.updateSql = set.toString();
    this.insertTypes = types(3, 0);
    this.updateTypes = types(2, 2);
  }

  /** The table's name. */
  String name() {
    return name;
  }

  /** Its filter columns, in the order the statements bind them. */
  List<Column> columns() {
    return columns;
  }

  /** {@code INSERT INTO t (id, revision, payload, <columns>) VALUES (?, ...)}. */
  String insertSql() {
    return insertSql;
  }

  /** {@code UPDATE t SET revision = ?, payload = ?, <column> = ?... WHERE id = ? AND revision = ?}. */
  String updateSql() {
    return updateSql;
  }

  /** The JDBC types of the INSERT's parameters (for binding nulls); not to be changed. */
  int[] insertTypes() {
    return insertTypes;
  }

  /** The JDBC types of the UPDATE's parameters (for binding nulls); not to be changed. */
  int[] updateTypes() {
    return updateTypes;
  }

  /** The types of a statement's parameters: VARCHAR, but the filter columns' own after {@code before} of them. */
  private int[] types(int before, int after) {
    int[] t = new int[before + columns.size() + after];
    Arrays.fill(t, Types.VARCHAR);
    for (int i = 0; i < columns.size(); i++) {
      t[before + i] = columns.get(i).sqlType();
    }
    return t;
  }

  /** A filter column, named as its constant in lower case; its JDBC type; the descriptor's field it holds. */
  enum Column {
    /** The unit SUBTREE, BATCH and scopes look at. */
    UNIT_ID,
    /** The leader LEAD_LEADER looks at. */
    LEAD_LEADER,
    /** The status STATUS looks at, by name. */
    STATUS,
    /** The (effective) deadline or date DEADLINE_RANGE and OVERDUE look at. */
    DEADLINE,
    /** Whether the status is done, for OVERDUE. */
    DONE,
    /** An organisation's parent; written by {@link JdbcOrganisationStore}. */
    PARENT_ID,
    /** An organisation's materialised path; computed by {@link JdbcOrganisationStore} from the stored tree. */
    PATH;

    /** The column's name in the schema, e.g. {@code unit_id}. */
    String columnName() {
      return name().toLowerCase(Locale.ROOT);
    }

    int sqlType() {
      return switch (this) {
        case DEADLINE -> Types.DATE;
        case DONE -> Types.BOOLEAN;
        case UNIT_ID, LEAD_LEADER, STATUS, PARENT_ID, PATH -> Types.VARCHAR;
      };
    }

    /** The column's value for an aggregate, read through its descriptor; null where the field is empty. */
    <T> Object valueOf(AggregateType<?, T> type, T value) {
      return switch (this) {
        case UNIT_ID -> text(type.unitOf(value));
        case LEAD_LEADER -> text(type.leadLeaderOf(value));
        case STATUS -> type.statusOf(value).map(RectificationStatus::name).orElse(null);
        case DEADLINE -> type.deadlineOf(value).orElse(null);
        case DONE -> type.statusOf(value).map(RectificationStatus::isDone).orElse(null);
        case PARENT_ID, PATH -> null;
      };
    }

    private static Object text(Optional<? extends Identifier> id) {
      return id.map(Identifier::value).orElse(null);
    }
  }

  /** The table of a kind (as created by the migrations). */
  static JdbcTable of(AggregateKind kind) {
    return TABLES.get(kind);
  }

  private static Map<AggregateKind, JdbcTable> tables() {
    Map<AggregateKind, JdbcTable> tables = new EnumMap<>(AggregateKind.class);
    for (AggregateKind kind : AggregateKind.values()) {
      tables.put(kind, make(kind));
    }
    return Collections.unmodifiableMap(tables);
  }

  private static JdbcTable make(AggregateKind kind) {
    return switch (kind) {
      case ORGANISATION -> new JdbcTable("chuxin_organisation", List.of(Column.PARENT_ID, Column.PATH));
      case CAMPAIGN -> new JdbcTable("chuxin_campaign", List.of());
      case PROBLEM -> new JdbcTable("chuxin_problem", List.of(Column.UNIT_ID, Column.LEAD_LEADER));
      case RECTIFICATION_ITEM -> new JdbcTable("chuxin_rectification_item",
          List.of(Column.UNIT_ID, Column.LEAD_LEADER, Column.STATUS, Column.DEADLINE, Column.DONE));
      case SPECIAL_RECTIFICATION -> new JdbcTable("chuxin_special_rectification",
          List.of(Column.UNIT_ID, Column.LEAD_LEADER, Column.DEADLINE));
      case GUIDANCE_GROUP -> new JdbcTable("chuxin_guidance_group", List.of());
      case ACTIVITY -> new JdbcTable("chuxin_activity", List.of(Column.UNIT_ID, Column.LEAD_LEADER, Column.DEADLINE));
      case LEADER -> new JdbcTable("chuxin_leader", List.of(Column.UNIT_ID));
      case LEADERSHIP_BODY -> new JdbcTable("chuxin_leadership_body", List.of(Column.UNIT_ID));
      case IMPLEMENTATION_PLAN -> new JdbcTable("chuxin_implementation_plan", List.of(Column.UNIT_ID, Column.DEADLINE));
      case SCHEDULE_ITEM -> new JdbcTable("chuxin_schedule_item", List.of(Column.UNIT_ID, Column.DEADLINE));
      case PROBLEM_LIST -> new JdbcTable("chuxin_problem_list", List.of(Column.UNIT_ID, Column.LEAD_LEADER));
    };
  }
}
