/**
 * The in-memory reference store 內存存儲 (内存存储): thread-safe, transactional, declares every
 * capability and passes the whole contract kit; the default store of examples and tests.
 */
@NullMarked
package io.github.chuxin.persistence.memory;

import org.jspecify.annotations.NullMarked;
