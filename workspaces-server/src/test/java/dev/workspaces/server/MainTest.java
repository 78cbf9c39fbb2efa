package dev.workspaces.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code main} prints exactly {@code Listening on http://HOST:PORT} with the bound port, and serves. */
class MainTest {
  private static final Pattern LISTENING = Pattern.compile("Listening on http://127\\.0\\.0\\.1:(\\d{1,5})");

  @Test
  void launchPrintsTheListeningLineWithTheRealPort() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ServerConfig config = CommandLine.parse(new String[] {"--port", "0", "--clock", "manual"});
    try (WorkspacesServer server = WorkspacesServer.launch(config, new PrintStream(out, true, StandardCharsets.UTF_8))) {
      assertEquals("Listening on http://127.0.0.1:" + server.port() + System.lineSeparator(),
          out.toString(StandardCharsets.UTF_8));
      assertTrue(server.port() > 0);
    }
  }

  @Test
  void mainInAChildJvmListensAndAnswers() throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
        WorkspacesServer.class.getName(), "--port", "0", "--clock", "manual")
        .redirectErrorStream(true).start();
    try {
      BufferedReader lines = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = lines.readLine();
      Matcher matcher = LISTENING.matcher(String.valueOf(line));
      assertTrue(matcher.matches(), "first line: " + line);

      URI endpoint = URI.create("http://127.0.0.1:" + matcher.group(1) + "/");
      TestServer.Raw reply = TestServer.send(java.net.http.HttpRequest.newBuilder(endpoint)
          .header("X-Amz-Target", "WorkspacesService.DescribeWorkspaces")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());
      assertEquals(200, reply.status());
      assertEquals("{\"Workspaces\":[]}", reply.body());
      assertTrue(process.isAlive(), "main keeps the server running after it returns");
    } finally {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void badArgumentsExitWithStatusTwo() throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
        WorkspacesServer.class.getName(), "--clock", "sundial"))
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    assertEquals(2, process.exitValue(), output);
    assertTrue(output.contains("Invalid value for option '--clock': expected wall or manual, got: sundial"), output);
  }
}
