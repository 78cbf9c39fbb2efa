package dev.workspaces.engine.op;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.Iterators;
import dev.workspaces.engine.internal.collect.IdMap;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One page of a listing sorted by key, and the opaque token that resumes after it.
 *
 * <p>A token encodes the first key of the next page, so paging costs O(log n + page size) for an
 * unfiltered listing and stays correct while resources come and go between pages.
 *
 * @param items the items on this page, in key order
 * @param nextToken the token for the next page, empty on the last page
 * @param <V> the item type
 */
@API(status = INTERNAL)
public record Page<V>(List<V> items, Optional<String> nextToken) {
  private static final String PREFIX = "wsm1:";

  /**
   * Returns up to {@code limit} items matching {@code filter}, starting at {@code token}.
   *
   * @return the page, or empty when {@code token} was not issued by this engine
   */
  public static <V> Optional<Page<V>> of(
      NavigableMap<String, V> sorted, Optional<String> token, int limit, Predicate<V> filter) {
    return of(start -> sorted.tailMap(start, true).entrySet().iterator(), token, limit, filter);
  }

  /** As {@link #of(NavigableMap, Optional, int, Predicate)}, over an {@link IdMap}. */
  public static <V> Optional<Page<V>> of(IdMap<V> map, Optional<String> token, int limit, Predicate<V> filter) {
    return of(map::entriesFrom, token, limit, filter);
  }

  /**
   * As {@link #of(NavigableMap, Optional, int, Predicate)}, over the items {@code lookup} finds for
   * the ids {@code idsFrom} gives in order from a starting id (an id it finds nothing for is skipped).
   */
  public static <V> Optional<Page<V>> of(Function<String, Iterator<String>> idsFrom,
      Function<String, @Nullable V> lookup, Optional<String> token, int limit, Predicate<V> filter) {
    return of(start -> Iterators.filter(Iterators.transform(idsFrom.apply(start),
            id -> (Map.Entry<String, V>) new AbstractMap.SimpleImmutableEntry<>(id, lookup.apply(id))),
            entry -> entry.getValue() != null),
        token, limit, filter);
  }

  private static <V> Optional<Page<V>> of(Function<String, Iterator<Map.Entry<String, V>>> entriesFrom,
      Optional<String> token, int limit, Predicate<V> filter) {
    Optional<String> start = token.map(Page::decode);
    if (start.isPresent() && start.get().isEmpty()) {
      return Optional.empty();
    }
    List<V> items = new ArrayList<>();
    for (Iterator<Map.Entry<String, V>> rest = entriesFrom.apply(start.orElse("")); rest.hasNext(); ) {
      Map.Entry<String, V> entry = rest.next();
      if (!filter.test(entry.getValue())) {
        continue;
      }
      if (items.size() == limit) {
        return Optional.of(new Page<>(items, Optional.of(encode(entry.getKey()))));
      }
      items.add(entry.getValue());
    }
    return Optional.of(new Page<>(items, Optional.empty()));
  }

  private static String encode(String key) {
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the key a token resumes at, or "" when the token is not one of ours. */
  private static String decode(String token) {
    if (!token.startsWith(PREFIX)) {
      return "";
    }
    try {
      return new String(Base64.getUrlDecoder().decode(token.substring(PREFIX.length())), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return "";
    }
  }
}
