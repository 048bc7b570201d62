package io.github.chuxin.persistence;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;

/**
 * The store of organisations, the tree's units 組織存儲 (组织存储).
 *
 * <p>The criteria it answers are those of {@link AggregateKind}. A write that would hang a unit
 * inside its own subtree is refused with {@link TreeCycleException}, also when two writers race to
 * make the cycle together: the stored parent links never form a cycle.
 */
public interface OrganisationStore extends AggregateStore<OrgId, Organisation> {
}
