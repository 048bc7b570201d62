package io.github.chuxin.persistence;

import io.github.chuxin.org.OrgId;
import io.github.chuxin.org.Organisation;

/**
 * The store of organisations, the tree's units 組織存儲 (组织存储).
 *
 * <p>The criteria it answers are those of {@link AggregateKind}.
 */
public interface OrganisationStore extends AggregateStore<OrgId, Organisation> {
}
