package io.github.chuxin.json;

import static io.github.chuxin.json.Codec.codec;

import io.github.chuxin.json.PackageCodecs.IdType;
import io.github.chuxin.json.PackageCodecs.Value;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * Every codec, composed from one class per model package ({@link OrgCodecs}, {@link CampaignCodecs} and the
 * others) and the three {@code java.time} types the format uses: what {@link ChuxinModule} registers. A new
 * model package adds its class of codecs to {@link #PACKAGES}.
 */
final class Codecs {

  private Codecs() {}

  /** Dates, instants and zones as ISO-8601 strings and region ids. */
  static final PackageCodecs JAVA_TIME = new PackageCodecs(List.of(), List.of(), List.of(
      new Value<>(LocalDate.class, codec((g, v) -> g.writeString(v.toString()), In::date)),
      new Value<>(Instant.class, codec((g, v) -> g.writeString(v.toString()), In::instant)),
      new Value<>(ZoneId.class, codec((g, v) -> g.writeString(v.getId()), In::zone))));

  /** The codecs of {@code java.time} and of every model package. */
  static final List<PackageCodecs> PACKAGES = List.of(JAVA_TIME, I18nCodecs.PACKAGE, CatalogueCodecs.PACKAGE,
      CampaignCodecs.PACKAGE, OrgCodecs.PACKAGE, LeadershipCodecs.PACKAGE, GuidanceCodecs.PACKAGE,
      ActivityCodecs.PACKAGE, ProblemCodecs.PACKAGE, RectificationCodecs.PACKAGE, SpecialCodecs.PACKAGE);

  /** Every identifier type of the model with its factory. */
  static final List<IdType<?>> ID_TYPES = all(PackageCodecs::ids);

  /** Every enum type of the model; each is written as its lower-case code. */
  static final List<Class<? extends Enum<?>>> ENUM_TYPES = all(PackageCodecs::enums);

  /** Every other type with its codec. */
  static final List<Value<?>> VALUES = all(PackageCodecs::values);

  private static <T> List<T> all(Function<PackageCodecs, List<T>> part) {
    return PACKAGES.stream().flatMap(p -> part.apply(p).stream()).toList();
  }
}
