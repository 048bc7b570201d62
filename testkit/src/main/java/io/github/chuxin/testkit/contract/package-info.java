/**
 * The storage contract kit 存儲契約測試 (存储契约测试): {@link io.github.chuxin.testkit.contract.StorageContract},
 * which an adapter's own test extends with one class that supplies its storage.
 */
@NullMarked
package io.github.chuxin.testkit.contract;

import org.jspecify.annotations.NullMarked;
