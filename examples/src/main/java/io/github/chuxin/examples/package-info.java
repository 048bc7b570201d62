/**
 * Runnable scenarios that show the library at work.
 */
@NullMarked
package io.github.chuxin.examples;

import org.jspecify.annotations.NullMarked;
