package dev.workspaces.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The AWS CLI (v1 or v2), if one is on the PATH, talks to the server: skipped otherwise. The CLI
 * reads the error code from the body's {@code __type} (docs/wire.md section 7).
 */
class AwsCliTest {

  /** The result of one CLI run. */
  private record Run(int exitCode, String stdout, String stderr) {}

  private static Optional<Path> aws() {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String directory : path.split(File.pathSeparator)) {
      Path candidate = Path.of(directory.isEmpty() ? "." : directory, "aws");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Run run(Path aws, TestServer server, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(aws.toString(), "--endpoint-url",
        server.server.endpoint().toString(), "--region", "us-east-1", "--output", "json"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("AWS_ACCESS_KEY_ID", TestServer.ACCOUNT_A);
    env.put("AWS_SECRET_ACCESS_KEY", "not-checked-secret");
    env.put("AWS_CONFIG_FILE", "/nonexistent/aws-config");
    env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws-credentials");
    env.put("AWS_PAGER", "");
    env.remove("AWS_PROFILE");
    Path stderr = Files.createTempFile("aws-cli", ".err");
    try {
      Process process = builder.redirectError(stderr.toFile()).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "aws did not finish");
      return new Run(process.exitValue(), out, Files.readString(stderr));
    } finally {
      Files.deleteIfExists(stderr);
    }
  }

  @Test
  void theCliRegistersDescribesAndReadsErrors() throws Exception {
    Optional<Path> aws = aws();
    assumeTrue(aws.isPresent(), "no aws CLI on the PATH");
    try (TestServer server = TestServer.start()) {
      Run registered = run(aws.get(), server, "workspaces", "register-workspace-directory",
          "--directory-id", TestServer.DIRECTORY);
      assumeTrue(registered.exitCode() == 0 || !registered.stderr().contains("not found"),
          "the aws command on the PATH does not run: " + registered.stderr());
      assertEquals(0, registered.exitCode(), registered.stderr());
      assertTrue(registered.stdout().contains("\"REGISTERING\""), registered.stdout());

      server.advance(60);
      Run described = run(aws.get(), server, "workspaces", "describe-workspace-directories");
      assertEquals(0, described.exitCode(), described.stderr());
      assertTrue(described.stdout().contains("\"REGISTERED\""), described.stdout());
      assertTrue(server.stateDump().contains("\"" + TestServer.ACCOUNT_A + "/us-east-1\""));

      Run refused = run(aws.get(), server, "workspaces", "describe-tags", "--resource-id", "ws-abc123def");
      assertTrue(refused.exitCode() == 254 || refused.exitCode() == 255, "exit " + refused.exitCode());
      assertTrue(refused.stderr().contains("An error occurred (ResourceNotFoundException) when calling the "
          + "DescribeTags operation"), refused.stderr());
    }
  }
}
