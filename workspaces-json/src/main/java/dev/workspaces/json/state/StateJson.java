package dev.workspaces.json.state;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.workspaces.engine.State;

/**
 * Export and import of a whole {@link State} as JSON: everything it holds (clock, seed and
 * counters, configuration, directory catalogue, pending steps, and per scope every resource with the
 * engine's bookkeeping beside it, including the index entries one account's connection aliases and
 * account links leave in another's scope), so that a state saved by one test or server can be
 * loaded by another.
 *
 * <pre>{@code
 * String saved = StateJson.write(fake.snapshot());
 * WorkspacesFake again = WorkspacesFake.create(StateJson.read(saved));
 * }</pre>
 *
 * <h2>Guarantees</h2>
 * An exact round trip: {@code read(write(s))} equals {@code s}, and writing it again gives the same
 * text, for every state whose times are whole milliseconds (the API's own timestamps inside resources
 * are encoded as the API encodes them, to the millisecond; the engine's only finer times come from
 * advancing by a fraction of a millisecond). Resource members are written as the API writes them;
 * the engine's own members are ISO-8601 instants and durations, and enum constant names.
 * {@link #read} checks the document's shape and refuses with a {@link StateJsonException} naming the
 * member at fault (the members added since the format's first documents, for connection aliases,
 * account links and a WorkSpace's change times, may be absent and then hold nothing); it does not check the engine's invariants across members (a document edited by
 * hand into an impossible state is loaded as it is).
 */
public final class StateJson {
  /** The version of the document's layout, written as {@code "Format"}. */
  public static final int FORMAT = 1;

  private StateJson() {}

  /** Returns the whole of {@code state} as one line of JSON. */
  public static String write(State state) {
    return new String(StateJsonWriter.write(state), UTF_8);
  }

  /** Returns the whole of {@code state} as JSON indented by two spaces, one member per line. */
  public static String pretty(State state) {
    return StateDump.indent(StateJsonWriter.write(state));
  }

  /**
   * Returns the state {@code json} holds, as {@link #write} or {@link #pretty} wrote it.
   *
   * @throws StateJsonException if it is not such a document, naming the member at fault
   */
  public static State read(String json) {
    return StateJsonReader.read(json);
  }
}
