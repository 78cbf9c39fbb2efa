package dev.workspaces.server.reliability;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workspaces.engine.Engine;
import dev.workspaces.engine.Scope;
import dev.workspaces.engine.State;
import dev.workspaces.engine.WorkspacesFake;
import dev.workspaces.json.WorkspacesJson;
import dev.workspaces.model.Operation;
import dev.workspaces.model.WorkspacesRequest;
import dev.workspaces.model.error.WorkspacesException;
import dev.workspaces.model.schema.WorkspacesSchema;
import dev.workspaces.server.EndpointReply;
import dev.workspaces.server.WorkspacesEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A fake and an endpoint over it, driven from 8 threads at once, behave as one service applying the
 * calls one at a time: every reply and every state equal a sequential replay of the calls in the
 * order the shared state cell applied them, no concurrent update is lost, and a read never sees a
 * state that no prefix of that order produced.
 *
 * <p>The order is recorded from the outside: each logged call runs inside
 * {@link WorkspacesEndpoint#replace}, which holds the state holder's and the cell's locks, and makes
 * its real call (through {@link WorkspacesEndpoint#handle} or {@link WorkspacesFake#call}) from
 * there; the locks are re-entrant, so the call takes the same path as any other. Reads that check for
 * torn states run outside that wrapper, concurrently with it.
 */
class ConcurrentReplayTest {
  private static final long SEED = 19;
  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 500;
  private static final List<String> DIRECTORIES = List.of("d-1234567890", "d-2345678901", "d-3456789012");
  private static final List<String> USERS = List.of("alice", "bob", "carol", "dave");
  private static final Pattern WORKSPACE_ID = Pattern.compile("\"WorkspaceId\":\"(ws-[0-9a-z]+)\"");
  private static final Action DESCRIBE_WORKSPACES = new Action(Route.ENDPOINT, "DescribeWorkspaces", "{}", Duration.ZERO);

  /** How a call reaches the state. */
  private enum Route { ENDPOINT, FAKE, ADVANCE }

  /** One call: an operation and its JSON body by one route, or a move of virtual time. */
  private record Action(Route route, String operation, String json, Duration advance) {}

  /** A reply as its caller sees it: the HTTP status and body, or the fake's encoded response or error. */
  private record Reply(int status, String errorType, String body) {}

  /** A logged call: which thread made it, its reply and the state it left. */
  private record Step(int thread, Action action, Reply reply, State after) {}

  /** A read made outside the log, and how many logged calls had completed before and after it. */
  private record Read(int appliedBefore, Reply reply, int appliedAfter) {}

  /** A fake and an endpoint over its state. */
  private static final class Service {
    final WorkspacesFake fake = WorkspacesFake.create(State.initial(SEED));
    final WorkspacesEndpoint endpoint = WorkspacesEndpoint.over(fake);

    Reply perform(Action action) {
      return switch (action.route()) {
        case ENDPOINT -> send(action.operation(), action.json());
        case FAKE -> call(action.operation(), action.json());
        case ADVANCE -> {
          fake.advance(action.advance());
          yield new Reply(200, "", "");
        }
      };
    }

    private Reply send(String operation, String json) {
      String target = WorkspacesSchema.TARGET_PREFIX + "." + operation;
      EndpointReply reply = endpoint.handle("POST", "/", name -> switch (name.toLowerCase(Locale.ROOT)) {
        case "x-amz-target" -> target;
        case "content-type" -> "application/x-amz-json-1.1";
        default -> null;
      }, json.getBytes(UTF_8));
      return new Reply(reply.status(), reply.headers().getOrDefault("X-Amzn-ErrorType", ""),
          new String(reply.body(), UTF_8));
    }

    private Reply call(String operation, String json) {
      WorkspacesRequest request = WorkspacesJson.decodeRequest(
          Operation.fromName(operation).orElseThrow(), json.getBytes(UTF_8)).value();
      try {
        return new Reply(200, "", WorkspacesJson.encodeToString(fake.call(request)));
      } catch (WorkspacesException refusal) {
        return new Reply(400, refusal.errorCode().toString(), new String(WorkspacesJson.encodeError(refusal), UTF_8));
      }
    }
  }

  @Test
  void everyReplyAndStateEqualASequentialReplayInTheOrderTheCellAppliedThem() throws Exception {
    Service service = new Service();
    List<Step> log = new ArrayList<>(); // appended only under the cell's lock
    AtomicInteger applied = new AtomicInteger();
    List<String> workspaceIds = new CopyOnWriteArrayList<>();
    List<Read> reads = new CopyOnWriteArrayList<>();

    runTogether(thread -> {
      Random random = new Random(SEED * 31 + thread);
      for (int i = 0; i < CALLS_PER_THREAD; i++) {
        if (random.nextInt(5) == 0) {
          int before = applied.get();
          Reply reply = service.perform(DESCRIBE_WORKSPACES);
          reads.add(new Read(before, reply, applied.get()));
          continue;
        }
        Action action = randomAction(random, workspaceIds);
        Reply[] replied = new Reply[1];
        service.endpoint.replace(state -> {
          replied[0] = service.perform(action);
          State after = service.fake.snapshot();
          log.add(new Step(thread, action, replied[0], after));
          applied.incrementAndGet();
          return after;
        });
        Matcher created = WORKSPACE_ID.matcher(replied[0].body());
        while (action.operation().equals("CreateWorkspaces") && created.find()) {
          workspaceIds.add(created.group(1));
        }
        Thread.yield();
      }
    });

    assertEquals(THREADS * CALLS_PER_THREAD, log.size() + reads.size());
    assertEquals(log.get(log.size() - 1).after(), service.fake.snapshot());
    int interleavings = interleavings(log);
    assertTrue(interleavings >= 4 * THREADS, "the threads' calls interleave: " + interleavings + " switches");
    assertTrue(log.stream().anyMatch(step -> step.reply().status() == 400), "some calls are refused");
    assertTrue(log.stream().anyMatch(step -> step.action().operation().equals("StopWorkspaces")
        && step.reply().body().contains("\"FailedRequests\":[]")), "some WorkSpaces stop");

    Service replay = new Service();
    for (int i = 0; i < log.size(); i++) {
      Step step = log.get(i);
      assertEquals(step.reply(), replay.perform(step.action()), "reply of call " + i + ": " + step.action());
      assertEquals(step.after(), replay.fake.snapshot(), "state after call " + i + ": " + step.action());
    }
    assertEquals(service.fake.snapshot(), replay.fake.snapshot());

    List<State> states = new ArrayList<>();
    states.add(State.initial(SEED));
    log.forEach(step -> states.add(step.after()));
    for (Read read : reads) {
      assertTrue(seenInSomePrefix(read, states), "a DescribeWorkspaces reply no prefix of the log produced: " + read);
    }
  }

  @Test
  void concurrentCreateTagsOnOneWorkspaceAreAllKept() throws Exception {
    Service service = new Service();
    service.perform(new Action(Route.FAKE, "RegisterWorkspaceDirectory", "{\"DirectoryId\":\"d-1234567890\"}", Duration.ZERO));
    service.fake.advance(Duration.ofMinutes(5));
    Reply created = service.perform(new Action(Route.FAKE, "CreateWorkspaces", "{\"Workspaces\":[{\"DirectoryId\":"
        + "\"d-1234567890\",\"UserName\":\"alice\",\"BundleId\":\"wsb-1st2n8b5c\"}]}", Duration.ZERO));
    Matcher id = WORKSPACE_ID.matcher(created.body());
    assertTrue(id.find(), created.body());
    String workspaceId = id.group(1);
    int tagsPerThread = 6;

    runTogether(thread -> {
      for (int i = 0; i < tagsPerThread; i++) {
        Route route = (thread + i) % 2 == 0 ? Route.ENDPOINT : Route.FAKE;
        Reply reply = service.perform(new Action(route, "CreateTags", "{\"ResourceId\":\"" + workspaceId
            + "\",\"Tags\":[{\"Key\":\"t" + thread + "-" + i + "\",\"Value\":\"v\"}]}", Duration.ZERO));
        assertEquals(200, reply.status(), reply.toString());
      }
    });

    Reply tags = service.perform(new Action(Route.FAKE, "DescribeTags", "{\"ResourceId\":\"" + workspaceId + "\"}", Duration.ZERO));
    Set<String> keys = new TreeSet<>();
    Matcher key = Pattern.compile("\"Key\":\"([^\"]+)\"").matcher(tags.body());
    while (key.find()) {
      keys.add(key.group(1));
    }
    Set<String> expected = new TreeSet<>();
    for (int thread = 0; thread < THREADS; thread++) {
      for (int i = 0; i < tagsPerThread; i++) {
        expected.add("t" + thread + "-" + i);
      }
    }
    assertEquals(expected, keys);
  }

  private static Action randomAction(Random random, List<String> workspaceIds) {
    Route route = random.nextBoolean() ? Route.ENDPOINT : Route.FAKE;
    String directory = DIRECTORIES.get(random.nextInt(DIRECTORIES.size()));
    String workspace = workspaceIds.isEmpty() ? "ws-000000000" : workspaceIds.get(random.nextInt(workspaceIds.size()));
    return switch (random.nextInt(10)) {
      case 0 -> new Action(route, "RegisterWorkspaceDirectory", "{\"DirectoryId\":\"" + directory + "\"}", Duration.ZERO);
      case 1, 2 -> new Action(route, "CreateWorkspaces", "{\"Workspaces\":[{\"DirectoryId\":\"" + directory
          + "\",\"UserName\":\"" + USERS.get(random.nextInt(USERS.size())) + "\",\"BundleId\":\"wsb-1st2n8b5c\"}]}",
          Duration.ZERO);
      case 3 -> new Action(route, "StartWorkspaces",
          "{\"StartWorkspaceRequests\":[{\"WorkspaceId\":\"" + workspace + "\"}]}", Duration.ZERO);
      case 4 -> new Action(route, "StopWorkspaces",
          "{\"StopWorkspaceRequests\":[{\"WorkspaceId\":\"" + workspace + "\"}]}", Duration.ZERO);
      case 5 -> new Action(route, "TerminateWorkspaces",
          "{\"TerminateWorkspaceRequests\":[{\"WorkspaceId\":\"" + workspace + "\"}]}", Duration.ZERO);
      case 6 -> new Action(route, "CreateTags", "{\"ResourceId\":\"" + (random.nextBoolean() ? workspace : directory)
          + "\",\"Tags\":[{\"Key\":\"k" + random.nextInt(8) + "\",\"Value\":\"v" + random.nextInt(100) + "\"}]}",
          Duration.ZERO);
      case 7 -> new Action(route, "DescribeTags", "{\"ResourceId\":\"" + workspace + "\"}", Duration.ZERO);
      case 8 -> new Action(route, "DescribeWorkspaces", "{}", Duration.ZERO);
      default -> new Action(Route.ADVANCE, "", "", Duration.ofMinutes(1 + random.nextInt(30)));
    };
  }

  private static boolean seenInSomePrefix(Read read, List<State> states) {
    WorkspacesRequest describe = WorkspacesJson.decodeRequest(Operation.DESCRIBE_WORKSPACES, "{}".getBytes(UTF_8)).value();
    for (int prefix = read.appliedBefore(); prefix <= read.appliedAfter(); prefix++) {
      String body = WorkspacesJson.encodeToString(
          Engine.apply(states.get(prefix), Scope.DEFAULT, describe).response().orElseThrow());
      if (read.reply().status() == 200 && read.reply().body().equals(body)) {
        return true;
      }
    }
    return false;
  }

  private static int interleavings(List<Step> log) {
    int changes = 0;
    for (int i = 1; i < log.size(); i++) {
      changes += log.get(i).thread() != log.get(i - 1).thread() ? 1 : 0;
    }
    return changes;
  }

  /** A thread's share of the work. */
  private interface Work {
    void run(int thread) throws Exception;
  }

  private static void runTogether(Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        int index = thread;
        done.add(pool.submit(() -> {
          start.await();
          work.run(index);
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
