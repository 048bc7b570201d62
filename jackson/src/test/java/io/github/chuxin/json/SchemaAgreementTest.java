package io.github.chuxin.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema, judged by two independent validators, and the reader reach the same verdict on every document both can
 * judge, except where one of the {@link ReaderOnlyCheck}s explains the difference: the checks the schema's
 * description lists as the reader's alone.
 */
class SchemaAgreementTest {

  /** Generated snapshots, each with one mutant; raise with -Dchuxin.schema.cases for a longer run. */
  private static final int CASES = Integer.getInteger("chuxin.schema.cases", 1000);

  private static SchemaValidators schema;
  private static String rich;
  private static final Map<String, Integer> VERDICTS = new TreeMap<>();
  private static final Map<ReaderOnlyCheck, Integer> EXCEPTIONS = new EnumMap<>(ReaderOnlyCheck.class);

  @BeforeAll
  static void compile() {
    schema = SchemaValidators.resource(SnapshotFormat.SCHEMA_RESOURCE);
    rich = new String(RoundTripTest.write(Snapshots.rich()), StandardCharsets.UTF_8);
  }

  @AfterAll
  static void report() {
    System.out.println("schema/reader agreement: verdicts " + VERDICTS + "; documented exceptions seen "
        + EXCEPTIONS);
  }

  /** The reader's refusal of {@code document}, or null if it reads it. */
  static @Nullable SnapshotFormatException refusal(String document) {
    try {
      SnapshotReader.create().read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
      return null;
    } catch (SnapshotFormatException e) {
      return e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks that the validators and the reader agree on {@code document}, or that a documented reader-only check
   * explains why the reader refuses what both validators accept; records which.
   */
  private static void agree(String document, String what) {
    SchemaValidators.Verdicts verdicts = schema.verdicts(document);
    SnapshotFormatException refusal = refusal(document);
    String reader = refusal == null ? "read" : "refused (" + refusal.getMessage() + ")";
    if (!verdicts.bothJudged()) {
      // json-sKema reads no document with a repeated key; the reader refuses it too
      assertThat(refusal).as("%s: a validator could not judge it (%s); the reader %s", what, verdicts, reader)
          .isNotNull();
      assertThat(ReaderOnlyCheck.explaining(refusal)).as("%s: %s", what, reader)
          .isEqualTo(ReaderOnlyCheck.DUPLICATE_KEYS);
      record("one validator cannot judge", ReaderOnlyCheck.DUPLICATE_KEYS);
      return;
    }
    assertThat(verdicts.networknt().valid()).as("%s: the two validators agree: %s", what, verdicts)
        .isEqualTo(verdicts.skema().valid());
    boolean schemaAccepts = verdicts.bothAccept();
    if (schemaAccepts == (refusal == null)) {
      record(schemaAccepts ? "both accept" : "both refuse", null);
      return;
    }
    assertThat(refusal).as("%s: the schema refuses a document the reader reads: %s", what, verdicts).isNotNull();
    ReaderOnlyCheck check = ReaderOnlyCheck.explaining(refusal);
    assertThat(check).as("%s: the schema accepts, the reader %s, and no reader-only check explains it", what,
        reader).isNotNull();
    record("a reader-only check refuses", check);
  }

  private static synchronized void record(String verdict, @Nullable ReaderOnlyCheck check) {
    VERDICTS.merge(verdict, 1, Integer::sum);
    if (check != null) {
      EXCEPTIONS.merge(check, 1, Integer::sum);
    }
  }

  @Test
  void bothValidatorsAcceptTheRichDocumentAndTheReaderReadsIt() {
    assertThat(schema.verdicts(rich).bothAccept()).isTrue();
    assertThat(refusal(rich)).isNull();
  }

  @Test
  void generatedSnapshotsAndTheirOneEditMutantsGetTheSameVerdictFromBothValidatorsAndTheReader() {
    qt().withExamples(CASES).withShrinkCycles(50).forAll(SnapshotGen.snapshots(), longs().all())
        .checkAssert((snapshot, seed) -> {
          byte[] original = RoundTripTest.write(snapshot);
          agree(new String(original, StandardCharsets.UTF_8), "a generated snapshot");
          SplittableRandom r = new SplittableRandom(seed);
          OneEdit edit = OneEdit.values()[r.nextInt(OneEdit.values().length)];
          StringBuilder log = new StringBuilder();
          String mutant = edit.apply(OneEdit.tree(original), r, log);
          agree(mutant, "the mutant (" + log + ")");
        });
  }

  @Test
  void everyDocumentedExceptionIsAcceptedByTheSchemaAndRefusedByTheReaderForThatReason() {
    for (ReaderOnlyCheck check : ReaderOnlyCheck.values()) {
      String example = check.example(rich);
      SchemaValidators.Verdicts verdicts = schema.verdicts(example);
      if (check == ReaderOnlyCheck.DUPLICATE_KEYS) {
        assertThat(verdicts.networknt().accepts()).as("networknt keeps one of the values").isTrue();
        assertThat(verdicts.skema().judged()).as("json-sKema refuses to read a repeated key").isFalse();
      } else {
        assertThat(verdicts.bothAccept()).as("%s: both validators accept its example: %s", check, verdicts)
            .isTrue();
      }
      SnapshotFormatException refusal = refusal(example);
      assertThat(refusal).as("%s: the reader refuses its example", check).isNotNull();
      assertThat(ReaderOnlyCheck.explaining(refusal)).as("%s explains %s", check, refusal.getMessage())
          .isEqualTo(check);
    }
  }

  @Test
  void theSchemasDescriptionListsExactlyTheReaderOnlyChecksInOrder() throws IOException {
    String description = new ObjectMapper().readTree(SchemaValidators.text(SnapshotFormat.SCHEMA_RESOURCE))
        .get("description").textValue();
    Matcher item = Pattern.compile("\\((\\d+)\\) ([a-z-]+):").matcher(description);
    List<String> listed = new ArrayList<>();
    while (item.find()) {
      assertThat(Integer.parseInt(item.group(1))).isEqualTo(listed.size() + 1);
      listed.add(item.group(2));
    }
    assertThat(listed).containsExactlyElementsOf(
        Arrays.stream(ReaderOnlyCheck.values()).map(ReaderOnlyCheck::schemaName).toList());
  }
}
