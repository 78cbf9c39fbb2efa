package dev.workspaces.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the golden script against an endpoint and renders every step, request and reply, as one
 * text block; also splits a recorded transcript back into its blocks.
 *
 * <h2>Block format</h2>
 * <pre>
 * === step 12: CreateWorkspaces
 * &gt; POST /
 * &gt; X-Amz-Target: WorkspacesService.CreateWorkspaces
 * &gt; Caller: 111122223333/us-east-1
 * &gt; {"Workspaces":[...]}
 * &lt; 200
 * &lt; Content-Type: application/x-amz-json-1.1
 * &lt; x-amzn-RequestId: 00000000-0000-4000-8000-00000000000c
 * &lt; {"FailedRequests":[],"PendingRequests":[...]}
 * </pre>
 * followed by an empty line. Request lines start with {@code > }, reply lines with {@code < }: the
 * status, every reply header in the endpoint's order (all of them are deterministic: request ids
 * count up from 1 per endpoint), then the body as UTF-8 text. {@code Caller} stands for the
 * {@code Authorization} header {@link GoldenStep.Caller#authorization()} makes; every request also
 * carries {@code Content-Type: application/x-amz-json-1.1}, which is not repeated in the blocks.
 */
final class GoldenTranscript {
  /** How every block starts. */
  static final String HEADING = "=== step ";

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");

  private GoldenTranscript() {}

  /**
   * One executed step.
   *
   * @param number the step's number, from 1
   * @param step the step as scripted
   * @param status the reply's HTTP status
   * @param replyBody the reply body as text
   * @param text the rendered block
   */
  record Block(int number, GoldenStep step, int status, String replyBody, String text) {}

  /** Sends every step to {@code endpoint} in order and returns the blocks. */
  static List<Block> run(List<GoldenStep> steps, WorkspacesEndpoint endpoint) {
    Map<String, String> captured = new HashMap<>();
    List<Block> blocks = new ArrayList<>();
    for (GoldenStep step : steps) {
      String body = substitute(step.body(), captured);
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      headers.put("Content-Type", "application/x-amz-json-1.1");
      step.target().ifPresent(target -> headers.put("X-Amz-Target", target));
      step.caller().ifPresent(caller -> headers.put("Authorization", caller.authorization()));
      EndpointReply reply = endpoint.handle(step.method(), step.path(), headers::get, body.getBytes(UTF_8));
      String replyBody = text(reply.body());
      step.captures().forEach(capture -> captured.put(capture.name(), find(replyBody, capture)));
      int number = blocks.size() + 1;
      blocks.add(new Block(number, step, reply.status(), replyBody, render(number, step, body, reply, replyBody)));
    }
    return blocks;
  }

  /** Returns the blocks of a transcript, each from its heading to the next; text before the first is left out. */
  static List<String> split(String transcript) {
    List<String> blocks = new ArrayList<>();
    int start = transcript.startsWith(HEADING) ? 0 : transcript.indexOf("\n" + HEADING) + 1;
    if (start == 0 && !transcript.startsWith(HEADING)) {
      return blocks;
    }
    while (start < transcript.length()) {
      int next = transcript.indexOf("\n" + HEADING, start);
      int end = next < 0 ? transcript.length() : next + 1;
      blocks.add(transcript.substring(start, end));
      start = end;
    }
    return blocks;
  }

  private static String render(int number, GoldenStep step, String body, EndpointReply reply, String replyBody) {
    StringBuilder text = new StringBuilder(HEADING).append(number).append(": ").append(step.title()).append('\n');
    text.append("> ").append(step.method()).append(' ').append(step.path()).append('\n');
    step.target().ifPresent(target -> text.append("> X-Amz-Target: ").append(target).append('\n'));
    if (step.caller().isPresent() || step.target().isPresent()) {
      text.append("> Caller: ").append(step.caller().map(Object::toString).orElse("none (no Authorization header)"))
          .append('\n');
    }
    lines(text, "> ", body);
    text.append("< ").append(reply.status()).append('\n');
    reply.headers().forEach((name, value) -> text.append("< ").append(name).append(": ").append(value).append('\n'));
    lines(text, "< ", replyBody);
    return text.append('\n').toString();
  }

  /** Returns the body as UTF-8 text, or as Base64 when it is not valid UTF-8, so no byte is lost. */
  private static String text(byte[] body) {
    String text = new String(body, UTF_8);
    return Arrays.equals(text.getBytes(UTF_8), body)
        ? text : "(not UTF-8) base64:" + Base64.getEncoder().encodeToString(body);
  }

  private static void lines(StringBuilder text, String prefix, String body) {
    if (body.isEmpty()) {
      text.append(prefix).append("(empty body)\n");
      return;
    }
    for (String line : body.split("\n", -1)) {
      text.append(prefix).append(line).append('\n');
    }
  }

  private static String substitute(String body, Map<String, String> captured) {
    Matcher variable = VARIABLE.matcher(body);
    StringBuilder result = new StringBuilder();
    while (variable.find()) {
      String value = captured.get(variable.group(1));
      if (value == null) {
        throw new IllegalStateException("The script uses ${" + variable.group(1) + "} before capturing it");
      }
      variable.appendReplacement(result, Matcher.quoteReplacement(value));
    }
    return variable.appendTail(result).toString();
  }

  /** Returns the captured string, or a marker that makes the next steps differ visibly when it is missing. */
  private static String find(String replyBody, GoldenStep.Capture capture) {
    Matcher member = Pattern.compile("\"" + Pattern.quote(capture.member()) + "\":\"([^\"\\\\]*)\"").matcher(replyBody);
    for (int seen = 0; member.find(); ) {
      if (++seen == capture.occurrence()) {
        return member.group(1);
      }
    }
    return "<no " + capture.member() + " #" + capture.occurrence() + " for " + capture.name() + ">";
  }
}
