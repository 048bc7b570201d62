/**
 * Beijing's first batch 北京市第一批 end to end, built from the seed document.
 */
@NullMarked
package io.github.chuxin.examples.beijing;

import org.jspecify.annotations.NullMarked;
