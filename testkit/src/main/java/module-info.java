/**
 * chuxin testkit: QuickTheories generators and fixtures of campaigns
 * ({@code io.github.chuxin.testkit.fixtures}) and the storage contract kit
 * ({@code io.github.chuxin.testkit.contract}).
 *
 * <p>Its API takes and returns QuickTheories generators and the model and storage types, and the
 * contract kit is a JUnit test class to extend, so those modules are read transitively; AssertJ is
 * used inside only. QuickTheories has no module descriptor: its name is derived from its jar,
 * {@code quicktheories}. The contract package is open to JUnit, which runs the kit's nested test
 * groups by reflection.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"}) // quicktheories: see above
module io.github.chuxin.testkit {
  requires transitive io.github.chuxin.core;
  requires transitive io.github.chuxin.persistence;
  requires transitive quicktheories;
  requires transitive org.junit.jupiter.api;
  requires org.assertj.core;
  requires static transitive org.jspecify;

  exports io.github.chuxin.testkit.contract;
  exports io.github.chuxin.testkit.fixtures;

  opens io.github.chuxin.testkit.contract to org.junit.platform.commons;
}
