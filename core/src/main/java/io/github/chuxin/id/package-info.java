/**
 * Identifiers: the small value types that name every stored element, and the rule they share.
 */
@NullMarked
package io.github.chuxin.id;

import org.jspecify.annotations.NullMarked;
