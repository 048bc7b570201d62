package io.github.chuxin.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.chuxin.i18n.Language;
import io.github.chuxin.report.Campaigns;
import io.github.chuxin.report.ledger.Ledger;
import io.github.chuxin.report.ledger.LedgerRow;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger's CSV and JSON exports. */
class LedgerExportTest {

  private final List<LedgerRow> rows = Ledger.rows(Campaigns.small());

  private byte[] csv(Language language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LedgerExport.writeCsv(rows, language, out);
    return out.toByteArray();
  }

  @Test
  void theCsvStartsWithTheUtf8ByteOrderMark() {
    byte[] bytes = csv(Language.SIMPLIFIED_CHINESE);
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
  }

  @Test
  void theCsvHasTheChineseHeadersAndCrlfRecords() {
    String text = new String(csv(Language.TRADITIONAL_CHINESE), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF編號,問題表現,整改舉措,責任單位,牽頭領導,完成時限,整改狀態,整改進展,完成日期\r\n");
    assertThat(text).contains("地鐵公司").contains("張三").contains("9號線早高峰擁擠");
    String simplified = new String(csv(Language.SIMPLIFIED_CHINESE), StandardCharsets.UTF_8);
    assertThat(simplified).startsWith("\uFEFF编号,问题表现,整改举措,责任单位,牵头领导,完成时限,整改状态,整改进展,完成日期\r\n");
    String english = new String(csv(Language.ENGLISH), StandardCharsets.UTF_8);
    assertThat(english.lines().findFirst().orElseThrow().replace("\"", ""))
        .isEqualTo("\uFEFFitem,problem,measures,responsible unit,lead leader,deadline,status,progress,completed on");
  }

  @Test
  void aFieldWithACommaQuoteOrLineBreakIsQuotedWithTheQuoteDoubled() {
    String text = new String(csv(Language.ENGLISH), StandardCharsets.UTF_8);
    assertThat(text).contains(",\"加開列車, 增加\"\"高峰\"\"班次；第二項\n換行\",");
  }

  @Test
  void theCsvReadsBackToTheSameCells() throws Exception {
    String text = new String(csv(Language.TRADITIONAL_CHINESE), StandardCharsets.UTF_8).substring(1);
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
      List<String[]> records = it.readAll();
      assertThat(records).hasSize(rows.size() + 1);
      assertThat(records.get(2)[2]).isEqualTo("加開列車, 增加\"高峰\"班次；第二項\n換行");
      assertThat(records.get(1)[6]).isEqualTo("已完成整改");
      assertThat(records.get(6)[5]).as("r6 has no deadline").isEmpty();
      assertThat(records.get(4)[5]).isEqualTo("2019-09-08");
    }
  }

  @Test
  void theJsonIsAnArrayOfObjectsKeyedByTheHeaders() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LedgerExport.writeJson(rows, Language.TRADITIONAL_CHINESE, out);
    JsonNode json = new ObjectMapper().readTree(out.toByteArray());
    assertThat(json.isArray()).isTrue();
    assertThat(json).hasSize(7);
    assertThat(json.get(0).get("責任單位").asText()).isEqualTo("地鐵公司");
    assertThat(json.get(0).get("完成時限").asText()).isEqualTo("2019-08-31");
    assertThat(json.get(3).get("完成時限").asText()).isEqualTo("2019-09-08");
    assertThat(json.get(1).get("整改舉措").asText()).contains("\"高峰\"");
  }
}
