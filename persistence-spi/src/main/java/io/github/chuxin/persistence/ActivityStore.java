package io.github.chuxin.persistence;

import io.github.chuxin.activity.ActivityId;
import io.github.chuxin.activity.Activity;

/**
 * The store of activities held by units 活動記錄存儲 (活动记录存储).
 *
 * <p>The criteria it answers are those of {@link AggregateKind}.
 */
public interface ActivityStore extends AggregateStore<ActivityId, Activity> {
}
