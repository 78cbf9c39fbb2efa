package dev.workspaces.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SuiteOptionsTest {
  @Test
  void aPresetSuppliesDefaultsThatGivenOptionsOverride() {
    Map<String, String> options = Suite.options(new String[] {"preset=quick", "erounds=2", "only=engine"});
    assertEquals("2", options.get("erounds"), "an option given beside the preset wins");
    assertEquals("1", options.get("crounds"), "the preset's own default");
    assertEquals("engine", options.get("only"));
  }

  @Test
  void withoutAPresetOnlyTheGivenOptionsAreSet() {
    Map<String, String> options = Suite.options(new String[] {"--wi=3"});
    assertEquals(Map.of("wi", "3"), options);
    assertFalse(options.containsKey("erounds"));
  }

  @Test
  void anUnknownPresetOrAnArgumentWithoutValueIsRefused() {
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> Suite.options(new String[] {"preset=slow"}));
    assertTrue(unknown.getMessage().contains("quick"), unknown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Suite.options(new String[] {"quick"}));
  }
}
