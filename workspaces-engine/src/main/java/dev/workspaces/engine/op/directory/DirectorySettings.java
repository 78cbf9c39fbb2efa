package dev.workspaces.engine.op.directory;

import dev.workspaces.engine.Outcome;
import dev.workspaces.engine.State;
import dev.workspaces.engine.op.RuleRefusal;
import dev.workspaces.engine.rule.DirectoryRule;
import dev.workspaces.engine.state.DirectoryEntry;
import dev.workspaces.engine.state.Kinds;
import dev.workspaces.engine.state.StateEditor;
import dev.workspaces.model.Structure;
import dev.workspaces.model.WorkspaceDirectoryState;
import dev.workspaces.model.schema.MemberSchema;
import dev.workspaces.model.schema.StructureSchema;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The shared path of the directory-level settings operations: find the registration, require it
 * to be REGISTERED, then overlay the partial change onto the stored settings.
 *
 * <h2>Readings</h2>
 * A directory counts as registered in a scope while it is listed there in any state except
 * DEREGISTERED: a DEREGISTERED directory is only lingering before it disappears, so operations on it
 * get ResourceNotFoundException, and it may be registered again at once. Settings can be changed
 * only while the directory is REGISTERED; the settings operations do not declare
 * InvalidResourceStateException, so the refusal is the OperationNotSupportedException they do declare.
 */
final class DirectorySettings {
  private DirectorySettings() {}

  /**
   * Applies {@code effect} to the REGISTERED directory {@code directoryId}; refuses by row
   * {@link DirectoryRule#REGISTERED} when it is not registered and {@link DirectoryRule#SETTINGS_REGISTERED}
   * when it is in another state. {@code operation} names the call in the refusal message.
   */
  static Outcome apply(State state, StateEditor editor, String directoryId, String operation,
      Function<DirectoryEntry, Outcome> effect) {
    Optional<DirectoryEntry> entry = editor.read(Kinds.DIRECTORIES).registered(directoryId);
    Optional<RuleRefusal> refusal = RuleRefusal.first(
        () -> RuleRefusal.missing(entry, DirectoryRule.REGISTERED, "directory", directoryId),
        () -> RuleRefusal.when(entry.get().state() != WorkspaceDirectoryState.REGISTERED,
            DirectoryRule.SETTINGS_REGISTERED, () -> "The directory " + directoryId + " is " + entry.get().state()
                + "; " + operation + " needs it to be REGISTERED."));
    return refusal.map(refused -> refused.outcome(state)).orElseGet(() -> effect.apply(entry.get()));
  }

  /**
   * Returns {@code current} with every member present in {@code change} replacing the member of
   * the same wire name; members {@code change} leaves out keep their value. {@code change} may be of
   * another shape (a request's shape versus the stored one): members are matched by wire name, and
   * those the stored shape lacks are ignored. Nested structures are replaced whole.
   */
  static <T, B> T overlay(StructureSchema<T, B> schema, T current, Structure change) {
    B builder = schema.newBuilder();
    for (MemberSchema<T, B> member : schema.members()) {
      Object changed = raw(change.schema(), change, member.wireName());
      Object value = changed != null ? changed : member.get(current);
      if (value != null) {
        member.set(builder, value);
      }
    }
    return schema.build(builder);
  }

  /** Returns the raw value of the member named {@code wireName} in {@code value}, or null. */
  private static <S, SB> @Nullable Object raw(StructureSchema<S, SB> schema, Object value, String wireName) {
    return schema.member(wireName).map(member -> member.get(schema.cast(value))).orElse(null);
  }
}
