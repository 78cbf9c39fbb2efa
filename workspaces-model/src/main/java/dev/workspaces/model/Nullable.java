package dev.workspaces.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an internal accessor or parameter that may be {@code null}.
 *
 * <p>Only package-private {@code ...OrNull()} accessors of generated types carry it; they tell an
 * absent list from an empty one. Public accessors never return {@code null}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})
public @interface Nullable {}
