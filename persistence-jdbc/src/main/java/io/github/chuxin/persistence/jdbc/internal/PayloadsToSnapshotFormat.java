package io.github.chuxin.persistence.jdbc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.chuxin.activity.Activity;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.special.SpecialRectification;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jspecify.annotations.Nullable;

/**
 * Schema version 4, the same on every database: rewrites every payload that the adapter stored up to schema
 * version 3 (JSON of its former reflective codec) as a payload of the snapshot format ({@link PayloadCodec}),
 * and re-hashes the meetings and five-musts records, whose {@code payload_hash} is the SHA-256 of the value's
 * text ({@link PayloadCodec#valueHash}) and de-duplicates them. Two facts of one body or group whose values
 * become equal text are kept once, the one
 * added first, wherever the two lie in the table; this includes a fact that this adapter added again before
 * the schema was migrated, as a payload of the snapshot format beside the old one it could not recognise. A
 * payload that is already in the snapshot format is left as it is. The rows are read and rewritten a page at
 * a time, in the migration's one transaction.
 *
 * <p>The old payloads are decoded by the model's types as they are now, through their builders and
 * constructors, so every value is checked again as it is rebuilt; a row that no longer makes a valid value
 * stops the migration with a {@link FlywayException} naming its table and key, and the transaction rolls back,
 * so no row is changed. What the schema history then says depends on the database: PostgreSQL rolls back the
 * history's entry with the rows, and migrating again retries V4; H2 keeps V4 in the history as failed, and
 * Flyway refuses to migrate until it is repaired: fix the row, run {@code repair()} on the Flyway of
 * {@code JdbcStorage.flyway}, then migrate again.
 *
 * <p>Not API: the migrations {@code V4__Payloads_in_snapshot_format} of each dialect extend it, and Flyway
 * runs them; it may change in any release.
 *
 * <p>Schema version 4 must be applied before this adapter version writes: migrate first, then write. (A fact
 * that it writes before, beside the same fact in the old format, is kept once by the migration, as said above.)
 */
public abstract class PayloadsToSnapshotFormat extends BaseJavaMigration {

  /** Rows read and rewritten per round trip. */
  private static final int PAGE = 500;

  /** The tables that hold a payload at schema version 3, with the type of their payloads. */
  private static final List<Table> TABLES = List.of(
      Table.of("chuxin_organisation", Organisation.class),
      Table.of("chuxin_campaign", Campaign.class),
      Table.of("chuxin_problem", Problem.class),
      Table.of("chuxin_rectification_item", RectificationItem.class),
      Table.of("chuxin_special_rectification", SpecialRectification.class),
      Table.of("chuxin_guidance_group", GuidanceGroup.class),
      Table.of("chuxin_activity", Activity.class),
      Table.of("chuxin_leader", Leader.class),
      Table.of("chuxin_leadership_body", LeadershipBody.class),
      Table.of("chuxin_implementation_plan", ImplementationPlan.class),
      Table.of("chuxin_schedule_item", ScheduleItem.class),
      Table.of("chuxin_problem_list", ProblemList.class),
      new Table("chuxin_five_must_record", "seq", "group_id", FiveMustRecord.class),
      new Table("chuxin_meeting", "seq", "body_id", Meeting.class));

  /**
   * A table: its name, its key, the column within which equal payloads are one fact (the key itself for the
   * versioned kinds, which have no payload hash) and the type of its payloads.
   */
  private record Table(String name, String key, String scope, Class<?> type) {
    static Table of(String name, Class<?> type) {
      return new Table(name, "id", "id", type);
    }

    boolean facts() {
      return key.equals("seq");
    }
  }

  /** One stored row: its key, its payload and its scope. */
  private record Row(Object key, String payload, String scope) {
  }

  /** A row's payload in the snapshot format, and the hash of its value (of a fact; else empty, unless kept as it was). */
  private record Rewritten(String payload, String hash) {
  }

  /** Makes the migration; Flyway takes its version and description from the subclass's name. */
  protected PayloadsToSnapshotFormat() {
  }

