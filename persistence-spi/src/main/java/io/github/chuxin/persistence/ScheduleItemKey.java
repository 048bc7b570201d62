package io.github.chuxin.persistence;

import io.github.chuxin.id.Identifier;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.OrgId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The key of a schedule item in a {@link ScheduleStore} 工作安排鍵 (工作安排键): its unit, kind and
 * the first day of its window.
 *
 * <p>The {@link #value()} is {@code <start>/<kind>/<unit>}, e.g. {@code 2019-06-03/WEEKLY_ARRANGEMENT/bj-3};
 * the date and kind hold no slash, so the unit, which may, is whatever follows the second one.
 * It may be longer than {@link Identifier#MAX_LENGTH}.
 *
 * @param unit the unit
 * @param kind the kind of item
 * @param start the first day of the item's window
 */
public record ScheduleItemKey(OrgId unit, ScheduleItem.Kind kind, LocalDate start) implements Identifier {

  /**
   * Checks the parts.
   *
   * @param unit the unit, not null
   * @param kind the kind, not null
   * @param start the first day, not null
   */
  public ScheduleItemKey {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
  }

  /**
   * Returns the key of an item.
   *
   * @param item the item, not null
   * @return its key
   */
  public static ScheduleItemKey of(ScheduleItem item) {
    return new ScheduleItemKey(item.unit(), item.kind(), item.window().start());
  }

  /**
   * Parses a key's {@link #value()}.
   *
   * @param value the value, not null
   * @return the key
   * @throws IllegalArgumentException if the value is not of the form {@code <start>/<kind>/<unit>}
   */
  public static ScheduleItemKey parse(String value) {
    Objects.requireNonNull(value, "value");
    int first = value.indexOf('/');
    int second = first < 0 ? -1 : value.indexOf('/', first + 1);
    if (second < 0) {
      throw new IllegalArgumentException("not a schedule item key: '" + value + "'");
    }
    try {
      return new ScheduleItemKey(OrgId.of(value.substring(second + 1)),
          ScheduleItem.Kind.valueOf(value.substring(first + 1, second)), LocalDate.parse(value.substring(0, first)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a schedule item key: '" + value + "'", e);
    }
  }

  @Override
  public String value() {
    return start + "/" + kind.name() + "/" + unit.value();
  }

  @Override
  public String toString() {
    return value();
  }
}
