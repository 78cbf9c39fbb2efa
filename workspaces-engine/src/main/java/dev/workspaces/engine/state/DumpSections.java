package dev.workspaces.engine.state;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.workspaces.model.Structure;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Receives the sections of one scope in the state dump: each a name and model values, which the
 * dump renders as the codec encodes them. Maps are written in their iteration order.
 */
@API(status = INTERNAL)
public interface DumpSections {
  /** Writes the section {@code name}: {@code values} in order. */
  void list(String name, Iterable<? extends Structure> values);

  /** Writes the section {@code name}: one value per resource id. */
  void byResource(String name, Map<String, ? extends Structure> values);

  /** Writes the section {@code name}: a list of values per resource id. */
  void listsByResource(String name, Map<String, ? extends List<? extends Structure>> lists);

  /** Writes the section {@code name}: one text per resource id. */
  void textByResource(String name, Map<String, String> texts);
}
