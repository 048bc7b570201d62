package io.github.chuxin.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.chuxin.guidance.FiveMust;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceGroupId;
import io.github.chuxin.guidance.ImmutableFiveMustRecord;
import io.github.chuxin.org.LeaderId;
import io.github.chuxin.org.OrgId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The members talked with on a five-musts record: written when named, and an older record still reads. */
class FiveMustRecordJsonTest {

  private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new ChuxinModule()).build();

  private static ImmutableFiveMustRecord.Builder talk() {
    return FiveMustRecord.builder().group(GuidanceGroupId.of("g-1")).unit(OrgId.of("subway"))
        .must(FiveMust.TALK_WITH_LEADERS).date(LocalDate.of(2019, 7, 1));
  }

  @Test
  void anOlderTalkRecordWithoutMembersReadsAsTalksWithTheWholeLeadership() throws Exception {
    FiveMustRecord read = MAPPER.readValue(
        "{\"group\":\"g-1\",\"unit\":\"subway\",\"must\":\"talk-with-leaders\",\"date\":\"2019-07-01\"}",
        FiveMustRecord.class);
    assertThat(read.talkedWith()).isEmpty();
    assertThat(read.talkedWithWholeLeadership()).isTrue();
  }

  @Test
  void aRecordWithoutMembersKeepsTheFormItHadBeforeAndNamedMembersRoundTrip() throws Exception {
    assertThat(MAPPER.writeValueAsString(talk().build()))
        .isEqualTo("{\"group\":\"g-1\",\"unit\":\"subway\",\"must\":\"talk-with-leaders\",\"date\":\"2019-07-01\"}");
    FiveMustRecord named = talk().addTalkedWith(LeaderId.of("l-1"), LeaderId.of("l-2")).build();
    String json = MAPPER.writeValueAsString(named);
    assertThat(json).contains("\"talkedWith\":[\"l-1\",\"l-2\"]");
    assertThat(MAPPER.readValue(json, FiveMustRecord.class)).isEqualTo(named);
  }
}
