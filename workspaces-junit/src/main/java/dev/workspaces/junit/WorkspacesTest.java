package dev.workspaces.junit;

import dev.workspaces.engine.EngineConfig;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registers {@link WorkspacesExtension} and sets up the state it hands out: the seed of the id
 * generator, the engine's step durations, how the clock of the endpoint and server views moves, and
 * whether each test method or the whole class gets the state. On a method it overrides the class's
 * annotation as a whole; without one the defaults below apply.
 *
 * <pre>{@code
 * @WorkspacesTest(seed = 7, profile = WorkspacesTest.Profile.INSTANT)
 * class JanitorTest {
 *   @BeforeEach void seed(WorkspacesFake workspaces) { ... }
 *   @Test void stopsIdle(WorkSpacesClient client) { ... }   // sees what seed() planted
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(WorkspacesExtension.class)
public @interface WorkspacesTest {

  /** Returns the seed of the fresh state's id generator; 0 by default. */
  long seed() default 0;

  /** Returns the engine's step durations; {@link Profile#REALISTIC} by default. */
  Profile profile() default Profile.REALISTIC;

  /** Returns how virtual time moves for the endpoint and server views; {@link Clock#MANUAL} by default. */
  Clock clock() default Clock.MANUAL;

  /** Returns who shares one state; {@link Sharing#PER_METHOD} by default. */
  Sharing sharing() default Sharing.PER_METHOD;

  /** The engine's step durations: one of the two {@link EngineConfig} presets. */
  enum Profile {
    /** {@link EngineConfig#realistic()}: a new WorkSpace takes 20 virtual minutes. */
    REALISTIC,
    /** {@link EngineConfig#instant()}: every step completes at the next advance, even by zero. */
    INSTANT;

    /** Returns the engine configuration of this profile. */
    public EngineConfig engineConfig() {
      return switch (this) {
        case REALISTIC -> EngineConfig.realistic();
        case INSTANT -> EngineConfig.instant();
      };
    }
  }

  /** How virtual time moves. */
  enum Clock {
    /** Only through {@code advance} on the fake, the endpoint or the server. */
    MANUAL,
    /**
     * Also with the wall clock, at the server's default scale: before each request to the endpoint,
     * the SDK client or the server (calls on the fake itself do not move it).
     */
    WALL
  }

  /** Who shares one state. */
  enum Sharing {
    /** Each test method, with its {@code @BeforeEach} and {@code @AfterEach} methods. */
    PER_METHOD,
    /** Every method of the test class, {@code @BeforeAll} and {@code @AfterAll} included. */
    PER_CLASS
  }
}
