package io.github.chuxin.examples.beijing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeijingMainTest {

  @Test
  void theMainJobPrintsTheSeedsFiguresReadBackFromTheStoreAndWritesItsFiles(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      BeijingFirstBatch.main(new String[] {dir.toString()});
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    assertThat(output).contains("first batch: 170 bureau-level units, 27,600 party organisations, 494,500 members");
    assertThat(output).contains("first batch, 170 bureau-level units (第一批市屬局級單位): 27,600 party organisations,"
        + " 494,500 members;");
    assertThat(output).contains("the city in all (全市合計): 27,601 party organisations, 494,500 members;")
        .contains("not counted: 1 temporary party organisation (臨時黨組織), whose members are counted at home");
    assertThat(output).doesNotContain("whole city").doesNotContain("27,773").doesNotContain("單位黨委書記 |")
        .contains("| （示例）地鐵公司黨委書記 |");
    assertThat(output).contains("GUIDANCE-FIVE-MUSTS-INCOMPLETE");
    assertThat(dir.resolve("beijing-first-batch.json")).exists();
    assertThat(Files.size(dir.resolve("beijing-first-batch.json"))).isGreaterThan(1_000_000L);
  }
}
