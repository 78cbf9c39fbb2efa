package dev.workspaces.model.schema;

/** The kinds of shape the WorkSpaces service model uses; the wire spelling is {@link #wireName()}. */
public enum ShapeType {
  STRING("string"),
  INTEGER("integer"),
  BOOLEAN("boolean"),
  TIMESTAMP("timestamp"),
  BLOB("blob"),
  ENUM("string"),
  LIST("list"),
  MAP("map"),
  STRUCTURE("structure");

  private final String wireName;

  ShapeType(String wireName) {
    this.wireName = wireName;
  }

  /** Returns the type name the service model uses ({@code ENUM} is a {@code string} with values). */
  public String wireName() {
    return wireName;
  }
}
