package io.github.chuxin.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No SQL text of the adapter is built from input: a scan of its sources finds every place where
 * statement text is made (the first argument of {@code new Sql(...)}, of {@code Sql.add("...")},
 * of {@code prepareStatement(...)}, the appends of the statement builders and the two local
 * variables that hold statement text) and checks that each is a sum of string literals and of an
 * allow-list of pieces that come from the adapter itself: a table or column name of its
 * {@link JdbcTable} or of the table list of a migration, {@code ?} marks from {@link Sql#marks}, and choices between literals by
 * dialect. Values only ever travel as bound parameters. The JDBC calls that take SQL text another
 * way ({@code createStatement}, {@code prepareCall}, {@code execute(String)}, {@code
 * addBatch(String)}) and string formatting do not occur at all.
 */
class SqlIsBuiltFromConstantsTest {

  private static final Path SOURCES = Path.of("src/main/java/io/github/chuxin/persistence/jdbc");

  /** The pieces of statement text allowed besides literals (L), after literals are masked. */
  private static final List<String> ALLOWED = List.of(
      "L",
      "table\\.name\\(\\)",
      "col\\.columnName\\(\\)",
      "Sql\\.marks\\([\\w.]+\\(?\\)?\\)",
      "(?:table\\.)?(?:insert|update)Sql\\(\\)",
      "set\\.toString\\(\\)",
      "text\\.toString\\(\\)",
      "APPEND",
      "sql",
      "names",
      "\\(view\\.dialect\\(\\)==Dialect\\.POSTGRESQL\\?L:L\\)",
      "table\\.(?:name|key|scope)\\(\\)");

  private static final Pattern OPERAND = Pattern.compile("(?:" + String.join("|", ALLOWED) + ")");

  /** Where statement text is made; group 0 ends at the opening parenthesis or the '='. */
  private static final Pattern SINK = Pattern.compile(
      "new Sql\\(|\\.add\\((?=L)|prepareStatement\\(|\\b(?:set|names)\\.append\\(|\\)\\.append\\(|String sql =");

  private static final Pattern FORBIDDEN = Pattern.compile(
      "createStatement\\(|prepareCall\\(|nativeSQL\\(|\\.execute\\(|\\.executeQuery\\([^)]|\\.executeUpdate\\([^)]"
      + "|\\.addBatch\\([^)]|String\\.format\\(|\\.formatted\\(|\\.executeLargeUpdate\\(");

  @Test
  void everyStatementTextIsASumOfLiteralsAndTheAdaptersOwnNames() throws IOException {
    List<String> checked = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (Path file : sources()) {
      String masked = mask(Files.readString(file, StandardCharsets.UTF_8));
      Matcher forbidden = FORBIDDEN.matcher(masked);
      while (forbidden.find()) {
        bad.add(file.getFileName() + ": " + forbidden.group());
      }
      Matcher sink = SINK.matcher(masked);
      while (sink.find()) {
        String arg = sink.group().endsWith("=") ? upTo(masked, sink.end(), ';') : firstArgument(masked, sink.end());
        String compact = arg.replaceAll("\\s+", "");
        checked.add(file.getFileName() + ": " + compact);
        for (String operand : splitPlus(compact)) {
          if (!OPERAND.matcher(operand).matches()) {
            bad.add(file.getFileName() + ": '" + operand + "' in " + compact);
          }
        }
      }
    }
    Figures.report("[SqlIsBuiltFromConstantsTest] statement texts checked in the adapter's sources: " + checked.size());
    assertThat(checked).as("the scan finds the statement texts").hasSizeGreaterThan(40);
    assertThat(bad).isEmpty();
  }

  @Test
  void theScanCatchesAStatementThatSplicesAValue() {
    String spliced = mask("Sql s = new Sql(\"SELECT * FROM chuxin_problem WHERE id = '\" + id + \"'\");");
    Matcher sink = SINK.matcher(spliced);
    assertThat(sink.find()).isTrue();
    assertThat(splitPlus(firstArgument(spliced, sink.end()).replaceAll("\\s+", "")))
        .anyMatch(o -> !OPERAND.matcher(o).matches());
    assertThat(FORBIDDEN.matcher(mask("c.createStatement().execute(\"DROP TABLE x\")")).find()).isTrue();
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(p -> p.toString().endsWith(".java"))
          // the statement builder itself, and code that writes no SQL
          .filter(p -> !List.of("Sql.java", "Paths.java", "NulText.java", "package-info.java")
              .contains(p.getFileName().toString()))
          .sorted().toList();
    }
  }

  /** The source without comments, each string or char literal replaced by {@code L}. */
  static String mask(String src) {
    StringBuilder out = new StringBuilder(src.length());
    int i = 0;
    while (i < src.length()) {
      char c = src.charAt(i);
      if (c == '/' && i + 1 < src.length() && src.charAt(i + 1) == '/') {
        while (i < src.length() && src.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < src.length() && src.charAt(i + 1) == '*') {
        int end = src.indexOf("*/", i + 2);
        i = end < 0 ? src.length() : end + 2;
        out.append(' ');
      } else if (c == '"' || c == '\'') {
        i++;
        while (i < src.length() && src.charAt(i) != c) {
          i += src.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
        out.append('L');
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The first argument of a call whose opening parenthesis ends just before {@code from}. */
  static String firstArgument(String s, int from) {
    int depth = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth-- == 0 || c == ',' && depth == 0) {
        return s.substring(from, i);
      }
    }
    throw new IllegalStateException("unbalanced call at " + from);
  }

  private static String upTo(String s, int from, char end) {
    return s.substring(from, s.indexOf(end, from));
  }

  /** The operands of a sum, split at top-level plus signs. */
  static List<String> splitPlus(String expr) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < expr.length(); i++) {
      char c = expr.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '+' && depth == 0) {
        out.add(expr.substring(start, i));
        start = i + 1;
      }
    }
    out.add(expr.substring(start));
    return out;
  }
}
