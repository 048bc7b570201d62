/**
 * Exports of reports 報表導出 (报表导出): the rectification ledger as CSV (RFC 4180, UTF-8 with a
 * byte-order mark) through Jackson's CSV data format, and as JSON
 * ({@link io.github.chuxin.export.LedgerExport}).
 *
 * <p>The rows themselves are built in {@link io.github.chuxin.report.ledger}.
 */
@NullMarked
package io.github.chuxin.export;

import org.jspecify.annotations.NullMarked;
