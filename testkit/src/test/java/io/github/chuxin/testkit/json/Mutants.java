package io.github.chuxin.testkit.json;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.chuxin.json.SnapshotWriter;
import io.github.chuxin.snapshot.CampaignSnapshot;
import io.github.chuxin.testkit.fixtures.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * A test-scoped QuickTheories generator of hostile snapshot documents: valid documents written by
 * {@link SnapshotWriter} from campaigns of {@link Fixtures#campaigns()}, each broken by one {@link Mutation}.
 */
final class Mutants {

  /** One valid document the mutants start from. */
  record Origin(String name, CampaignSnapshot snapshot, byte[] bytes, JsonSpans spans) {}

  /** A mutated document and how it was made (everything needed to make it again). */
  record Mutant(Origin origin, Mutation mutation, long seed, byte[] bytes, String log, String target) {
    @Override
    public String toString() {
      return mutation + " of " + origin.name() + " (" + origin.bytes().length + " bytes) with seed " + seed
          + " -> " + bytes.length + " bytes:" + (log.length() > 2000 ? log.substring(0, 2000) + "..." : log)
          + (target == null ? "" : " at " + target);
    }
  }

  private final List<Origin> origins;

  private Mutants(List<Origin> origins) {
    this.origins = origins;
  }

  /**
   * The origins: {@code count} campaigns sampled from the fixture generator (3 to 30 units, every shape), each
   * written compact, and every fourth also indented.
   */
  static Mutants fromGeneratedCampaigns(int count) {
    List<Origin> origins = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      CampaignSnapshot snapshot = Fixtures.campaigns().withUnitsBetween(3, 30).sample(1000L + i);
      origins.add(origin("campaign " + (1000L + i), snapshot, SnapshotWriter.create()));
      if (i % 4 == 3) {
        origins.add(origin("indented campaign " + (1000L + i), snapshot, SnapshotWriter.pretty()));
      }
    }
    return new Mutants(List.copyOf(origins));
  }

  private static Origin origin(String name, CampaignSnapshot snapshot, SnapshotWriter writer) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      writer.write(snapshot, out);
      byte[] bytes = out.toByteArray();
      JsonSpans spans = JsonSpans.scan(bytes);
      if (spans == null) {
        throw new IllegalStateException("the scanner does not read the writer's output of " + name);
      }
      return new Origin(name, snapshot, bytes, spans);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Origin> origins() {
    return origins;
  }

  /** The generator: an origin, a mutation and a seed, shrinking towards the first of each. */
  Gen<Mutant> gen() {
    return integers().between(0, origins.size() - 1)
        .zip(integers().between(0, Mutation.values().length - 1), longs().all(),
            (o, m, seed) -> mutant(origins.get(o), Mutation.values()[m], seed));
  }

  static Mutant mutant(Origin origin, Mutation mutation, long seed) {
    Mutation.Trace trace = new Mutation.Trace();
    byte[] bytes = mutation.apply(origin.bytes(), origin.spans(), new SplittableRandom(seed), trace);
    return new Mutant(origin, mutation, seed, bytes, trace.text.toString(), trace.target);
  }
}
