/**
 * chuxin Jackson: the Jackson 2 module for the campaign's model, the streaming snapshot reader and
 * writer, and the ledger export.
 *
 * <p>Jackson's databind types are in the API ({@code ChuxinModule} is a Jackson module, the codecs
 * take its generators and parsers), so they are read transitively, as is the core module. The CSV
 * format is used inside only. The package {@code io.github.chuxin.json} is open so that the JSON
 * Schema of the snapshot, {@code SnapshotFormat.SCHEMA_RESOURCE}, can be read as a resource from
 * other modules.
 */
module io.github.chuxin.jackson {
  requires transitive io.github.chuxin.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static transitive org.jspecify;

  exports io.github.chuxin.export;
  exports io.github.chuxin.json;

  opens io.github.chuxin.json;
}
