/**
 * JMH benchmarks of the library at Beijing and national scale, each beside a baseline measured
 * in the same run; {@link io.github.chuxin.benchmarks.Benchmarks} runs them and reports ratios.
 */
@NullMarked
package io.github.chuxin.benchmarks;

import org.jspecify.annotations.NullMarked;
