/**
 * A storage adapter written from scratch over a directory of JSON files 文件存儲 (文件存储): teaching
 * material for integrators who write their own adapter. Start with {@link
 * io.github.chuxin.examples.filestore.FileStorage}; its Javadoc shows the directory layout and
 * where each promise of the storage SPI is kept. The test {@code FileStorageContractTest} proves it
 * with the contract kit.
 */
@NullMarked
package io.github.chuxin.examples.filestore;

import org.jspecify.annotations.NullMarked;
