package dev.workspaces.benchmarks;

import dev.workspaces.engine.internal.collect.IdMap;
import dev.workspaces.engine.state.IdGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.pcollections.HashPMap;
import org.pcollections.HashTreePMap;
import org.pcollections.TreePMap;

/**
 * The data-structure question behind the engine's scaling, in isolation: reading and replacing one
 * entry of a map of WorkSpace ids at 1k and 100k entries, visited in shuffled order (not part of
 * the default suite: {@code run.sh only=maps}).
 *
 * <p>{@code tree} is what {@code ScopeState} used before {@code IdMap} (PCollections
 * {@code TreePMap}, a binary tree whose every level dereferences a String key); {@code hashTree}
 * is PCollections' own {@code HashTreePMap} (a binary tree over int hashes); {@code hamt} is a
 * 32-way hash array mapped trie of node and entry objects (Vavr's {@code HashMap}, what
 * {@code IdMap} looked up in until it got its own trie of bare arrays); {@code idMap} is
 * {@code IdMap} itself; {@code mutable} is {@code java.util.HashMap}, the floor. Replacements
 * alternate between two values, so none is a no-op. The {@code _insert} rows add a new id:
 * {@code listed} is an {@code IdMap} that also keeps its ids in order (its B+ tree), {@code unlisted}
 * one that does not, so their difference is the price of keeping the order.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MapProbeBenchmark {
  @Param({"1000", "100000"})
  public int entries;

  private String[] keys;
  private TreePMap<String, Object> tree;
  private HashPMap<String, Object> hashTree;
  private io.vavr.collection.HashMap<String, Object> hamt;
  private Map<String, Object> mutable;
  private String[] fresh;
  private IdMap<Object> listed;
  private IdMap<Object> unlisted;
  private final Object value = new Object();
  private final Object otherValue = new Object();
  private boolean flip;
  private int next;
  private int nextFresh;

  @Setup
  public void build() {
    List<String> ids = new ArrayList<>();
    Map<String, Object> plain = new HashMap<>();
    for (int i = 0; i < entries; i++) {
      String id = IdGenerator.id(42, i, "ws-", 9, false);
      ids.add(id);
      plain.put(id, new Object());
    }
    tree = TreePMap.from(plain);
    hashTree = HashTreePMap.from(plain);
    hamt = io.vavr.collection.HashMap.ofAll(plain);
    mutable = plain;
    Collections.shuffle(ids, new Random(3));
    keys = ids.toArray(String[]::new);
    listed = IdMap.listed();
    unlisted = IdMap.unlisted();
    for (String id : keys) {
      listed = listed.plus(id, value);
      unlisted = unlisted.plus(id, value);
    }
    fresh = new String[4096];
    for (int i = 0; i < fresh.length; i++) {
      fresh[i] = IdGenerator.id(43, i, "ws-", 9, false);
    }
  }

  private String nextFresh() {
    nextFresh = nextFresh + 1 == fresh.length ? 0 : nextFresh + 1;
    return fresh[nextFresh];
  }

  @Benchmark
  public Object tree_insert() {
    return tree.plus(nextFresh(), value);
  }

  @Benchmark
  public Object listed_insert() {
    return listed.plus(nextFresh(), value);
  }

  @Benchmark
  public Object unlisted_insert() {
    return unlisted.plus(nextFresh(), value);
  }

  private Object nextValue() {
    flip = !flip;
    return flip ? value : otherValue;
  }

  private String nextKey() {
    next = next + 1 == keys.length ? 0 : next + 1;
    return keys[next];
  }

  @Benchmark
  public Object tree_get() {
    return tree.get(nextKey());
  }

  @Benchmark
  public Object tree_replace() {
    return tree.plus(nextKey(), nextValue());
  }

  @Benchmark
  public Object hashTree_get() {
    return hashTree.get(nextKey());
  }

  @Benchmark
  public Object hashTree_replace() {
    return hashTree.plus(nextKey(), nextValue());
  }

  @Benchmark
  public Object hamt_get() {
    return hamt.get(nextKey());
  }

  @Benchmark
  public Object hamt_replace() {
    return hamt.put(nextKey(), nextValue());
  }

  @Benchmark
  public Object idMap_get() {
    return unlisted.get(nextKey());
  }

  @Benchmark
  public Object idMap_replace() {
    return unlisted.plus(nextKey(), nextValue());
  }

  @Benchmark
  public Object mutable_get() {
    return mutable.get(nextKey());
  }
}
