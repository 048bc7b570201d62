package io.github.chuxin.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * Checks every document the library writes against the shipped JSON Schema with two independent validators, and
 * that the schema is one the strict validators of other languages compile.
 */
class SchemaTest {

  private static SchemaValidators schema;

  @BeforeAll
  static void loadSchema() {
    schema = SchemaValidators.resource(SnapshotFormat.SCHEMA_RESOURCE);
  }

  private static SchemaValidators.Verdicts verdicts(byte[] document) {
    return schema.verdicts(new String(document, StandardCharsets.UTF_8));
  }

  @Test
  void theRichSnapshotDocumentValidatesAgainstTheSchema() {
    assertThat(verdicts(RoundTripTest.write(Snapshots.rich())).bothAccept()).isTrue();
  }

  @Test
  void everyGeneratedSnapshotDocumentValidatesAgainstTheSchema() {
    qt().withExamples(200).forAll(SnapshotGen.snapshots())
        .checkAssert(snapshot -> assertThat(verdicts(RoundTripTest.write(snapshot)))
            .satisfies(v -> assertThat(v.bothAccept()).as("%s", v).isTrue()));
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    String rich = new String(RoundTripTest.write(Snapshots.rich()), StandardCharsets.UTF_8);
    List<String> broken = List.of(
        rich.replace("\"formatVersion\":1", "\"formatVersion\":2"),
        rich.replace("\"bureau-level-unit\"", "\"BUREAU_LEVEL_UNIT\""),
        rich.replace("\"original\":\"2019-09-30\"", "\"original\":20190930"),
        rich.replace("\"original\":\"2019-09-30\"", "\"original\":\"2019-09-31\""),
        rich.replace("\"original\":\"2019-09-30\"", "\"original\":\"9999-99-99\""),
        rich.replace("\"2019-07-06T01:02:03Z\"", "\"2019-07-06T01:02Z\""),
        rich.replace("\"id\":\"p-1\"", "\"id\":\"p\\ud800\""),
        rich.replace("[\"branch 7/1", "[\"city\",\"branch 7/1"),
        rich.replace("\"name\":\"市委\"", "\"name\":\"市委\",\"@class\":\"java.lang.Runtime\""),
        rich.replace("\"id\":\"city\",", ""));
    for (String document : broken) {
      assertThat(document).isNotEqualTo(rich);
      assertThat(schema.verdicts(document)).as(document).satisfies(v -> {
        assertThat(v.networknt().valid()).as("networknt: %s", v).isFalse();
        assertThat(v.skema().valid()).as("json-sKema: %s", v).isFalse();
      });
      assertThat(SchemaAgreementTest.refusal(document)).as(document).isNotNull();
    }
  }

  @Test
  void anIntegerWrittenWithAZeroFractionIsAnIntegerToBothValidatorsAndTheReader() {
    String rich = new String(RoundTripTest.write(Snapshots.rich()), StandardCharsets.UTF_8);
    for (String document : List.of(rich.replace("\"attendance\":85", "\"attendance\":85.0"),
        rich.replace("\"attendance\":85", "\"attendance\":8.5e1"),
        rich.replace("\"formatVersion\":1,", "\"formatVersion\":1.0,"))) {
      assertThat(document).isNotEqualTo(rich);
      assertThat(schema.verdicts(document)).satisfies(v -> assertThat(v.bothAccept()).as("%s", v).isTrue());
      assertThat(SchemaAgreementTest.refusal(document)).isNull();
    }
    String fraction = rich.replace("\"attendance\":85", "\"attendance\":85.5");
    assertThat(schema.verdicts(fraction)).satisfies(v -> assertThat(v.bothJudged() && !v.networknt().accepts()
        && !v.skema().accepts()).as("%s", v).isTrue());
    assertThat(SchemaAgreementTest.refusal(fraction)).isNotNull();
  }

  @Test
  void theSchemaIsNamedByAValidUrnThatCarriesTheFormatVersion() throws IOException {
    JsonNode root = new ObjectMapper().readTree(SchemaValidators.text(SnapshotFormat.SCHEMA_RESOURCE));
    // RFC 8141: "urn:" NID ":" NSS, the NID of letters, digits and inner hyphens (no dots), 2 to 32 long
    assertThat(root.get("$id").textValue()).matches("urn:[A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:[^:]+(:[^:]+)*")
        .isEqualTo("urn:chuxin:snapshot:" + SnapshotFormat.CURRENT_VERSION);
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
