package com.example.paging;

import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Runs a property that fails on purpose only while {@link PagingBugShrinksTest} launches it (system
 * property {@value #RUN} set), and keeps its result for that test to inspect.
 */
public final class LaunchedByTest implements SkipExecutionHook, AroundPropertyHook {
  static final String RUN = "com.example.paging.run";
  static final AtomicReference<PropertyExecutionResult> LAST_RESULT = new AtomicReference<>();

  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    return Boolean.getBoolean(RUN) ? SkipResult.doNotSkip()
        : SkipResult.skip("fails on purpose; PagingBugShrinksTest runs it");
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    PropertyExecutionResult result = property.execute();
    LAST_RESULT.set(result);
    return result;
  }
}
