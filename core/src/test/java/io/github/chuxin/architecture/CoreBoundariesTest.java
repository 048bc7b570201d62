package io.github.chuxin.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the rules the model's source must keep: no hidden clock, zone or locale, and every package null-marked.
 * The layering (no JSON or storage in the model, no package cycle) is checked on the classes by
 * {@link LayeringTest}.
 */
class CoreBoundariesTest {

  private static final Path MAIN = Path.of("src/main/java/io/github/chuxin");
  private static final Pattern HIDDEN_TIME = Pattern.compile(
      "(LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|Instant|Clock)\\.(now|systemDefaultZone|systemUTC)\\("
          + "|System\\.currentTimeMillis|System\\.nanoTime|ZoneId\\.systemDefault|TimeZone\\.getDefault|Locale\\.getDefault");

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  @Test
  void noClassOfCoreReadsTheSystemClockZoneOrLocale() throws IOException {
    List<Path> sources = sources();
    assertThat(sources).isNotEmpty();
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      assertThat(HIDDEN_TIME.matcher(text).find()).as("%s reads a hidden clock, zone or locale", source).isFalse();
    }
  }

  @Test
  void everyPackageIsNullMarked() throws IOException {
    try (Stream<Path> dirs = Files.walk(MAIN)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        boolean hasClasses;
        try (Stream<Path> files = Files.list(dir)) {
          hasClasses = files.anyMatch(p -> p.toString().endsWith(".java"));
        }
        if (hasClasses) {
          Path info = dir.resolve("package-info.java");
          assertThat(info).as("package-info of %s", dir).exists();
          assertThat(Files.readString(info)).contains("@NullMarked");
        }
      }
    }
  }
}
