package io.github.chuxin.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes one model type to a generator and reads it back from a parser's tokens, tracking its path. */
interface Codec<T> {

  void write(JsonGenerator out, T value) throws IOException;

  /** Reads the value that starts at the parser's current token and leaves the parser at its last token. */
  T read(In in) throws IOException;
}
