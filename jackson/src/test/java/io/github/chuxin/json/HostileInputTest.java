package io.github.chuxin.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chuxin.json.SnapshotFormatException.Kind;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.rectification.RectificationId;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Malformed, truncated, deep, oversized and type-confused documents fail with a typed error naming the path. */
class HostileInputTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final String MINIMAL = "{\"formatVersion\":1,\"campaign\":{\"id\":\"c\"}";

  private static SnapshotFormatException failure(SnapshotReader reader, byte[] document) {
    return catchThrowableOfType(SnapshotFormatException.class,
        () -> reader.read(new ByteArrayInputStream(document)));
  }

  private static SnapshotFormatException failure(String document) {
    return failure(SnapshotReader.create(), document.getBytes(StandardCharsets.UTF_8));
  }

  /** The rich document, changed by {@code edit} on its tree. */
  private static String edited(Consumer<ObjectNode> edit) throws IOException {
    ObjectNode doc = (ObjectNode) PLAIN.readTree(RoundTripTest.write(Snapshots.rich()));
    edit.accept(doc);
    return PLAIN.writeValueAsString(doc);
  }

  private static ObjectNode at(ObjectNode doc, String pointer) {
    return (ObjectNode) doc.at(pointer);
  }

  @Test
  void malformedJsonIsReportedAsMalformedWithItsPath() {
    SnapshotFormatException e = failure(MINIMAL + ",\"problems\":[{\"id\" \"p\"}]}");
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(e.jsonPath()).startsWith("$.problems[0]");
    assertThat(e.expected()).isEqualTo("well-formed JSON");
  }

  @Test
  void aTruncatedDocumentIsReportedAsTruncated() {
    byte[] whole = RoundTripTest.write(Snapshots.rich());
    for (int length : new int[] {1, whole.length / 3, whole.length / 2, whole.length - 1}) {
      SnapshotFormatException e = failure(SnapshotReader.create(), Arrays.copyOf(whole, length));
      assertThat(e).as("cut at %d", length).isNotNull();
      assertThat(e.kind()).as("cut at %d: %s", length, e.getMessage()).isIn(Kind.TRUNCATED, Kind.MALFORMED);
    }
    assertThat(failure(SnapshotReader.create(), Arrays.copyOf(whole, whole.length - 1)).kind())
        .isEqualTo(Kind.TRUNCATED);
  }

  @Test
  void anEmptyInputIsTruncated() {
    SnapshotFormatException e = failure("");
    assertThat(e.kind()).isEqualTo(Kind.TRUNCATED);
    assertThat(e.jsonPath()).isEqualTo("$");
  }

  @Test
  void nestingBeyondTheDepthLimitFailsBeforeBuildingTheTree() {
    String deep = MINIMAL + ",\"problems\":[" + "[".repeat(100_000);
    SnapshotFormatException e = failure(deep);
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.expected()).contains("nesting of at most " + ReadLimits.DEFAULT_MAX_NESTING_DEPTH);
    assertThat(e.jsonPath()).startsWith("$.problems[0]");
  }

  @Test
  void aDocumentOverTheSizeLimitFails() {
    byte[] whole = RoundTripTest.write(Snapshots.rich());
    SnapshotReader small = SnapshotReader.withLimits(ReadLimits.defaults().withMaxDocumentBytes(whole.length - 1));
    SnapshotFormatException e = failure(small, whole);
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.expected()).contains("at most " + (whole.length - 1) + " bytes");
    SnapshotReader exact = SnapshotReader.withLimits(ReadLimits.defaults().withMaxDocumentBytes(whole.length));
    assertThat(failure(exact, whole)).as("a document of exactly the limit is read").isNull();
  }

  @Test
  void anEndlessStreamIsCutOffAtTheSizeLimit() {
    SnapshotReader reader = SnapshotReader.withLimits(ReadLimits.defaults().withMaxDocumentBytes(1 << 20));
    java.io.InputStream endless = new java.io.InputStream() {
      private final byte[] prefix = (MINIMAL + ",\"organisations\":[").getBytes(StandardCharsets.UTF_8);
      private int position;

      @Override
      public int read() {
        return position < prefix.length ? prefix[position++] : " ".charAt(0);
      }
    };
    SnapshotFormatException e = catchThrowableOfType(SnapshotFormatException.class, () -> reader.read(endless));
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
  }

  @Test
  void aStringOverTheLengthLimitFailsWithItsPath() throws IOException {
    String document = edited(doc -> at(doc, "/problems/1").put("description", "長".repeat(5000)));
    SnapshotReader reader = SnapshotReader.withLimits(ReadLimits.defaults().withMaxStringLength(1000));
    SnapshotFormatException e = failure(reader, document.getBytes(StandardCharsets.UTF_8));
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.jsonPath()).isEqualTo("$.problems[1].description");
    assertThat(e.expected()).contains("strings of at most 1000 characters");
  }

  @Test
  void aNumberWhereADateBelongsNamesThePathAndWhatWasExpected() throws IOException {
    CampaignSnapshot rich = Snapshots.rich();
    List<RectificationItem> items = new ArrayList<>();
    for (int i = 0; i < 18; i++) {
      items.add(RectificationItem.builder().from(rich.rectifications().get(0))
          .id(RectificationId.of("r-" + i)).build());
    }
    ObjectNode doc = (ObjectNode) PLAIN.readTree(RoundTripTest.write(
        CampaignSnapshot.builder().from(rich).rectifications(items).build()));
    at(doc, "/rectifications/17/deadline").put("original", 20190930);
    SnapshotFormatException e = failure(PLAIN.writeValueAsString(doc));
    assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(e.jsonPath()).isEqualTo("$.rectifications[17].deadline.original");
    assertThat(e.expected()).isEqualTo("a string");
    assertThat(e.getMessage()).contains("found a number");
  }

  @Test
  void typeConfusionAnywhereIsAWrongType() throws IOException {
    assertThat(failure(edited(doc -> at(doc, "/activities/0").put("attendance", "85"))))
        .satisfies(e -> assertThat(e.jsonPath()).isEqualTo("$.activities[0].attendance"))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE));
    assertThat(failure(edited(doc -> doc.put("problems", "none"))))
        .satisfies(e -> assertThat(e.jsonPath()).isEqualTo("$.problems"));
    assertThat(failure(edited(doc -> ((ArrayNode) doc.get("organisations")).insert(0, 7))))
        .satisfies(e -> assertThat(e.jsonPath()).isEqualTo("$.organisations[0]"))
        .satisfies(e -> assertThat(e.expected()).isEqualTo("an organisation (an object)"));
    assertThat(failure(edited(doc -> at(doc, "/leaders/0").putNull("title"))))
        .satisfies(e -> assertThat(e.jsonPath()).isEqualTo("$.leaders[0].title"))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE));
    assertThat(failure("[1,2]").kind()).isEqualTo(Kind.WRONG_TYPE);
  }

  @Test
  void badValuesOfTheRightTypeAreInvalidValues() throws IOException {
    SnapshotFormatException date = failure(edited(doc -> at(doc, "/problems/0").put("discoveredOn", "2019-02-30")));
    assertThat(date.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(date.jsonPath()).isEqualTo("$.problems[0].discoveredOn");
    SnapshotFormatException code = failure(edited(doc -> at(doc, "/organisations/0").put("kind", "MUNICIPAL")));
    assertThat(code.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(code.expected()).contains("\"bureau-level-unit\"");
    SnapshotFormatException id = failure(edited(doc -> at(doc, "/organisations/1").put("parentId", " ")));
    assertThat(id.jsonPath()).isEqualTo("$.organisations[1].parentId");
    SnapshotFormatException big = failure(edited(doc -> at(doc, "/activities/0").put("attendance", 1L << 40)));
    assertThat(big.kind()).isEqualTo(Kind.INVALID_VALUE);
    SnapshotFormatException zone = failure(edited(doc -> at(doc, "/campaign").put("zone", "Mars/Olympus")));
    assertThat(zone.jsonPath()).isEqualTo("$.campaign.zone");
  }

  @Test
  void anInvertedWindowFailsAsAnInvalidValueAtTheWindow() throws IOException {
    SnapshotFormatException e = failure(edited(doc -> at(doc, "/campaign/batches/0/window").put("end", "2019-01-01")));
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.jsonPath()).isEqualTo("$.campaign.batches[0].window");
    assertThat(e.getMessage()).contains("inverted");
  }

  @Test
  void aBrokenModelInvariantFailsAtTheElementThatBreaksIt() throws IOException {
    SnapshotFormatException e = failure(edited(doc -> at(doc, "/rectifications/0").remove("deadline")));
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.jsonPath()).isEqualTo("$.rectifications[0]");
    assertThat(e.getMessage()).contains("time-bound item needs a deadline");
  }

  @Test
  void aMissingRequiredFieldIsNamed() throws IOException {
    SnapshotFormatException e = failure(edited(doc -> at(doc, "/problems/1").remove("description")));
    assertThat(e.kind()).isEqualTo(Kind.MISSING_FIELD);
    assertThat(e.jsonPath()).isEqualTo("$.problems[1].description");
    assertThat(failure("{\"formatVersion\":1}").jsonPath()).isEqualTo("$.campaign");
  }

  @Test
  void unknownFieldsAndTypeHintsAreRejectedNotInterpreted() throws IOException {
    SnapshotFormatException e = failure(edited(doc -> at(doc, "/organisations/0")
        .put("@class", "java.lang.ProcessBuilder")));
    assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_FIELD);
    assertThat(e.jsonPath()).isEqualTo("$.organisations[0]['@class']");
    assertThat(failure(MINIMAL + ",\"extra\":[]}").kind()).isEqualTo(Kind.UNKNOWN_FIELD);
  }

  @Test
  void noSourceOfTheJsonPackageEnablesDefaultTyping() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/github/chuxin/json"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(file)).as("%s", file).doesNotContain("DefaultTyping").doesNotContain("@JsonTypeInfo");
      }
    }
  }

  @Test
  void aNewerFormatVersionFailsWithAClearMessage() {
    SnapshotFormatException e = failure("{\"formatVersion\":2,\"campaign\":{\"id\":\"c\"}}");
    assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED_VERSION);
    assertThat(e.jsonPath()).isEqualTo("$.formatVersion");
    assertThat(e.getMessage()).contains("format version 2").contains("newer chuxin");
    assertThat(failure("{\"formatVersion\":0}").kind()).isEqualTo(Kind.UNSUPPORTED_VERSION);
    assertThat(failure("{\"formatVersion\":99999999999999}").kind()).isEqualTo(Kind.UNSUPPORTED_VERSION);
    assertThat(failure("{\"formatVersion\":\"1\"}").kind()).isEqualTo(Kind.WRONG_TYPE);
  }

  @Test
  void theFormatVersionMustComeFirst() {
    SnapshotFormatException e = failure("{\"campaign\":{\"id\":\"c\"},\"formatVersion\":1}");
    assertThat(e.kind()).isEqualTo(Kind.MISSING_FIELD);
    assertThat(e.expected()).contains("first field");
  }

  @Test
  void duplicateKeysAndTrailingContentAreMalformed() {
    assertThat(failure(MINIMAL + ",\"problems\":[],\"problems\":[]}").kind()).isEqualTo(Kind.MALFORMED);
    assertThat(failure("{\"formatVersion\":1,\"campaign\":{\"id\":\"c\",\"id\":\"d\"}}").kind())
        .isEqualTo(Kind.MALFORMED);
    assertThat(failure(MINIMAL + "} {}").kind()).isEqualTo(Kind.MALFORMED);
    assertThat(failure(MINIMAL + "}")).as("the minimal document is fine").isNull();
  }

  @Test
  void aFailureOnTheLastElementLeavesNothingBehindAndTheReaderStaysUsable() throws IOException {
    SnapshotReader reader = SnapshotReader.create();
    String bad = edited(doc -> at(doc, "/specialRectifications/1").put("deadline", "soon"));
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("$.specialRectifications[1].deadline");
    assertThat(reader.read(new ByteArrayInputStream(RoundTripTest.write(Snapshots.rich()))))
        .isEqualTo(Snapshots.rich());
  }

  /** Found by the testkit's hostile JSON fuzzer: Jackson's UTF-32 decoder threw a bare CharConversionException. */
  @Test
  void aUtf32DocumentWithACharacterAboveTheUnicodeRangeIsMalformedNotACharConversionException() {
    byte[] utf32 = (MINIMAL + "}").getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
    assertThat(failure(SnapshotReader.create(), utf32)).as("the well-formed UTF-32 document is read").isNull();
    byte[] broken = utf32.clone();
    broken[4 * 25] = (byte) 0xC8; // a code unit of the campaign's id above U+10FFFF
    SnapshotFormatException e = failure(SnapshotReader.create(), broken);
    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(e.expected()).isEqualTo("text in UTF-8, UTF-16 or UTF-32");
    assertThat(e.jsonPath()).startsWith("$");
    assertThat(e.getCause()).isInstanceOf(java.io.CharConversionException.class);
  }

  /** Found by the testkit's hostile JSON fuzzer: a UTF-32 document cut inside a code unit. */
  @Test
  void aUtf32DocumentCutInsideACodeUnitIsTruncatedNotACharConversionException() {
    byte[] utf32 = (MINIMAL + "}").getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
    SnapshotFormatException e = failure(SnapshotReader.create(), Arrays.copyOf(utf32, utf32.length - 2));
    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(Kind.TRUNCATED);
    assertThat(e.getCause()).isInstanceOf(java.io.CharConversionException.class);
  }

  /**
   * Found by the testkit's hostile JSON fuzzer: an error about a giant value quoted all of it (up to the string
   * limit of 1 Mi characters) in the message, several times over, and control characters went into log lines raw.
   */
  @Test
  void aRejectedGiantValueIsQuotedShortAndControlCharactersAreEscapedInTheMessage() throws IOException {
    String giant = "長".repeat(ReadLimits.DEFAULT_MAX_STRING_LENGTH - 1);
    SnapshotFormatException zone = failure(edited(doc -> at(doc, "/campaign").put("zone", giant)));
    assertThat(zone.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(zone.jsonPath()).isEqualTo("$.campaign.zone");
    assertThat(zone.getMessage()).hasSizeLessThan(1000).contains("(" + giant.length() + " characters)");
    SnapshotFormatException code = failure(edited(doc -> at(doc, "/organisations/0")
        .put("kind", "x\n" + giant.substring(2))));
    assertThat(code.getMessage()).hasSizeLessThan(1000).contains("x\\u000a長").doesNotContain("\n");
    SnapshotFormatException name = failure(edited(doc -> at(doc, "/problems/0").put("a\r\nforged: line", 1)));
    assertThat(name.kind()).isEqualTo(Kind.UNKNOWN_FIELD);
    assertThat(name.getMessage()).contains("'a\\u000d\\u000aforged: line' is not a field").doesNotContain("\n");
    assertThat(name.jsonPath()).isEqualTo("$.problems[0]['a\\u000d\\u000aforged: line']");
    SnapshotFormatException id = failure(edited(doc -> at(doc, "/organisations/1").put("parentId", "u\r\nforged")));
    assertThat(id.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(id.getMessage()).as("the model's message quotes the id").contains("u\\u000d\\u000aforged")
        .doesNotContain("\n");
  }

  /**
   * Found by the testkit's hostile JSON fuzzer: a bad token glued to the last entry of an array ({@code 0x1F} is
   * read as {@code 0} and then {@code x1F}) was reported at the entry after it, which does not exist.
   */
  @Test
  void aMissingCommaInAnArrayIsReportedAtTheEntryBeforeItNotAtOneThatDoesNotExist() throws IOException {
    String listed = edited(doc -> at(doc, "/rectifications/0").putArray("measures").add("a").add("b"));
    assertThat(listed).contains("\"measures\":[\"a\",\"b\"]");
    SnapshotFormatException e = failure(listed.replace("\"measures\":[\"a\",\"b\"]", "\"measures\":[\"a\",0x1F]"));
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(e.jsonPath()).isEqualTo("$.rectifications[0].measures[1]");
    assertThat(e.getMessage()).contains("comma");
  }

  /** Found by the fuzzer's path check: a repeated code is reported at the repeat and names where the first is. */
  @Test
  void aRepeatedCodeIsReportedAtTheRepeatAndNamesTheFirst() throws IOException {
    SnapshotFormatException e = failure(edited(doc -> {
      ArrayNode dimensions = at(doc, "/campaign").putArray("dimensions");
      dimensions.add("understanding").add("rectification").add("understanding");
    }));
    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.jsonPath()).isEqualTo("$.campaign.dimensions[2]");
    assertThat(e.getMessage()).contains("'understanding' appears twice, first at [0]");
  }

  @Test
  void theModuleReportsBadInputAsAJacksonMismatchNamingThePath() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ChuxinModule()).build();
    String json = "{\"id\":\"p\",\"source\":\"research\",\"owner\":{\"unit\":\"u\"},\"description\":\"d\","
        + "\"discoveredOn\":\"2019-06-01\",\"closure\":{\"date\":\"2019-05-01\",\"reason\":\"r\"}}";
    assertThatThrownBy(() -> mapper.readValue(json, Problem.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("INVALID_VALUE at $")
        .hasMessageContaining("before it was found");
    assertThatThrownBy(() -> mapper.readValue(json.replace("\"research\"", "7"), Problem.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("$.source");
  }
}
