package io.github.chuxin.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chuxin.campaign.CampaignId;
import io.github.chuxin.diagnostic.ElementPath;
import io.github.chuxin.diagnostic.Severity;
import io.github.chuxin.diagnostic.Violation;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.json.SnapshotFormatException.Kind;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.validation.ValidationReport;
import io.github.chuxin.validation.Validator;
import io.vavr.collection.Vector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The validation report as an interchange document: it round-trips through JSON, validates against its own schema
 * with both validators, and a malformed or self-contradicting document is refused with a typed error that says
 * where.
 */
class ReportDocumentTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-09-01T00:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static SchemaValidators schema;

  @BeforeAll
  static void compile() {
    schema = SchemaValidators.resource(ReportDocument.SCHEMA_RESOURCE);
  }

  static String write(ValidationReport report, List<Language> languages) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ReportWriter.create().write(report, languages, out);
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReportDocument read(String document) throws IOException {
    return ReportReader.create().read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
  }

  private static ReportFormatException failure(String document) {
    return catchThrowableOfType(ReportFormatException.class, () -> read(document));
  }

  /** A report with the violations a hand-made campaign breaks, and a few made by hand at the format's borders. */
  static ValidationReport sample() {
    ValidationReport validated = Validator.defaults().report(Snapshots.rich(), CLOCK);
    Map<String, String> labelled = Violation.arguments("item", "r.1[2]");
    Violation.putLabelled(labelled, "status", Label.of("completed", "已完成整改", "已完成整改"));
    List<Violation> made = List.of(
        new Violation("TEST-LABELLED-ARGUMENT", Severity.ERROR,
            ElementPath.of("rectification", "r.1[2]").then("history", "0").then("status"), labelled,
            Label.of("Item {item} is {status}; {missing} stays.", "整改项 {item} {status}。", "整改項 {item} {status}。")),
        new Violation("TEST-NO-ARGUMENTS", Severity.INFO, ElementPath.of("campaign"), Map.of(),
            Label.of("Nothing \"quoted\" \\ here\n", "无", "無")));
    return new ValidationReport(validated.snapshot(), validated.violations().appendAll(made));
  }

  private static List<Language> languages(int mask) {
    List<Language> languages = new ArrayList<>();
    for (Language language : Language.values()) {
      if ((mask & (1 << language.ordinal())) != 0) {
        languages.add(language);
      }
    }
    return languages;
  }

  @Test
  void aReportRoundTripsThroughJsonInAnyChoiceOfLanguages() throws IOException {
    ValidationReport report = sample();
    assertThat(report.violations()).hasSizeGreaterThan(2);
    for (int mask = 0; mask < 8; mask++) {
      String text = write(report, languages(mask));
      ReportDocument document = read(text);
      assertThat(document.languages()).isEqualTo(languages(mask));
      assertThat(document.violations()).isEqualTo(report.violations().asJava());
      assertThat(document.valid()).isEqualTo(report.isValid());
      assertThat(ReportReader.create().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
          report.snapshot())).isEqualTo(report);
    }
  }

  @Test
  void theReportOfEveryGeneratedSnapshotRoundTripsAndValidatesAgainstItsSchemaWithBothValidators() {
    qt().withExamples(150).forAll(SnapshotGen.snapshots(), integers().between(0, 7)).checkAssert((snapshot, mask) -> {
      ValidationReport report = Validator.defaults().report(snapshot, CLOCK);
      String text = write(report, languages(mask));
      assertThat(schema.verdicts(text)).satisfies(v -> assertThat(v.bothAccept()).as("%s", v).isTrue());
      try {
        assertThat(ReportReader.create().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            snapshot)).isEqualTo(report);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void aWrittenReportNamesItsMessagesInTheLanguagesAskedFor() throws IOException {
    JsonNode doc = PLAIN.readTree(write(sample(), List.of(Language.TRADITIONAL_CHINESE, Language.ENGLISH)));
    assertThat(doc.get("formatVersion").intValue()).isEqualTo(ReportDocument.FORMAT_VERSION);
    assertThat(doc.get("valid").booleanValue()).isFalse();
    JsonNode labelled = Stream.of(PLAIN.convertValue(doc.get("violations"), JsonNode[].class))
        .filter(v -> v.get("code").textValue().equals("TEST-LABELLED-ARGUMENT")).findFirst().orElseThrow();
    assertThat(labelled.get("severity").textValue()).isEqualTo("error");
    assertThat(labelled.get("location").textValue()).isEqualTo("rectification[r.1[2]].history[0].status");
    assertThat(labelled.get("messages").get("en").textValue()).isEqualTo("Item r.1[2] is completed; {missing} stays.");
    assertThat(labelled.get("messages").get("zh-Hant").textValue()).isEqualTo("整改項 r.1[2] 已完成整改。");
    assertThat(labelled.get("messages").has("zh-Hans")).isFalse();
    assertThat(labelled.get("arguments").get(1).get("name").textValue()).isEqualTo("status");
  }

  /** The sample's document in English and Simplified Chinese, edited. */
  private static String edited(Consumer<ObjectNode> edit) throws IOException {
    ObjectNode doc = (ObjectNode) PLAIN.readTree(write(sample(), List.of(Language.ENGLISH,
        Language.SIMPLIFIED_CHINESE)));
    edit.accept(doc);
    return PLAIN.writeValueAsString(doc);
  }

  private static ObjectNode violation(ObjectNode doc, String code) {
    ArrayNode violations = (ArrayNode) doc.get("violations");
    for (int i = 0; i < violations.size(); i++) {
      if (violations.get(i).get("code").textValue().equals(code)) {
        return (ObjectNode) violations.get(i);
      }
    }
    throw new AssertionError(code);
  }

  private static int index(ObjectNode doc, String code) {
    ArrayNode violations = (ArrayNode) doc.get("violations");
    for (int i = 0; i < violations.size(); i++) {
      if (violations.get(i).get("code").textValue().equals(code)) {
        return i;
      }
    }
    throw new AssertionError(code);
  }

  @Test
  void aMalformedOrSelfContradictingReportIsRefusedWithATypedErrorThatSaysWhere() throws IOException {
    ObjectNode original = (ObjectNode) PLAIN.readTree(edited(doc -> { }));
    int at = index(original, "TEST-LABELLED-ARGUMENT");
    String v = "$.violations[" + at + "]";
    record Case(Consumer<ObjectNode> edit, Kind kind, String path) {}
    List<Case> cases = List.of(
        new Case(doc -> violation(doc, "TEST-LABELLED-ARGUMENT").put("severity", "fatal"), Kind.INVALID_VALUE,
            v + ".severity"),
        new Case(doc -> ((ObjectNode) violation(doc, "TEST-LABELLED-ARGUMENT").get("messages")).put("en", "Hi"),
            Kind.INVALID_VALUE, v + ".messages.en"),
        new Case(doc -> ((ObjectNode) violation(doc, "TEST-LABELLED-ARGUMENT").get("messages")).remove("zh-Hans"),
            Kind.MISSING_FIELD, v + ".messages.zh-Hans"),
        new Case(doc -> ((ObjectNode) violation(doc, "TEST-LABELLED-ARGUMENT").get("messages")).put("zh-Hant", "x"),
            Kind.UNKNOWN_FIELD, v + ".messages.zh-Hant"),
        new Case(doc -> violation(doc, "TEST-LABELLED-ARGUMENT").put("location", "rectification"),
            Kind.INVALID_VALUE, v + ".location"),
        new Case(doc -> ((ArrayNode) violation(doc, "TEST-LABELLED-ARGUMENT").get("arguments")).add(
            PLAIN.createObjectNode().put("name", "item").put("value", "x")), Kind.INVALID_VALUE,
            v + ".arguments[4].name"),
        new Case(doc -> violation(doc, "TEST-LABELLED-ARGUMENT").put("code", "test"), Kind.INVALID_VALUE,
            v + ".code"),
        new Case(doc -> violation(doc, "TEST-LABELLED-ARGUMENT").putArray("path"), Kind.INVALID_VALUE, v + ".path"),
        new Case(doc -> violation(doc, "TEST-LABELLED-ARGUMENT").remove("template"), Kind.MISSING_FIELD,
            v + ".template"),
        new Case(doc -> violation(doc, "TEST-LABELLED-ARGUMENT").put("@class", "java.lang.Runtime"),
            Kind.UNKNOWN_FIELD, v + "['@class']"),
        new Case(doc -> doc.put("valid", true), Kind.INVALID_VALUE, "$.valid"),
        new Case(doc -> doc.put("formatVersion", 2), Kind.UNSUPPORTED_VERSION, "$.formatVersion"),
        new Case(doc -> ((ArrayNode) doc.get("languages")).add("en"), Kind.INVALID_VALUE, "$.languages[2]"),
        new Case(doc -> doc.put("campaign", " padded"), Kind.INVALID_VALUE, "$.campaign"));
    for (Case c : cases) {
      String document = edited(c.edit());
      ReportFormatException e = failure(document);
      assertThat(e).as("%s", c.path()).isNotNull();
      assertThat(e.kind()).as(e.getMessage()).isEqualTo(c.kind());
      assertThat(e.jsonPath()).as(e.getMessage()).isEqualTo(c.path());
      assertThat(e.getMessage()).contains(c.path()).contains(e.expected());
    }
    String whole = edited(doc -> { });
    assertThat(failure(whole.substring(0, whole.length() / 2)).kind()).isEqualTo(Kind.TRUNCATED);
    assertThat(failure(whole + "{}").kind()).isEqualTo(Kind.MALFORMED);
    assertThat(failure("[]").kind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(failure("").kind()).isEqualTo(Kind.TRUNCATED);
    assertThat(failure(whole.replaceFirst("\"valid\":false", "\"valid\":false,\"valid\":false")).kind())
        .isEqualTo(Kind.MALFORMED);
  }

  @Test
  void aReportAboutAnotherCampaignIsRefusedAtItsCampaign() {
    String text = write(sample(), List.of(Language.ENGLISH));
    CampaignSnapshot other = CampaignSnapshot.builder().from(Snapshots.rich())
        .campaign(io.github.chuxin.campaign.Campaign.builder().from(Snapshots.rich().campaign())
            .id(CampaignId.of("another")).build()).build();
    assertThatThrownBy(() -> ReportReader.create().read(new ByteArrayInputStream(text.getBytes(
        StandardCharsets.UTF_8)), other)).isInstanceOfSatisfying(ReportFormatException.class, e -> {
          assertThat(e.jsonPath()).isEqualTo("$.campaign");
          assertThat(e.expected()).contains("'another'");
        });
  }

  @Test
  void theWriterRefusesAViolationWithoutAStableCodeAndALanguageListedTwice() {
    ValidationReport report = new ValidationReport(Snapshots.rich(), Vector.of(new Violation("custom", Severity.INFO,
        ElementPath.of("campaign"), Map.of(), Label.of("a", "b", "c"))));
    assertThatThrownBy(() -> write(report, List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("custom");
    assertThatThrownBy(() -> write(sample(), List.of(Language.ENGLISH, Language.ENGLISH)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theReportSchemaIsNamedByAValidUrnAndListsExactlyTheLanguagesAndSeverities() throws IOException {
    JsonNode root = PLAIN.readTree(SchemaValidators.text(ReportDocument.SCHEMA_RESOURCE));
    assertThat(root.get("$id").textValue()).isEqualTo("urn:chuxin:validation-report:" + ReportDocument.FORMAT_VERSION);
    assertThat(root.get("$schema").textValue()).contains("draft/2020-12/schema");
    assertThat(PLAIN.convertValue(root.at("/$defs/language/enum"), String[].class))
        .containsExactly(Arrays.stream(Language.values()).map(Codes::code).toArray(String[]::new));
    assertThat(PLAIN.convertValue(root.at("/$defs/severity/enum"), String[].class))
        .containsExactly(Arrays.stream(Severity.values()).map(Codes::code).toArray(String[]::new));
    JsonNode snapshotDefs = PLAIN.readTree(SchemaValidators.text(SnapshotFormat.SCHEMA_RESOURCE)).get("$defs");
    for (String shared : List.of("id", "text", "label")) {
      assertThat(root.at("/$defs/" + shared)).as("the report's %s is the snapshot's", shared)
          .isEqualTo(snapshotDefs.get(shared));
    }
  }

  /** What only the report reader checks: the documented exceptions for reports, in the schema's description. */
  enum ReportReaderOnly {
    DUPLICATE_KEYS("duplicate-keys"),
    MESSAGES("messages"),
    LOCATION("location"),
    ARGUMENT_NAMES("argument-names");

    final String schemaName;

    ReportReaderOnly(String schemaName) {
      this.schemaName = schemaName;
    }

    static ReportReaderOnly explaining(ReportFormatException e) {
      if (e.kind() == Kind.MALFORMED && String.valueOf(e.getCause()).contains("Duplicate field")) {
        return DUPLICATE_KEYS;
      }
      if (e.jsonPath().matches("\\$\\.violations\\[\\d+]\\.messages\\..*")) {
        return MESSAGES;
      }
      if (e.jsonPath().matches("\\$\\.violations\\[\\d+]\\.location") && e.kind() == Kind.INVALID_VALUE) {
        return LOCATION;
      }
      if (e.expected().equals("distinct argument names")) {
        return ARGUMENT_NAMES;
      }
      return null;
    }
  }

  @Test
  void theReportSchemasDescriptionListsExactlyTheReaderOnlyChecks() throws IOException {
    String description = PLAIN.readTree(SchemaValidators.text(ReportDocument.SCHEMA_RESOURCE)).get("description")
        .textValue();
    java.util.regex.Matcher item = java.util.regex.Pattern.compile("\\((\\d+)\\) ([a-z-]+):").matcher(description);
    List<String> listed = new ArrayList<>();
    while (item.find()) {
      listed.add(item.group(2));
    }
    assertThat(listed).containsExactlyElementsOf(Arrays.stream(ReportReaderOnly.values()).map(c -> c.schemaName)
        .toList());
  }

  @Test
  void oneEditMutantsOfReportsGetTheSameVerdictFromBothValidatorsAndTheReaderButForTheReaderOnlyChecks() {
    String sample = write(sample(), List.of(Language.ENGLISH, Language.SIMPLIFIED_CHINESE));
    qt().withExamples(600).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      OneEdit edit = OneEdit.values()[r.nextInt(OneEdit.values().length)];
      StringBuilder log = new StringBuilder();
      String mutant = edit.apply(OneEdit.tree(sample.getBytes(StandardCharsets.UTF_8)), r, log);
      SchemaValidators.Verdicts verdicts = schema.verdicts(mutant);
      ReportFormatException refusal = failure(mutant);
      String reader = refusal == null ? "read" : "refused (" + refusal.getMessage() + ")";
      if (!verdicts.bothJudged()) {
        assertThat(refusal).as("%s: %s", log, verdicts).isNotNull();
        assertThat(ReportReaderOnly.explaining(refusal)).as("%s: %s", log, reader)
            .isEqualTo(ReportReaderOnly.DUPLICATE_KEYS);
        return;
      }
      assertThat(verdicts.networknt().valid()).as("%s: %s", log, verdicts).isEqualTo(verdicts.skema().valid());
      if (verdicts.bothAccept() == (refusal == null)) {
        return;
      }
      assertThat(refusal).as("%s: the schema refuses what the reader reads: %s", log, verdicts).isNotNull();
      assertThat(ReportReaderOnly.explaining(refusal)).as("%s: the schema accepts, the reader %s", log, reader)
          .isNotNull();
    });
  }
}
