package io.github.chuxin.persistence;

import io.github.chuxin.leadership.ScheduleItem;

/**
 * The store of the schedule 工作安排存儲 (工作安排存储): monthly focuses and weekly arrangements.
 *
 * <p>A schedule item has no identifier of its own; the store keys it by its unit, kind and the
 * first day of its window ({@link ScheduleItemKey#of(ScheduleItem)}), so a unit has at most one
 * item of a kind starting on a day, and changing the title or measure of an item is an update
 * of it (moving its window or unit makes another item). The criteria it answers are those of
 * {@link AggregateKind}.
 */
public interface ScheduleStore extends AggregateStore<ScheduleItemKey, ScheduleItem> {
}
