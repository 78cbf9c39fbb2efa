package dev.workspaces.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Start-up as every test JVM or test run pays it, measured on fresh processes from the moment they
 * are launched: the fake's first calls ({@link StartupProbe}), the server jar's first reply, and
 * moto's server's first reply, each to the same DescribeWorkspaces request.
 */
final class StartupTimes {
  private static final Duration GIVE_UP = Duration.ofSeconds(60);
  private static final String DESCRIBE = "{}";

  private final String java;
  private final Path classpath;
  private final Path serverJar;

  /**
   * @param classpath the jar {@link StartupProbe} runs from (the benchmarks jar)
   * @param serverJar the server's runnable jar, as users start it
   */
  StartupTimes(Path classpath, Path serverJar) {
    this.java = ProcessHandle.current().info().command().orElse("java");
    this.classpath = classpath;
    this.serverJar = serverJar;
  }

  /** The fake's start-up: the whole time from launch to the probe's line, and the calls' part of it. */
  record FakeStart(long launchToReadyMillis, long jvmMillis, long callsMillis) {}

  /** Launches {@link StartupProbe} in a fresh JVM with {@code jvmOptions} and returns its times. */
  FakeStart fake(List<String> jvmOptions) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classpath.toString(), StartupProbe.class.getName()));
    long launched = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("ready ")) {
          long ready = System.nanoTime();
          String[] parts = line.split(" ");
          FakeStart start = new FakeStart(TimeUnit.NANOSECONDS.toMillis(ready - launched), Long.parseLong(parts[1]),
              Long.parseLong(parts[2]));
          process.waitFor(30, TimeUnit.SECONDS);
          return start;
        }
      }
      throw new IllegalStateException("the probe ended without its line, status " + process.waitFor());
    } finally {
      process.destroyForcibly().waitFor();
    }
  }

  /** Returns whether the server jar exists where it is looked for. */
  boolean hasServerJar() {
    return Files.isRegularFile(serverJar);
  }

  /** Launches the server jar with {@code jvmOptions} and returns the milliseconds from launch to its first reply. */
  long server(List<String> jvmOptions) throws IOException, InterruptedException {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", serverJar.toString(), "--port", String.valueOf(port)));
    return firstReply(command, port);
  }

  /**
   * Returns the JVM options that use a class-data sharing archive of what the fake's probe (or the
   * server, when {@code server}) loads, made by one run that writes it at exit (JDK 13 and later).
   */
  List<String> classDataSharing(Path archive, boolean server) throws IOException, InterruptedException {
    Files.deleteIfExists(archive);
    List<String> writing = List.of("-XX:ArchiveClassesAtExit=" + archive);
    if (server) {
      server(writing);
    } else {
      fake(writing);
    }
    if (!Files.isRegularFile(archive)) {
      throw new IllegalStateException("no class-data sharing archive was written to " + archive);
    }
    return List.of("-XX:SharedArchiveFile=" + archive);
  }

  /** Launches moto's server with {@code command} and returns the milliseconds to its first reply, or empty if it does not run. */
  Optional<Long> moto(String command) throws InterruptedException {
    int port = freePort();
    try {
      return Optional.of(firstReply(List.of(command, "-H", "127.0.0.1", "-p", String.valueOf(port)), port));
    } catch (IOException notInstalled) {
      return Optional.empty();
    }
  }

  /** Starts {@code command}, sends DescribeWorkspaces until a 200 comes back, and stops the process. */
  private static long firstReply(List<String> command, int port) throws IOException, InterruptedException {
    long launched = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      long deadline = launched + GIVE_UP.toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException(command.get(0) + " exited with status " + process.exitValue());
        }
        if (answers(port)) {
          return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launched);
        }
        Thread.sleep(5);
      }
      throw new IllegalStateException(command + " did not answer within " + GIVE_UP);
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /** Sends one DescribeWorkspaces request; returns whether it was answered 200. */
  private static boolean answers(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
      socket.setSoTimeout(10_000);
      byte[] body = DESCRIBE.getBytes(StandardCharsets.UTF_8);
      String head = "POST / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
          + "Content-Type: application/x-amz-json-1.1\r\nX-Amz-Target: WorkspacesService.DescribeWorkspaces\r\n"
          + "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/workspaces/aws4_request,"
          + " SignedHeaders=host, Signature=0\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
      return status != null && status.startsWith("HTTP/1.1 200");
    } catch (SocketTimeoutException slow) {
      return false;
    } catch (IOException notYet) {
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Returns {@code values} sorted, for medians and ranges. */
  static List<Long> sorted(List<Long> values) {
    List<Long> copy = new ArrayList<>(values);
    copy.sort(null);
    return copy;
  }
}
