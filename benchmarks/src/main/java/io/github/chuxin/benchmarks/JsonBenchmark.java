package io.github.chuxin.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.chuxin.examples.beijing.BeijingScenario;
import io.github.chuxin.json.SnapshotReader;
import io.github.chuxin.json.SnapshotWriter;
import io.github.chuxin.snapshot.CampaignSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Workload 4: write and read the Beijing first-batch snapshot (27,773 organisations and the rest)
 * through the library's snapshot writer and reader, against plain Jackson on Java records with the
 * same fields ({@link Mirror}), whose dates, ids and codes are already strings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonBenchmark {

  private CampaignSnapshot snapshot;
  private Mirror.Doc mirror;
  private byte[] document;
  private byte[] mirrorDocument;
  private final ObjectMapper plain = JsonMapper.builder()
      .serializationInclusion(JsonInclude.Include.NON_NULL).build();

  /**
   * Builds the snapshot and both documents once per trial.
   *
   * @throws IOException never
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    snapshot = BeijingScenario.snapshot();
    mirror = Mirror.of(snapshot);
    document = write();
    mirrorDocument = baselineWrite();
  }

  /**
   * The library: the snapshot writer.
   *
   * @return the document
   * @throws IOException never
   */
  @Benchmark
  public byte[] write() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 23);
    SnapshotWriter.create().write(snapshot, out);
    return out.toByteArray();
  }

  /**
   * The baseline: plain Jackson writing the records.
   *
   * @return the document
   * @throws IOException never
   */
  @Benchmark
  public byte[] baselineWrite() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 23);
    plain.writeValue(out, mirror);
    return out.toByteArray();
  }

  /**
   * The library: the snapshot reader, every value built and checked through the model.
   *
   * @return the snapshot
   * @throws IOException never
   */
  @Benchmark
  public CampaignSnapshot read() throws IOException {
    return SnapshotReader.create().read(new ByteArrayInputStream(document));
  }

  /**
   * The baseline: plain Jackson reading the records.
   *
   * @return the records
   * @throws IOException never
   */
  @Benchmark
  public Mirror.Doc baselineRead() throws IOException {
    return plain.readValue(mirrorDocument, Mirror.Doc.class);
  }
}
