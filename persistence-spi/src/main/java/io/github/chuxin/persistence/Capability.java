package io.github.chuxin.persistence;

/**
 * What a storage can do 存儲能力 (存储能力); declared up front by {@link Storage#capabilities()} so
 * that callers and the contract kit ask instead of guessing.
 *
 * <p>Optimistic concurrency, finds by id and id-ordered paging without criteria are not
 * capabilities: every storage must provide them.
 */
public enum Capability {
  /** {@link Storage#inTransaction} commits all or nothing across stores. */
  TRANSACTIONS,
  /** Queries answer the {@link Criterion#SUBTREE} and {@link Criterion#BATCH} criteria. */
  SUBTREE_QUERIES,
  /** Queries answer STATUS, DEADLINE_RANGE, OVERDUE and LEAD_LEADER, and counts. */
  FILTERED_QUERIES,
  /** Queries page by an opaque cursor in a stable order, so pages neither lose nor repeat. */
  KEYSET_PAGING,
  /** {@link Storage#scopedTo} limits reads and writes to a subtree. */
  SCOPED_READS,
  /** Rectification items keep an append-only {@link ChangeRecord} history. */
  CHANGE_HISTORY,
  /** {@link AggregateStore#saveAll} inserts a list in one call, all or nothing. */
  BULK_SAVE
}
