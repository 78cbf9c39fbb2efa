import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Fails the build unless the BOM manages exactly the published modules, at the parent's group and
 * version: a module of the parent is published unless its packaging is {@code pom} or it sets
 * {@code maven.deploy.skip} to {@code true}.
 *
 * <p>Run by the parent's verify phase as {@code java BomCheck.java ROOT_DIRECTORY BOM_MODULE}.
 */
public final class BomCheck {

  private BomCheck() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    String bomModule = args[1];
    Element parent = pom(root);
    Element bom = pom(root.resolve(bomModule));
    List<String> problems = new ArrayList<>();
    for (String field : List.of("groupId", "version")) {
      if (!text(bom, field).equals(text(parent, field))) {
        problems.add(field + " is " + text(bom, field) + ", the parent's " + text(parent, field));
      }
    }
    Set<String> published = new LinkedHashSet<>();
    for (Element module : children(child(parent, "modules"), "module")) {
      Element pom = pom(root.resolve(module.getTextContent()));
      if (isPublished(pom)) {
        published.add(text(pom, "artifactId"));
      }
    }
    Set<String> managed = new LinkedHashSet<>();
    for (Element dependency : children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
      managed.add(text(dependency, "artifactId"));
      if (!text(dependency, "groupId").equals(text(parent, "groupId"))
          || !text(dependency, "version").equals("${project.version}")) {
        problems.add(text(dependency, "artifactId") + " is not at ${project.groupId}:${project.version}");
      }
    }
    for (String missing : difference(published, managed)) {
      problems.add("the published module " + missing + " is missing");
    }
    for (String extra : difference(managed, published)) {
      problems.add(extra + " is managed but not published");
    }
    if (!problems.isEmpty()) {
      problems.forEach(problem -> System.err.println(bomModule + "/pom.xml: " + problem));
      System.exit(1);
    }
  }

  private static boolean isPublished(Element pom) {
    Element properties = child(pom, "properties");
    boolean deploySkipped = properties != null && text(properties, "maven.deploy.skip").equals("true");
    return !text(pom, "packaging").equals("pom") && !deploySkipped;
  }

  private static Set<String> difference(Set<String> left, Set<String> right) {
    Set<String> difference = new LinkedHashSet<>(left);
    difference.removeAll(right);
    return difference;
  }

  private static Element pom(Path directory) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(directory.resolve("pom.xml").toFile())
        .getDocumentElement();
  }

  /** The text of the direct child element {@code name}, or "" when there is none. */
  private static String text(Element element, String name) {
    Element child = child(element, name);
    return child == null ? "" : child.getTextContent().trim();
  }

  private static Element child(Element element, String name) {
    List<Element> children = children(element, name);
    return children.isEmpty() ? null : children.get(0);
  }

  private static List<Element> children(Element element, String name) {
    List<Element> children = new ArrayList<>();
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child && child.getTagName().equals(name)) {
        children.add(child);
      }
    }
    return children;
  }
}
