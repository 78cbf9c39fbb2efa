/** Checks values against their schema and reports every broken constraint in the service's words. */
@NullMarked
package dev.workspaces.model.validation;

import org.jspecify.annotations.NullMarked;
