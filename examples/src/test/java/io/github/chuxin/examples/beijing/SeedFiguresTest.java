package io.github.chuxin.examples.beijing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads the figures out of the source document itself, where the checkout has it beside it
 * ({@code ../shared/seeds/}), and compares them with the example's.
 */
class SeedFiguresTest {

  private static final Pattern UNITS = Pattern.compile("(\\d+)家市屬局級單位");
  private static final Pattern ORGANISATIONS = Pattern.compile("([\\d.]+)萬個黨組織");
  private static final Pattern MEMBERS = Pattern.compile("([\\d.]+)萬名黨員");

  @Test
  void theExamplesFiguresAreTheOnesTheSourceDocumentStates() throws IOException {
    Path seeds = Path.of("..", "..", "shared", "seeds");
    assumeTrue(Files.isDirectory(seeds), "the source document is not beside this checkout");
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).toList();
    }
    assumeTrue(!files.isEmpty(), "no source document");
    String text = Files.readString(files.get(0), StandardCharsets.UTF_8);
    assertThat(Integer.parseInt(find(UNITS, text))).isEqualTo(BeijingTree.BUREAU_UNITS);
    assertThat(tenThousands(find(ORGANISATIONS, text))).isEqualTo(BeijingTree.PARTY_ORGANISATIONS);
    assertThat(tenThousands(find(MEMBERS, text))).isEqualTo(BeijingTree.MEMBERS);
  }

  private static String find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertThat(m.find()).as("the source states %s", pattern).isTrue();
    return m.group(1);
  }

  /** 2.76萬 is 27,600. */
  private static int tenThousands(String figure) {
    return new BigDecimal(figure).multiply(BigDecimal.valueOf(10_000)).intValueExact();
  }
}
