/**
 * Rectification 整改落實 (整改落实): rectification items that answer problems, with measures,
 * responsible units, deadlines and their extensions, milestones, status history, evidence and sign-off 銷號 (销号).
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.rectification;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
