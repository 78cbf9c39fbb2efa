package dev.workspaces.testing;

import dev.workspaces.model.Structure;
import dev.workspaces.model.schema.Bounds;
import dev.workspaces.model.schema.EnumSchema;
import dev.workspaces.model.schema.IntegerSchema;
import dev.workspaces.model.schema.ListSchema;
import dev.workspaces.model.schema.MemberSchema;
import dev.workspaces.model.schema.Schema;
import dev.workspaces.model.schema.StringSchema;
import dev.workspaces.model.schema.StructureSchema;
import dev.workspaces.model.validation.Validation;
import dev.workspaces.model.validation.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Values of a structure that break exactly one constraint of one top-level member: a missing
 * required member, a pattern, a length, an enum value set, a numeric range or a list size.
 * Each candidate is checked with {@link Validation}, and only those reporting exactly the intended
 * violation are produced.
 */
final class InvalidValues {
  private InvalidValues() {}

  static <T, B> Arbitrary<InvalidValue<T>> of(StructureSchema<T, B> schema) {
    List<Arbitrary<InvalidValue<T>>> breakers = new ArrayList<>();
    for (MemberSchema<T, B> member : schema.members()) {
      breakers.addAll(breakers(schema, member));
    }
    if (breakers.isEmpty()) {
      throw new IllegalArgumentException(schema.name() + " has no constraint that can be broken");
    }
    return Arbitraries.oneOf(breakers).filter(InvalidValues::breaksExactlyOne);
  }

  private static <T, B> List<Arbitrary<InvalidValue<T>>> breakers(StructureSchema<T, B> schema, MemberSchema<T, B> member) {
    List<Arbitrary<InvalidValue<T>>> breakers = new ArrayList<>();
    Schema target = member.target();
    if (member.required()) {
      breakers.add(with(schema, member, Arbitraries.just(Optional.empty()), "Member must not be null"));
    }
    if (target instanceof StringSchema string) {
      string.pattern().ifPresent(pattern -> breakers.add(with(schema, member,
          StringArbitraries.notMatching(string).map(Optional::of),
          "Member must satisfy regular expression pattern: " + pattern)));
      Bounds length = string.length();
      boxed(length.min()).ifPresent(min -> {
        if (min > 0) {
          breakers.add(with(schema, member, Arbitraries.just(Optional.of("x".repeat((int) (min - 1)))),
              "Member must have length greater than or equal to " + min));
        }
      });
      boxed(length.max()).filter(max -> max < 5000).ifPresent(max -> breakers.add(with(schema, member,
          Arbitraries.just(Optional.of("x".repeat((int) (max + 1)))),
          "Member must have length less than or equal to " + max)));
    } else if (target instanceof EnumSchema<?> enumSchema) {
      breakers.add(with(schema, member, Arbitraries.of("NOT_A_VALUE", "available", "").map(Optional::of),
          "Member must satisfy enum value set: " + enumSchema.values()));
    } else if (target instanceof IntegerSchema integer) {
      boxed(integer.range().min()).filter(min -> min > Integer.MIN_VALUE).ifPresent(min -> breakers.add(with(schema, member,
          Arbitraries.just(Optional.of((int) (min - 1))), "Member must have value greater than or equal to " + min)));
      boxed(integer.range().max()).filter(max -> max < Integer.MAX_VALUE).ifPresent(max -> breakers.add(with(schema, member,
          Arbitraries.just(Optional.of((int) (max + 1))), "Member must have value less than or equal to " + max)));
    } else if (target instanceof ListSchema list) {
      Arbitrary<Object> element = SchemaArbitraries.raw(list.member()).map(Object.class::cast);
      boxed(list.size().min()).filter(min -> min > 0).ifPresent(min -> breakers.add(with(schema, member,
          element.list().ofSize((int) (min - 1)).map(Optional::of),
          "Member must have length greater than or equal to " + min)));
      boxed(list.size().max()).filter(max -> max < 100).ifPresent(max -> breakers.add(with(schema, member,
          element.list().ofSize((int) (max + 1)).map(Optional::of),
          "Member must have length less than or equal to " + max)));
    }
    return breakers;
  }

  private static <T, B> Arbitrary<InvalidValue<T>> with(StructureSchema<T, B> schema, MemberSchema<T, B> member,
      Arbitrary<? extends Optional<?>> badValue, String constraint) {
    return SchemaArbitraries.structures(schema).flatMap(valid -> badValue.map(bad -> {
      B builder = schema.newBuilder();
      for (MemberSchema<T, B> other : schema.members()) {
        Object value = other == member ? bad.orElse(null) : other.get(valid);
        if (value != null) {
          other.set(builder, value);
        }
      }
      return new InvalidValue<>(schema.build(builder), member.name(), constraint);
    }));
  }

  private static Optional<Long> boxed(java.util.OptionalLong value) {
    return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
  }

  private static boolean breaksExactlyOne(InvalidValue<?> invalid) {
    List<Violation> violations = Validation.validate((Structure) invalid.value()).violations();
    return violations.size() == 1 && violations.get(0).path().equals(invalid.path())
        && violations.get(0).constraint().equals(invalid.constraint());
  }

}
