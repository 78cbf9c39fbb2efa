package dev.workspaces.engine.state;

import dev.workspaces.engine.Scope;
import dev.workspaces.engine.rule.Transition;

/**
 * A step waiting on the timeline: which resource of which scope completes which transition.
 *
 * @param scope the account and region owning the resource
 * @param resourceId the resource id
 * @param transition the step to complete
 */
public record ScheduledStep(Scope scope, String resourceId, Transition transition) {}
