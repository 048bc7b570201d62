/**
 * Problems 檢視問題 (检视问题): problems found by research, opinions, self-examination, citizen requests
 * and guidance, owned by a unit or a leader, and problem lists 問題清單 (问题清单).
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.problem;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
