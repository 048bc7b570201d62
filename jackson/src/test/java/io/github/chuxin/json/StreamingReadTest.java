package io.github.chuxin.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chuxin.json.SnapshotFormatException.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The token-by-token reader keeps the tree reader's contract: paths, kinds, field order, dates. */
class StreamingReadTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final String MINIMAL = "{\"formatVersion\":1,\"campaign\":{\"id\":\"c\"}";

  private static SnapshotFormatException failure(String document) {
    return catchThrowableOfType(SnapshotFormatException.class,
        () -> SnapshotReader.create().read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
  }

  private static String edited(Consumer<ObjectNode> edit) throws IOException {
    ObjectNode doc = (ObjectNode) PLAIN.readTree(RoundTripTest.write(Snapshots.rich()));
    edit.accept(doc);
    return PLAIN.writeValueAsString(doc);
  }

  /** A copy of {@code node} with the fields of every object in reverse order. */
  private static JsonNode reversed(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
      Collections.reverse(fields);
      ObjectNode copy = PLAIN.createObjectNode();
      for (Map.Entry<String, JsonNode> field : fields) {
        copy.set(field.getKey(), reversed(field.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = PLAIN.createArrayNode();
      node.forEach(element -> copy.add(reversed(element)));
      return copy;
    }
    return node;
  }

  @Test
  void fieldsInAnyOrderAreReadToTheSameSnapshot() throws IOException {
    ObjectNode doc = (ObjectNode) reversed(PLAIN.readTree(RoundTripTest.write(Snapshots.rich())));
    // formatVersion must stay first; everything else, nested objects included, is in reverse order
    ObjectNode versionFirst = PLAIN.createObjectNode().put("formatVersion", 1);
    doc.properties().stream().filter(f -> !f.getKey().equals("formatVersion"))
        .forEach(f -> versionFirst.set(f.getKey(), f.getValue()));
    byte[] text = PLAIN.writeValueAsBytes(versionFirst);
    assertThat(SnapshotReader.create().read(new ByteArrayInputStream(text))).isEqualTo(Snapshots.rich());
  }

  @Test
  void aBadValueBeforeBrokenJsonInTheSameElementIsReportedAsMalformed() {
    SnapshotFormatException e = failure(MINIMAL + ",\"problems\":[{\"id\":\" \",\"source\" \"x\"}]}");
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(e.jsonPath()).startsWith("$.problems[0]");
  }

  @Test
  void aBadValueBeforeTheEndOfTheInputIsReportedAsTruncated() {
    SnapshotFormatException e = failure(MINIMAL + ",\"problems\":[{\"id\":\" \",\"description\":\"d");
    assertThat(e.kind()).isEqualTo(Kind.TRUNCATED);
  }

  @Test
  void anUnknownFieldInANestedObjectIsNamedWithItsPath() throws IOException {
    SnapshotFormatException e = failure(edited(doc -> ((ObjectNode) doc.at("/rectifications/0/deadline"))
        .put("extra field", 1)));
    assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_FIELD);
    assertThat(e.jsonPath()).isEqualTo("$.rectifications[0].deadline['extra field']");
    assertThat(e.expected()).contains("original").contains("extensions");
  }

  @Test
  void aMissingFieldInANestedObjectIsNamedWithItsPath() throws IOException {
    SnapshotFormatException e = failure(edited(doc -> ((ObjectNode) doc.at("/rectifications/0/deadline"))
        .remove("original")));
    assertThat(e.kind()).isEqualTo(Kind.MISSING_FIELD);
    assertThat(e.jsonPath()).isEqualTo("$.rectifications[0].deadline.original");
  }

  @Test
  void aWrongTypeInsideANestedListNamesTheElement() throws IOException {
    SnapshotFormatException e = failure(edited(doc -> ((ArrayNode) doc.at("/rectifications/0/problems"))
        .insert(0, 5)));
    assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(e.jsonPath()).isEqualTo("$.rectifications[0].problems[0]");
    assertThat(e.expected()).isEqualTo("a string");
  }

  @Test
  void theDefaultReaderIsSharedAndReadsRepeatedly() throws IOException {
    assertThat(SnapshotReader.create()).isSameAs(SnapshotReader.create());
    byte[] text = RoundTripTest.write(Snapshots.rich());
    assertThat(SnapshotReader.create().read(new ByteArrayInputStream(text)))
        .isEqualTo(SnapshotReader.create().read(new ByteArrayInputStream(text)));
  }

  @Test
  void theFastDateParserAgreesWithIsoParsing() {
    String alphabet = "0123456789-+ ";
    qt().withExamples(3000).forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(8, 12))
        .checkAssert(indexes -> {
          StringBuilder text = new StringBuilder();
          indexes.forEach(i -> text.append(alphabet.charAt(i)));
          assertThat(outcome(() -> In.parseDate(text.toString())))
              .isEqualTo(outcome(() -> LocalDate.parse(text.toString())));
        });
    qt().withExamples(3000).forAll(integers().between(0, 9999), integers().between(0, 13), integers().between(0, 32))
        .checkAssert((year, month, day) -> {
          String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
          assertThat(outcome(() -> In.parseDate(text))).as(text).isEqualTo(outcome(() -> LocalDate.parse(text)));
        });
    for (String text : new String[] {"2019-02-28", "2019-02-29", "2020-02-29", "2019-13-01", "2019-00-10",
        "0000-01-01", "9999-12-31", "\uff12019-01-01", "+12019-01-01", "2019-1-01", "2019-01-01T00:00"}) {
      assertThat(outcome(() -> In.parseDate(text))).as(text).isEqualTo(outcome(() -> LocalDate.parse(text)));
    }
  }

  /** The date, or the kind of failure. */
  private static Object outcome(java.util.function.Supplier<LocalDate> parse) {
    try {
      return Objects.requireNonNull(parse.get());
    } catch (DateTimeException e) {
      return DateTimeException.class;
    }
  }
}
