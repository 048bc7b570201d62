/**
 * Exports of reports 報表導出 (报表导出) with Jackson: the rectification ledger as CSV (RFC 4180,
 * UTF-8 with a byte-order mark) through Jackson's CSV data format, and as JSON.
 *
 * <p>It lives under {@code io.github.chuxin.json} because the model imports no Jackson outside
 * that package; the rows themselves are built in {@link io.github.chuxin.report}.
 */
@NullMarked
package io.github.chuxin.json.report;

import org.jspecify.annotations.NullMarked;
