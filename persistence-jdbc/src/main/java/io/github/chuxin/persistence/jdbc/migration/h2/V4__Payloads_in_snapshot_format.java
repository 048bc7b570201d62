package io.github.chuxin.persistence.jdbc.migration.h2;

import io.github.chuxin.persistence.jdbc.internal.PayloadsToSnapshotFormat;

/**
 * Schema version 4 on H2: every payload in the snapshot format (see {@link PayloadsToSnapshotFormat}).
 * Flyway finds it beside the SQL migrations of {@code h2}.
 */
public final class V4__Payloads_in_snapshot_format extends PayloadsToSnapshotFormat {

  /** Makes the migration. */
  public V4__Payloads_in_snapshot_format() {
  }
}
