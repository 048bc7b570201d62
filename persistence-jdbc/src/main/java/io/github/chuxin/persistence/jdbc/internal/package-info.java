/**
 * Internals of the JDBC adapter: not API, may change in any release.
 */
@NullMarked
package io.github.chuxin.persistence.jdbc.internal;

import org.jspecify.annotations.NullMarked;
