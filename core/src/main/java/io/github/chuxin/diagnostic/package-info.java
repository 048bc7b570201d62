/**
 * Diagnostics 診斷 (诊断): what validation and the rectification workflow report when data breaks a
 * rule: a {@link io.github.chuxin.diagnostic.Violation} with its stable code, its
 * {@link io.github.chuxin.diagnostic.Severity} and the {@link io.github.chuxin.diagnostic.ElementPath}
 * of the offending element.
 *
 * <p>This package sits below every package that reports violations, so that the model's workflow
 * and the validation engine share one vocabulary without depending on each other.
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.github.chuxin.diagnostic;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