  /**
   * Rewrites the payloads.
   *
   * @param context the connection of the migration
   * @throws SQLException if a statement fails
   */
  @Override
  public final void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    PayloadCodec codec = new PayloadCodec();
    ObjectMapper json = new ObjectMapper();
    for (Table table : TABLES) {
      rewrite(c, table, codec, json);
    }
  }

  private static void rewrite(Connection c, Table table, PayloadCodec codec, ObjectMapper json) throws SQLException {
    if (table.facts()) {
      // Every fact's hash is first set aside as the text of its key, which no SHA-256 in hex equals. A row
      // then never takes a hash that another row still holds from before: the row that holds it on a later
      // page, such as a fact this adapter added again before the schema was migrated, is itself a duplicate
      // of the row being rewritten, and is deleted, not updated, when its turn comes.
      try (PreparedStatement aside = c.prepareStatement("UPDATE " + table.name()
          + " SET payload_hash = CAST(seq AS VARCHAR(64))")) {
        aside.executeUpdate();
      }
    }
    try (PreparedStatement update = table.facts()
            ? c.prepareStatement("UPDATE " + table.name() + " SET payload = ?, payload_hash = ? WHERE seq = ?")
            : c.prepareStatement("UPDATE " + table.name() + " SET payload = ? WHERE id = ?");
        PreparedStatement delete = c.prepareStatement("DELETE FROM " + table.name() + " WHERE " + table.key()
            + " = ?")) {
      Set<String> facts = new HashSet<>();
      Object after = table.facts() ? (Object) 0L : "";
      List<Row> rows = page(c, table, after);
      while (!rows.isEmpty()) {
        for (Row row : rows) {
          Rewritten rewritten = current(row, table, codec, json);
          String payload = rewritten.payload();
          String hash = rewritten.hash();
          if (table.facts() && !facts.add(row.scope() + '\n' + hash)) {
            delete.setObject(1, row.key());
            delete.addBatch();
          } else if (table.facts() || !payload.equals(row.payload())) {
            int i = 1;
            update.setString(i++, payload);
            if (table.facts()) {
              update.setString(i++, hash);
            }
            update.setObject(i, row.key());
            update.addBatch();
          }
        }
        delete.executeBatch();
        update.executeBatch();
        rows = page(c, table, rows.get(rows.size() - 1).key());
      }
    }
  }

  private static List<Row> page(Connection c, Table table, Object after) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("SELECT " + table.key() + ", payload, " + table.scope()
        + " FROM " + table.name() + " WHERE " + table.key() + " > ? ORDER BY " + table.key() + " LIMIT ?")) {
      select.setObject(1, after);
      select.setInt(2, PAGE);
      List<Row> rows = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(rs.getObject(1), rs.getString(2), rs.getString(3)));
        }
      }
      return rows;
    }
  }

  /** The row's payload in the snapshot format (as it is if it already is, else rebuilt from the old one). */
  private static Rewritten current(Row row, Table table, PayloadCodec codec, ObjectMapper json) {
    try {
      JsonNode old = json.readTree(row.payload());
      boolean kept = old.has(PayloadCodec.VERSION_FIELD);
      String payload = kept ? row.payload() : codec.write(SchemaThreePayloads.read(old, table.type()), table.type());
      // only facts use the hash; it is worked out for a payload kept as it was too, since valueHash refuses
      // a payload not of the codec's form (one the codec has just written always is)
      return new Rewritten(payload, table.facts() || kept ? PayloadCodec.valueHash(payload) : "");
    } catch (Exception e) {
      Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
      throw new FlywayException("cannot rewrite the payload of " + table.name() + " " + table.key() + " "
          + row.key() + " in the snapshot format: " + cause, cause);
    }
  }

  /**
   * The payloads of schema version 3, as the adapter's former reflective codec wrote them: an Immutables value
   * as an object of the properties its builder sets, a record as an object of its components, an identifier
   * (a record of one string) as that string, an enum constant as its name, a date, instant or zone as its ISO
   * text, an empty {@code Optional} as {@code null}, a list or set as an array.
   */
  private static final class SchemaThreePayloads {

    private SchemaThreePayloads() {
    }

    static @Nullable Object read(@Nullable JsonNode node, Type type) throws ReflectiveOperationException {
      Class<?> raw = raw(type);
      if (node == null || node.isNull()) {
        return raw == Optional.class ? Optional.empty() : null;
      }
      if (raw == Optional.class) {
        return Optional.ofNullable(read(node, argument(type)));
      }
      if (raw == int.class || raw == Integer.class) {
        return node.intValue();
      }
      if (raw == long.class || raw == Long.class) {
        return node.longValue();
      }
      if (raw == boolean.class || raw == Boolean.class) {
        return node.booleanValue();
      }
      if (Collection.class.isAssignableFrom(raw)) {
        List<Object> values = new ArrayList<>();
        for (JsonNode element : node) {
          values.add(read(element, argument(type)));
        }
        return Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>(values) : values;
      }
      if (raw.isRecord()) {
        return record(node, raw);
      }
      if (node.isObject()) {
        return immutable(node, raw);
      }
      String text = node.asText();
      if (raw.isEnum()) {
        return constant(raw, text);
      }
      if (raw == LocalDate.class) {
        return LocalDate.parse(text);
      }
      if (raw == Instant.class) {
        return Instant.parse(text);
      }
      return raw == ZoneId.class ? ZoneId.of(text) : text;
    }

    private static Object record(JsonNode node, Class<?> type) throws ReflectiveOperationException {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] args = new Object[components.length];
      boolean identifier = components.length == 1 && components[0].getType() == String.class;
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        args[i] = identifier ? node.asText() : read(node.get(components[i].getName()), components[i].getGenericType());
      }
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(args);
    }

    private static Object immutable(JsonNode node, Class<?> type) throws ReflectiveOperationException {
      Object builder = type.getMethod("builder").invoke(null);
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        Type propertyType = type.getMethod(property.getKey()).getGenericReturnType();
        Class<?> raw = raw(propertyType);
        if (property.getValue().isNull() && raw != Optional.class) {
          continue;
        }
        Class<?> parameter = raw == Optional.class ? Optional.class
            : Collection.class.isAssignableFrom(raw) ? Iterable.class : raw;
        Method setter = builder.getClass().getMethod(property.getKey(), parameter);
        setter.setAccessible(true);
        setter.invoke(builder, read(property.getValue(), propertyType));
      }
      Method build = builder.getClass().getMethod("build");
      build.setAccessible(true);
      return build.invoke(builder);
    }

    /**
     * The class of a declared type: of a parameterised type its raw class, of a wildcard that of its upper
     * bound.
     *
     * @param type the type
     * @return its class, {@code Object} for a type variable
     */
    private static Class<?> raw(Type type) {
      if (type instanceof ParameterizedType p) {
        return raw(p.getRawType());
      }
      if (type instanceof WildcardType w) {
        return raw(w.getUpperBounds()[0]);
      }
      return type instanceof Class<?> c ? c : Object.class;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object constant(Class<?> type, String name) {
      return Enum.valueOf((Class) type, name);
    }

    private static Type argument(Type type) {
      Type argument = ((ParameterizedType) type).getActualTypeArguments()[0];
      return argument instanceof WildcardType w ? w.getUpperBounds()[0] : argument;
    }
  }
}
