package dev.workspaces.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A moto server (the {@code moto_server} command of the Python package moto) started on a free
 * loopback port, so that the endpoint part measures moto on the same machine as ours. It holds as
 * many AVAILABLE WorkSpaces as our server does: a directory made in two of moto's default subnets,
 * registered with WorkSpaces, and WorkSpaces created 25 per CreateWorkspaces call.
 *
 * <p>moto checks no signatures, but it tells services apart by the credential scope of the
 * {@code Authorization} header, so every request carries one ({@link #authorizationHeader}).
 */
public final class MotoServer implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofSeconds(60);
  private static final int ITEMS_PER_CREATE = 25;
  /**
   * An Amazon-owned bundle's id: moto takes any (its DescribeWorkspaceBundles fails with an
   * internal error in moto 5.2.1, so the id cannot be looked up there).
   */
  private static final String BUNDLE_ID = "wsb-bh8rsxt14";

  private final Process process;
  private final int port;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<String> workspaceIds = new ArrayList<>();

  private MotoServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Starts {@code command} (such as {@code moto_server}) and fills it with {@code workspaces}
   * WorkSpaces; returns empty when the command cannot be run (moto is not installed).
   *
   * @throws IllegalStateException if moto starts but does not come up or refuses the setup
   */
  public static Optional<MotoServer> start(String command, int workspaces) {
    int port = freePort();
    Process process;
    try {
      process = new ProcessBuilder(command, "-H", "127.0.0.1", "-p", String.valueOf(port))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException notInstalled) {
      return Optional.empty();
    }
    MotoServer moto = new MotoServer(process, port);
    // moto is a separate process: it must not outlive this JVM even if the run is cut short.
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-moto"));
    try {
      moto.awaitListening();
      moto.fill(workspaces);
      return Optional.of(moto);
    } catch (RuntimeException | IOException | InterruptedException e) {
      moto.close();
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("moto (" + command + ") did not come up with " + workspaces
          + " WorkSpaces", e);
    }
  }

  /** Returns the loopback port moto listens on. */
  public int port() {
    return port;
  }

  /** Returns the ids of moto's WorkSpaces, in creation order. */
  public List<String> workspaceIds() {
    return List.copyOf(workspaceIds);
  }

  /** Returns an {@code Authorization} header line (with its CRLF) that routes a request to {@code service}. */
  public String authorizationHeader(String service) {
    return "Authorization: " + authorization(service) + "\r\n";
  }

  private static String authorization(String service) {
    return "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/" + service
        + "/aws4_request, SignedHeaders=host, Signature=0";
  }

  private void awaitListening() throws InterruptedException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("moto exited with status " + process.exitValue());
      }
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("moto did not listen on port " + port + " within " + STARTUP);
  }

  private void fill(int workspaces) throws IOException, InterruptedException {
    String subnets = post("ec2", null, "application/x-www-form-urlencoded",
        "Action=DescribeSubnets&Version=2016-11-15&Filter.1.Name=default-for-az&Filter.1.Value.1=true");
    List<String> subnetIds = xmlValues(subnets, "subnetId");
    String vpcId = xmlValues(subnets, "vpcId").get(0);
    String directory = json("ds", "DirectoryService_20150416.CreateDirectory",
        "{\"Name\":\"corp.example.com\",\"Password\":\"Passw0rd!x\",\"Size\":\"Small\",\"VpcSettings\":"
            + "{\"VpcId\":\"" + vpcId + "\",\"SubnetIds\":[\"" + subnetIds.get(0) + "\",\"" + subnetIds.get(1)
            + "\"]}}");
    String directoryId = jsonValues(directory, "DirectoryId").get(0);
    json("workspaces", "WorkspacesService.RegisterWorkspaceDirectory",
        "{\"DirectoryId\":\"" + directoryId + "\"}");
    for (int from = 0; from < workspaces; from += ITEMS_PER_CREATE) {
      String items = IntStream.range(from, Math.min(workspaces, from + ITEMS_PER_CREATE))
          .mapToObj(i -> "{\"DirectoryId\":\"" + directoryId + "\",\"UserName\":\"user-" + i
              + "\",\"BundleId\":\"" + BUNDLE_ID + "\"}")
          .collect(Collectors.joining(","));
      workspaceIds.addAll(jsonValues(json("workspaces", "WorkspacesService.CreateWorkspaces",
          "{\"Workspaces\":[" + items + "]}"), "WorkspaceId"));
    }
    if (workspaceIds.size() != workspaces) {
      throw new IllegalStateException("moto created " + workspaceIds.size() + " of " + workspaces + " WorkSpaces");
    }
  }

  private String json(String service, String target, String body) throws IOException, InterruptedException {
    return post(service, target, "application/x-amz-json-1.1", body);
  }

  private String post(String service, String target, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
        .header("Content-Type", contentType).header("Authorization", authorization(service))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (target != null) {
      request.header("X-Amz-Target", target);
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(service + " " + target + " answered " + response.statusCode() + ": "
          + response.body());
    }
    return response.body();
  }

  /** Returns every string value of a member named {@code name}, at any depth, in document order. */
  static List<String> jsonValues(String json, String name) {
    List<String> values = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING && name.equals(parser.currentName())) {
          values.add(parser.getText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }

  /** Returns the text of every element named {@code name}, in document order. */
  static List<String> xmlValues(String xml, String name) {
    try {
      NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getElementsByTagName(name);
      return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("not XML: " + xml, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops moto (and waits a few seconds for it to go). */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
