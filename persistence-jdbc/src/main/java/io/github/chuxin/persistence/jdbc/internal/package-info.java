/**
 * Internals of the JDBC adapter: not API, may change in any release. The payload codec, the base of
 * the Java migration to schema version 4 and the check of stored text; none of them knows the
 * adapter's API package, which turns their failures into its own exceptions.
 */
@NullMarked
package io.github.chuxin.persistence.jdbc.internal;

import org.jspecify.annotations.NullMarked;
