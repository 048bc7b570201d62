package io.github.chuxin.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.chuxin.activity.Activity;
import io.github.chuxin.campaign.Batch;
import io.github.chuxin.campaign.BatchAssignment;
import io.github.chuxin.campaign.Campaign;
import io.github.chuxin.campaign.DateWindow;
import io.github.chuxin.campaign.GeneralRequirement;
import io.github.chuxin.catalogue.Catalogue;
import io.github.chuxin.catalogue.CatalogueEntry;
import io.github.chuxin.guidance.FiveMustRecord;
import io.github.chuxin.guidance.GuidanceAssignment;
import io.github.chuxin.guidance.GuidanceGroup;
import io.github.chuxin.i18n.Label;
import io.github.chuxin.id.Identifier;
import io.github.chuxin.leadership.ImplementationPlan;
import io.github.chuxin.leadership.LeadershipBody;
import io.github.chuxin.leadership.Meeting;
import io.github.chuxin.leadership.PlanReview;
import io.github.chuxin.leadership.ScheduleItem;
import io.github.chuxin.org.Leader;
import io.github.chuxin.org.MemberCount;
import io.github.chuxin.org.Organisation;
import io.github.chuxin.problem.Problem;
import io.github.chuxin.problem.ProblemClosure;
import io.github.chuxin.problem.ProblemList;
import io.github.chuxin.problem.ProblemOwner;
import io.github.chuxin.rectification.Deadline;
import io.github.chuxin.rectification.Evidence;
import io.github.chuxin.rectification.Extension;
import io.github.chuxin.rectification.Milestone;
import io.github.chuxin.rectification.RectificationItem;
import io.github.chuxin.rectification.SignOff;
import io.github.chuxin.rectification.StatusChange;
import io.github.chuxin.special.SpecialRectification;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * A Jackson module that maps every chuxin model type to JSON and back, with no annotations on the model.
 * Register it on your own mapper: {@code JsonMapper.builder().addModule(new ChuxinModule()).build()}.
 *
 * <p>Values are built through the model's builders and factories, so every invariant of the model is checked
 * on reading; a broken one fails as a {@link MismatchedInputException} whose message names the JSON path inside
 * the value and what was expected. The shapes are those of the snapshot document (see
 * {@link SnapshotFormat#SCHEMA_RESOURCE}): identifiers as strings, enum constants as lower-case codes with
 * hyphens ({@code "bureau-level-unit"}; {@code Language} as its tag, {@code "zh-Hans"}), labels as
 * {@code {"en","zh-Hans","zh-Hant"}}, an empty {@code Optional} as an absent field.
 *
 * <p>The module also maps {@link LocalDate}, {@link Instant} and {@link ZoneId} as ISO-8601 strings, so a
 * mapper needs no other module for the model; a module registered after this one takes precedence for those
 * three types. Identifiers also work as map keys. The module never enables default typing.
 */
public final class ChuxinModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module with every model type registered. */
  public ChuxinModule() {
    super("chuxin", Version.unknownVersion());
    add(LocalDate.class, Codecs.LOCAL_DATE);
    add(Instant.class, Codecs.INSTANT);
    add(ZoneId.class, Codecs.ZONE_ID);
    for (Codecs.IdType<?> id : Codecs.ID_TYPES) {
      addId(id);
    }
    for (Class<? extends Enum<?>> type : Codecs.ENUM_TYPES) {
      addEnum(type);
    }
    add(Label.class, Codecs.LABEL);
    add(DateWindow.class, Codecs.DATE_WINDOW);
    add(MemberCount.class, Codecs.MEMBER_COUNT);
    add(BatchAssignment.class, Codecs.BATCH_ASSIGNMENT);
    add(GuidanceAssignment.class, Codecs.GUIDANCE_ASSIGNMENT);
    add(ProblemOwner.class, Codecs.PROBLEM_OWNER);
    add(ProblemClosure.class, Codecs.PROBLEM_CLOSURE);
    add(CatalogueEntry.class, Codecs.CATALOGUE_ENTRY);
    add(Catalogue.class, Codecs.CATALOGUE);
    add(GeneralRequirement.class, Codecs.GENERAL_REQUIREMENT);
    add(Batch.class, Codecs.BATCH);
    add(Campaign.class, Codecs.CAMPAIGN);
    add(Organisation.class, Codecs.ORGANISATION);
    add(Leader.class, Codecs.LEADER);
    add(LeadershipBody.class, Codecs.LEADERSHIP_BODY);
    add(Meeting.class, Codecs.MEETING);
    add(PlanReview.class, Codecs.PLAN_REVIEW);
    add(ImplementationPlan.class, Codecs.PLAN);
    add(ScheduleItem.class, Codecs.SCHEDULE_ITEM);
    add(GuidanceGroup.class, Codecs.GUIDANCE_GROUP);
    add(FiveMustRecord.class, Codecs.FIVE_MUST_RECORD);
    add(Activity.class, Codecs.ACTIVITY);
    add(Problem.class, Codecs.PROBLEM);
    add(ProblemList.class, Codecs.PROBLEM_LIST);
    add(Extension.class, Codecs.EXTENSION);
    add(Deadline.class, Codecs.DEADLINE);
    add(Milestone.class, Codecs.MILESTONE);
    add(StatusChange.class, Codecs.STATUS_CHANGE);
    add(Evidence.class, Codecs.EVIDENCE);
    add(SignOff.class, Codecs.SIGN_OFF);
    add(RectificationItem.class, Codecs.RECTIFICATION_ITEM);
    add(SpecialRectification.class, Codecs.SPECIAL_RECTIFICATION);
  }

  private <T> void add(Class<T> type, Codec<T> codec) {
    addSerializer(type, new CodecSerializer<>(type, codec));
    addDeserializer(type, new CodecDeserializer<>(type, codec));
  }

  private <I extends Identifier> void addId(Codecs.IdType<I> id) {
    add(id.type(), id.codec());
    addKeyDeserializer(id.type(), new IdKeyDeserializer<>(id.type(), id.of()));
    addKeySerializer(id.type(), new IdKeySerializer<>(id.type()));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void addEnum(Class<? extends Enum<?>> type) {
    Class raw = type;
    add(raw, Codecs.enumeration(raw));
  }

  /** Writes a value through its codec. */
  private static final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;

    CodecSerializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
      codec.write(out, value);
    }
  }

  /** Reads a value as a tree, then decodes the tree's tokens through its codec and the model's builders. */
  private static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;

    CodecDeserializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode tree = context.readTree(parser);
      try (JsonParser tokens = tree.traverse(parser.getCodec())) {
        tokens.nextToken();
        return codec.read(In.of(tokens, "$"));
      } catch (Failure f) {
        throw MismatchedInputException.from(parser, handledType(), f.getMessage());
      }
    }
  }

  /** Writes an identifier as a map key: its value. */
  private static final class IdKeySerializer<I extends Identifier> extends StdSerializer<I> {
    private static final long serialVersionUID = 1L;

    IdKeySerializer(Class<I> type) {
      super(type);
    }

    @Override
    public void serialize(I value, JsonGenerator out, SerializerProvider provider) throws IOException {
      out.writeFieldName(value.value());
    }
  }

  /** Reads an identifier map key through the identifier's factory. */
  private static final class IdKeyDeserializer<I> extends KeyDeserializer {
    private final Class<I> type;
    private final Function<String, I> of;

    IdKeyDeserializer(Class<I> type, Function<String, I> of) {
      this.type = type;
      this.of = of;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext context) throws IOException {
      try {
        return of.apply(key);
      } catch (IllegalArgumentException | NullPointerException e) {
        return context.handleWeirdKey(type, key, "%s", String.valueOf(e.getMessage()));
      }
    }
  }
}
