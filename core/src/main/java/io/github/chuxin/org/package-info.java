/**
 * The organisation hierarchy 組織體系 (组织体系): units and party organisations of every kind, their
 * member counts, leaders, and {@link io.github.chuxin.org.OrgTree}, an array-backed index that answers
 * parent, children, ancestors, subtree and depth for millions of units.
 */
@NullMarked
@Value.Style(jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC, allowedClasspathAnnotations = Override.class)
package io.github.chuxin.org;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
