package io.github.chuxin.persistence.memory;

import java.util.function.UnaryOperator;

/** Where a view reads and writes: the committed state, or a unit of work's private copy. */
interface Session {

  State read();

  void write(UnaryOperator<State> change);

  boolean inTransaction();
}
