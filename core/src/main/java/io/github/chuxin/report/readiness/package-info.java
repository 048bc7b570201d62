/**
 * Batch readiness 批次收尾條件 (批次收尾条件): whether each unit has the records a batch needs to
 * close, from the evidence index of its work records
 * ({@link io.github.chuxin.report.readiness.Readiness}).
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.report.readiness;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
