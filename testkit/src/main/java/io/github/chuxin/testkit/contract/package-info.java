/**
 * The storage contract kit 存儲契約測試 (存储契约测试): {@link io.github.chuxin.testkit.contract.StorageContract},
 * which an adapter's own test extends with one class that supplies its storage. The kit composes
 * one class per group of tests ({@link io.github.chuxin.testkit.contract.RoundTripContract},
 * {@link io.github.chuxin.testkit.contract.ConflictContract}, …), each run as a nested group of
 * the entry class.
 */
@NullMarked
package io.github.chuxin.testkit.contract;

import org.jspecify.annotations.NullMarked;
