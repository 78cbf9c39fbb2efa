package dev.workspaces.engine;

import dev.workspaces.model.Structure;
import dev.workspaces.model.WorkspacesResponse;
import dev.workspaces.model.schema.StructureSchema;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code FailedRequests} of any response through its schema: the error code and message of
 * each refused item, in order; empty for a response without the member.
 */
public final class ItemFailures {
  private ItemFailures() {}

  /**
   * One refused item as the response reports it.
   *
   * @param errorCode the item's {@code ErrorCode}
   * @param errorMessage the item's {@code ErrorMessage}
   */
  public record ItemFailure(String errorCode, String errorMessage) {}

  /** Returns the refused items of {@code response}, in order; empty when there is no response. */
  public static List<ItemFailure> of(Optional<WorkspacesResponse> response) {
    return response.map(ItemFailures::of).orElse(List.of());
  }

  /** Returns the refused items of {@code response}, in order. */
  public static List<ItemFailure> of(WorkspacesResponse response) {
    Object items = raw(response.schema(), response, "FailedRequests");
    if (items == null) {
      return List.of();
    }
    return ((List<?>) items).stream().map(Structure.class::cast)
        .map(item -> new ItemFailure((String) raw(item.schema(), item, "ErrorCode"),
            (String) raw(item.schema(), item, "ErrorMessage")))
        .toList();
  }

  private static <T, B> Object raw(StructureSchema<T, B> schema, Object value, String wireName) {
    return schema.member(wireName).map(member -> member.get(schema.cast(value))).orElse(null);
  }
}
