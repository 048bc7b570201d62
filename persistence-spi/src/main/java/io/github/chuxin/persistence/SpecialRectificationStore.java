package io.github.chuxin.persistence;

import io.github.chuxin.special.SpecialRectificationId;
import io.github.chuxin.special.SpecialRectification;

/**
 * The store of special rectifications 專項整治存儲 (专项整治存储).
 *
 * <p>The criteria it answers are those of {@link AggregateKind}.
 */
public interface SpecialRectificationStore extends AggregateStore<SpecialRectificationId, SpecialRectification> {
}
