package dev.workspaces.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model's value types, applied per package.
 *
 * <p>JDK unmodifiable collections copied in insertion order, with null elements refused by a
 * message naming the member (Immutables names them only in this mode); {@code addTag(...)} style depluralised
 * adders; {@code toBuilder()}; generated classes hidden so callers use {@code X.builder()}. Accessors
 * named {@code fooOrNull()} or {@code fooAsString()} define the attribute {@code foo}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"*AsStringsOrNull", "*OrNull", "*AsString", "*"},
    depluralize = true,
    depluralizeDictionary = {"status:status", "alias:aliases", "address:addresses", "access:access"},
    toBuilder = "toBuilder",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaultAsDefault = false)
public @interface WorkspacesStyle {}
