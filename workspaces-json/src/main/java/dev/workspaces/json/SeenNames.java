package dev.workspaces.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The member names already met in one JSON object, for the reader's own duplicate check: one bit
 * per known member (by its index in model order) and, only once an unknown name turns up, a set
 * of those. A duplicate is a {@link MalformedBodyException}; its wording does not matter, since the
 * reader then reads the body again with Jackson's check, whose message is the one reported.
 */
final class SeenNames {
  private long firstMembers;
  private @Nullable Set<String> others;

  /**
   * Records {@code name}, the member with index {@code index} (-1 when the structure has no such
   * member).
   */
  void add(int index, String name) throws MalformedBodyException {
    if (index >= 0 && index < Long.SIZE) {
      long bit = 1L << index;
      if ((firstMembers & bit) != 0) {
        throw duplicate(name);
      }
      firstMembers |= bit;
      return;
    }
    if (others == null) {
      others = new HashSet<>();
    }
    if (!others.add(name)) {
      throw duplicate(name);
    }
  }

  /** Returns the refusal of a name given twice. */
  static MalformedBodyException duplicate(String name) {
    return new MalformedBodyException("Duplicate field '" + name + "'");
  }

  /**
   * Skips the value at the parser's current token, with all it contains, refusing any object in
   * it that names a member twice (as Jackson's own check would while skipping).
   */
  static void skip(JsonParser parser) throws IOException, MalformedBodyException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Set<String> names = new HashSet<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        if (!names.add(name)) {
          throw duplicate(name);
        }
        parser.nextToken();
        skip(parser);
      }
    } else if (token == JsonToken.START_ARRAY) {
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (parser.currentToken() == null) {
          return; // cut off: the caller meets the end of input next and refuses the body
        }
        skip(parser);
      }
    }
  }
}
