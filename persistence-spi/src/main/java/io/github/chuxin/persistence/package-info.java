/**
 * The storage SPI 存儲接口 (存储接口): one store per aggregate behind {@link io.github.chuxin.persistence.Storage},
 * with revisions and typed conflicts, units of work, keyset-paged queries, an append-only change
 * history of rectification items, subtree-scoped access and declared capabilities.
 *
 * <p>Each stored kind is described once, by its {@link io.github.chuxin.persistence.AggregateType};
 * the refusals of a write share {@link io.github.chuxin.persistence.StorageRefusedException}.
 * Integrators implement {@link io.github.chuxin.persistence.Storage} (directly, or on the building
 * blocks of {@link io.github.chuxin.persistence.support}) and prove it with the contract kit of the
 * testkit; {@link io.github.chuxin.persistence.memory.InMemoryStorage} is the reference.
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.persistence;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
