package io.github.chuxin.persistence.jdbc;

import io.github.chuxin.id.Identifier;
import io.github.chuxin.persistence.AggregateKind;
import io.github.chuxin.persistence.AggregateType;
import io.github.chuxin.rectification.RectificationStatus;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where each kind of aggregate lies in the database: its table, which holds the id, the revision,
 * the JSON payload of the whole value, and the real columns the queries filter on (every one
 * indexed). Everything else about a kind, and the values of these columns, come from its
 * {@link AggregateType}. The names are fixed here, in the code: they are the allow-list of what a
 * statement may name.
 *
 * @param name the table's name
 * @param columns its filter columns, in the order the statements bind them
 */
record JdbcTable(String name, List<JdbcTable.Column> columns) {

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
