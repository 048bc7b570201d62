package io.github.chuxin.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks every document the library writes against the shipped JSON Schema with an independent validator. */
class SchemaTest {

  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = SnapshotFormat.class.getResourceAsStream(SnapshotFormat.SCHEMA_RESOURCE)) {
      assertThat(in).as("the schema is on the class path").isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(in, InputFormat.JSON);
    }
  }

  private static List<Error> errors(byte[] document) {
    return schema.validate(new String(document, StandardCharsets.UTF_8), InputFormat.JSON);
  }

  @Test
  void theRichSnapshotDocumentValidatesAgainstTheSchema() {
    assertThat(errors(RoundTripTest.write(Snapshots.rich()))).isEmpty();
  }

  @Test
  void everyGeneratedSnapshotDocumentValidatesAgainstTheSchema() {
    qt().withExamples(200).forAll(SnapshotGen.snapshots())
        .checkAssert(snapshot -> assertThat(errors(RoundTripTest.write(snapshot))).isEmpty());
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    String rich = new String(RoundTripTest.write(Snapshots.rich()), StandardCharsets.UTF_8);
    List<String> broken = List.of(
        rich.replace("\"formatVersion\":1", "\"formatVersion\":2"),
        rich.replace("\"bureau-level-unit\"", "\"BUREAU_LEVEL_UNIT\""),
        rich.replace("\"original\":\"2019-09-30\"", "\"original\":20190930"),
        rich.replace("\"name\":\"市委\"", "\"name\":\"市委\",\"@class\":\"java.lang.Runtime\""),
        rich.replace("\"id\":\"city\",", ""));
    for (String document : broken) {
      assertThat(document).isNotEqualTo(rich);
      assertThat(schema.validate(document, InputFormat.JSON)).as(document).isNotEmpty();
    }
  }

  @Test
  void theSchemaListsExactlyTheCodesOfEveryModelEnum() throws IOException {
    JsonNode defs;
    try (InputStream in = SnapshotFormat.class.getResourceAsStream(SnapshotFormat.SCHEMA_RESOURCE)) {
      defs = new ObjectMapper().readTree(in).get("$defs");
    }
    List<String> inSchema = new ArrayList<>();
    defs.forEach(def -> {
      if (def.has("enum")) {
        def.get("enum").forEach(code -> inSchema.add(code.textValue()));
      }
    });
    List<String> inModel = new ArrayList<>();
    for (Class<? extends Enum<?>> type : Codecs.ENUM_TYPES) {
      String name = type.getSimpleName();
      if (name.equals("Language") || name.equals("Term") || name.equals("Cadence")) {
        continue; // not part of the snapshot document
      }
      for (Enum<?> constant : type.getEnumConstants()) {
        String code = Codes.code(constant);
        assertThat(code).matches("[a-z0-9]+(-[a-z0-9]+)*");
        inModel.add(code);
      }
    }
    assertThat(inSchema).containsExactlyInAnyOrderElementsOf(inModel);
  }

  @Test
  void theSchemaIsDraft2020AndTheSameFileIsInTheRepository() throws IOException {
    Path source = Path.of("src/main/resources" + SnapshotFormat.SCHEMA_RESOURCE);
    String text = Files.readString(source, StandardCharsets.UTF_8);
    assertThat(text).contains("draft/2020-12/schema");
    try (InputStream in = SnapshotFormat.class.getResourceAsStream(SnapshotFormat.SCHEMA_RESOURCE)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
    }
    try (Stream<String> lines = text.lines()) {
      assertThat(lines.anyMatch(l -> l.toLowerCase(Locale.ROOT).contains("\"formatversion\"")))
          .isTrue();
    }
  }
}
