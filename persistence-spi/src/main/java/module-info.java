/**
 * chuxin persistence SPI: the store interfaces and their queries, paging, revisions, conflicts and
 * units of work ({@code io.github.chuxin.persistence}), the base classes an adapter builds on
 * ({@code io.github.chuxin.persistence.support}) and the in-memory reference store
 * ({@code io.github.chuxin.persistence.memory}).
 *
 * <p>The stores take and return the core model's types, so the core module is read transitively.
 */
@SuppressWarnings("requires-automatic") // org.immutables.value, compile time only: see core
module io.github.chuxin.persistence {
  requires transitive io.github.chuxin.core;
  requires static transitive org.jspecify;
  requires static org.immutables.value;

  exports io.github.chuxin.persistence;
  exports io.github.chuxin.persistence.memory;
  exports io.github.chuxin.persistence.support;
}
