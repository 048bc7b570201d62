package io.github.chuxin.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes one model type to a generator and reads it back from a parser's tokens, tracking its path. */
interface Codec<T> {

  void write(JsonGenerator out, T value) throws IOException;

  /** Reads the value that starts at the parser's current token and leaves the parser at its last token. */
  T read(In in) throws IOException;

  /** The writing half of a codec. */
  @FunctionalInterface
  interface Writer<T> {
    void write(JsonGenerator out, T value) throws IOException;
  }

  /** The reading half of a codec. */
  @FunctionalInterface
  interface Reader<T> {
    T read(In in) throws IOException;
  }

  /** The codec that writes with {@code writer} and reads with {@code reader}. */
  static <T> Codec<T> codec(Writer<T> writer, Reader<T> reader) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator out, T value) throws IOException {
        writer.write(out, value);
      }

      @Override
      public T read(In in) throws IOException {
        return reader.read(in);
      }
    };
  }
}
