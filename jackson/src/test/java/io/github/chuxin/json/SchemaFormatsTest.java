package io.github.chuxin.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.chuxin.org.OrgId;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each string definition of the schema ({@code date}, {@code instant}, {@code id}, {@code text}), compiled on its own
 * by both validators, accepts exactly the strings the reader accepts there: the borders listed here, and strings
 * drawn at random from the characters that matter.
 */
class SchemaFormatsTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();

  /**
   * One definition of the schema with both validators, the reader's test of the same strings, and which strings the
   * schema may accept and the reader refuse for a documented {@link ReaderOnlyCheck}.
   */
  record Definition(String name, SchemaValidators validators, Predicate<String> reader,
      Predicate<String> readerOnly) {

    void agreeOn(String text) {
      String json = json(text);
      SchemaValidators.Verdicts verdicts = validators.verdicts(json);
      boolean read = reader.test(text);
      if (!read && readerOnly.test(text) && verdicts.bothAccept()) {
        return;
      }
      assertThat(verdicts.networknt().valid()).as("%s %s: networknt (%s) and the reader (%s)", name, json,
          verdicts.networknt().detail(), read).isEqualTo(read);
      assertThat(verdicts.skema().valid()).as("%s %s: json-sKema (%s) and the reader (%s)", name, json,
          verdicts.skema().detail(), read).isEqualTo(read);
    }
  }

  private static Definition date;
  private static Definition instant;
  private static Definition id;
  private static Definition text;

  @BeforeAll
  static void compile() throws IOException {
    date = definition("date", s -> succeeds(() -> In.formatDate(s)), s -> false);
    instant = definition("instant", s -> succeeds(() -> In.formatInstant(s)), s -> false);
    // ReaderOnlyCheck.ID_LENGTH: the schema counts characters, the model UTF-16 code units
    id = definition("id", s -> succeeds(() -> OrgId.of(s)),
        s -> s.length() > 128 && s.codePointCount(0, s.length()) <= 128);
    text = definition("text", s -> !s.isBlank(), s -> false);
  }

  /** The schema with {@code $defs/name} as its root, compiled by both validators. */
  private static Definition definition(String name, Predicate<String> reader, Predicate<String> readerOnly)
      throws IOException {
    JsonNode schema = PLAIN.readTree(SchemaValidators.text(SnapshotFormat.SCHEMA_RESOURCE));
    ObjectNode root = PLAIN.createObjectNode();
    root.set("$schema", schema.get("$schema"));
    root.put("$id", schema.get("$id").textValue() + ":" + name);
    root.put("$ref", "#/$defs/" + name);
    root.set("$defs", schema.get("$defs"));
    assertThat(schema.get("$defs").has(name)).as(name).isTrue();
    return new Definition(name, SchemaValidators.of(PLAIN.writeValueAsString(root)), reader, readerOnly);
  }

  private static boolean succeeds(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (DateTimeException | IllegalArgumentException e) {
      return false;
    }
  }

  /** {@code text} as a JSON string, every character outside printable ASCII escaped. */
  static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** The strings among {@link OneEdit#VALUES}. */
  private static List<String> borders() throws IOException {
    List<String> strings = new ArrayList<>();
    for (String value : OneEdit.VALUES) {
      JsonNode node = PLAIN.readTree(value);
      if (node.isTextual()) {
        strings.add(node.textValue());
      }
    }
    return strings;
  }

  @Test
  void eachStringDefinitionAgreesWithTheReaderOnTheBorders() throws IOException {
    List<String> borders = borders();
    borders.addAll(List.of("2019-06-01", "0001-01-01", "-0001-01-01", "-1000-01-01", "-999999999-01-01",
        "+999999999-12-31", "-1000000000-01-01", "+1000000000-01-01", "+12345-01-01", "-12345-02-29",
        "-12344-02-29", "+12000-02-29", "+12100-02-29", "2019-06-01\n", "2019-06-01T00:00:00Z\n",
        "2019-06-01T00:00:00.123456789Z", "2019-06-01T00:00:00.000Z", "2019-06-01T00:00:00+14:00",
        "2019-06-01T00:00:00-18:00", "2019-06-01T00:00:00+18:01", "2019-06-01T00:00:00+08:60",
        "2020-02-29T23:59:59+08:00", "2019-02-29T00:00:00Z", "+10000-01-01T00:00:00+08:00",
        "x\n", "x\u2028", "x\u2028y", "x\u0085", "\u00a0", "x\u00a0", "\u2007x\u202f", "\ud83d\ude00x", "x\ud83d",
        "\ude00x", "x\ud83d\n"));
    for (Definition definition : List.of(date, instant, id, text)) {
      for (String border : borders) {
        definition.agreeOn(border);
      }
    }
  }

  @Test
  void theDateDefinitionAgreesWithTheReaderOnRandomDates() {
    qt().withExamples(1500).forAll(integers().between(-3, 12), integers().between(0, 13), integers().between(0, 32),
        integers().between(0, 99_999)).checkAssert((shape, month, day, year) -> {
          String y = switch (shape) {
            case -3 -> "-" + String.format(Locale.ROOT, "%04d", year % 10_000);
            case -2 -> "+" + year;
            case -1 -> "-" + year;
            case 0 -> String.valueOf(year);
            default -> String.format(Locale.ROOT, "%04d", (year * 4 + shape) % 10_000);
          };
          date.agreeOn(String.format(Locale.ROOT, "%s-%02d-%02d", y, month, day));
        });
  }

  @Test
  void theInstantDefinitionAgreesWithTheReaderOnRandomInstants() {
    String[] fractions = {"", ".5", ".123", ".123456", ".123456789", ".1234567890", "."};
    String[] offsets = {"Z", "z", "+08:00", "-05:30", "+18:00", "-18:00", "+18:30", "+24:00", "-00:00", "+0800", ""};
    qt().withExamples(1500).forAll(integers().between(1, 31), integers().between(0, 25), integers().between(0, 61),
        integers().between(0, fractions.length * offsets.length - 1))
        .checkAssert((day, hour, second, ending) -> instant.agreeOn(String.format(Locale.ROOT,
            "2020-02-%02dT%02d:59:%02d%s%s", day, hour, second, fractions[ending % fractions.length],
            offsets[ending / fractions.length])));
  }

  @Test
  void theIdAndTextDefinitionsAgreeWithTheReaderOnRandomTexts() {
    String alphabet = "a 初\t\n\u000b\u001c\u0085\u00a0\u1680\u2007\u2028\u3000\ud83d\ude00\ue000\ufeff\uffff";
    qt().withExamples(3000).forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 5))
        .checkAssert(indexes -> {
          StringBuilder s = new StringBuilder();
          indexes.forEach(i -> s.append(alphabet.charAt(i)));
          id.agreeOn(s.toString());
          text.agreeOn(s.toString());
        });
  }
}
