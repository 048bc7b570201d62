/**
 * A consumer of the published jars on the module path, as an application with its own module
 * would use them: it names only the modules it uses directly and gets the rest (the core model,
 * vavr, Jackson, the SPI, Flyway, {@code java.sql}) through their {@code requires transitive}.
 */
module io.github.chuxin.consumer.jpms {
  requires io.github.chuxin.jackson;
  requires io.github.chuxin.persistence.jdbc;
}
