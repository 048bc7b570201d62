package io.github.chuxin.persistence.memory;

import java.util.function.UnaryOperator;

/** Where a view reads and writes: the committed state, or a unit of work's private copy. */
interface MemorySession {

  MemoryState read();

  void write(UnaryOperator<MemoryState> change);

  boolean inTransaction();
}
