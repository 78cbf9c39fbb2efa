import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fails the build unless the JVM names a built jar as its module path would: the expected module
 * name (from the manifest's {@code Automatic-Module-Name}, else a jar would be named after its
 * file), with every package of the jar at or under that name.
 *
 * <p>Run by every module's verify phase as {@code java ModuleNameCheck.java PACKAGING JAR NAME};
 * a module of packaging other than {@code jar} has no jar to check.
 */
public final class ModuleNameCheck {

  private ModuleNameCheck() {}

  public static void main(String[] args) {
    if (!args[0].equals("jar")) {
      return;
    }
    Path jar = Path.of(args[1]);
    String expected = args[2];
    List<String> problems = problems(jar, expected);
    if (!problems.isEmpty()) {
      problems.forEach(problem -> System.err.println(jar.getFileName() + ": " + problem));
      System.exit(1);
    }
  }

  private static List<String> problems(Path jar, String expected) {
    List<String> problems = new ArrayList<>();
    ModuleReference module = ModuleFinder.of(jar).findAll().iterator().next();
    ModuleDescriptor descriptor = module.descriptor();
    if (!descriptor.name().equals(expected)) {
      problems.add(
          "the module path names it "
              + descriptor.name()
              + ", not "
              + expected
              + " (set automatic.module.name in the module's pom)");
    }
    for (String pkg : descriptor.packages()) {
      if (!pkg.equals(expected) && !pkg.startsWith(expected + ".")) {
        problems.add("package " + pkg + " lies outside the module's root package " + expected);
      }
    }
    return problems;
  }
}
