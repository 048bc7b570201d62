/**
 * Diagnostics 診斷 (诊断): what validation and the rectification workflow report when data breaks a
 * rule: a {@link io.github.chuxin.diagnostic.Violation} with its stable code, its
 * {@link io.github.chuxin.diagnostic.Severity} and the {@link io.github.chuxin.diagnostic.ElementPath}
 * of the offending element.
 *
 * <p>It also holds what the model refuses at construction: a
 * {@link io.github.chuxin.diagnostic.ModelConstraint} (each model package lists its own in an enum,
 * beside its checks) and the {@link io.github.chuxin.diagnostic.ModelConstraintException} that
 * carries the constraint's catalogue code.
 *
 * <p>This package sits below every model package and uses only {@code i18n}, so that the model,
 * its workflow and the validation engine share one vocabulary without depending on each other.
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.diagnostic;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
