package dev.workspaces.junit;

import dev.workspaces.engine.State;
import dev.workspaces.engine.WorkspacesFake;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

/**
 * One test's state and the views made of it so far, each made once, on first request. Closing
 * closes what the views opened (the server's socket, the client), the latest first. JUnit closes
 * it with the extension context that stores it.
 */
final class Views implements AutoCloseable {
  private final Settings settings;
  private final WorkspacesFake fake;
  private final Map<View, Object> made = new EnumMap<>(View.class);
  private final Deque<AutoCloseable> opened = new ArrayDeque<>();

  Views(Settings settings) {
    this.settings = settings;
    this.fake = WorkspacesFake.create(State.initial(settings.seed(), settings.profile().engineConfig()));
  }

  /** Returns the settings the state was made with. */
  Settings settings() {
    return settings;
  }

  /** Returns the fake, which holds the state every other view runs on. */
  WorkspacesFake fake() {
    return fake;
  }

  /** Returns {@code view}, made now if this is its first request. */
  synchronized Object get(View view) {
    Object existing = made.get(view);
    if (existing != null) {
      return existing;
    }
    Object fresh = view.make(this);
    made.put(view, fresh);
    return fresh;
  }

  /** Registers {@code resource} to be closed with this state. */
  synchronized void closeLater(AutoCloseable resource) {
    opened.push(resource);
  }

  @Override
  public synchronized void close() throws Exception {
    Exception first = null;
    while (!opened.isEmpty()) {
      try {
        opened.pop().close();
      } catch (Exception e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
