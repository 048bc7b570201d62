package io.github.chuxin.persistence;

/**
 * What a {@link ChangeRecord} records 變更類型 (变更类型).
 */
public enum ChangeKind {
  /** The item's first write. */
  CREATED,
  /** A later write that changed the status. */
  STATUS_CHANGED,
  /** A later write that kept the status: it changed other fields, or nothing. */
  UPDATED
}
