package io.github.chuxin.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes one model type to a generator and reads it back from a JSON tree with its path. */
interface Codec<T> {

  void write(JsonGenerator out, T value) throws IOException;

  T read(In in);
}
