/**
 * The module-path consumer: {@link io.github.chuxin.consumer.jpms.ModulePathConsumer} runs in the
 * build with {@code java --module-path … --module}.
 */
@NullMarked
package io.github.chuxin.consumer.jpms;

import org.jspecify.annotations.NullMarked;
