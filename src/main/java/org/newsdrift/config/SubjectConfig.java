package org.newsdrift.config;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the coverage is about: alias groups that must all be mentioned for an article to be relevant.
 *
 * @param name short name of the subject
 * @param description one line for people
 * @param groups the alias groups (at least two)
 */
public record SubjectConfig(String name, String description, List<AliasGroup> groups) implements Serializable {

  public SubjectConfig {
    ConfigException.require(name != null && !name.isBlank(), "Cannot use subject: 'name' is missing");
    ConfigException.require(
        groups != null && groups.size() >= 2,
        "Cannot use subject '" + name + "': 'groups' needs at least two alias groups (has "
            + (groups == null ? 0 : groups.size()) + ")");
    groups = List.copyOf(groups);
    Set<String> ids = new HashSet<>();
    for (AliasGroup group : groups) {
      for (Entity entity : group.entities()) {
        ConfigException.require(
            ids.add(entity.id()), "Cannot use subject '" + name + "': entity id '" + entity.id() + "' is used twice");
      }
    }
  }

  /** One side of the subject, e.g. Russia; mentioned when any form of any of its entities occurs. */
  public record AliasGroup(String name, List<Entity> entities) implements Serializable {
    public AliasGroup {
      ConfigException.require(name != null && !name.isBlank(), "Cannot use subject: a group has no 'name'");
      ConfigException.require(
          entities != null && !entities.isEmpty(), "Cannot use subject group '" + name + "': 'entities' is empty");
      entities = List.copyOf(entities);
    }
  }

  /**
   * A named actor or place and the ways it is written.
   *
   * @param id canonical token, lower-case letters, digits and underscores (e.g. {@code kim_jong_un})
   * @param forms surface forms; spaces and hyphens match each other, a trailing {@code *} matches any word ending
   * @param note why the forms are what they are, for people
   */
  public record Entity(String id, List<String> forms, String note) implements Serializable {
    public Entity {
      ConfigException.require(
          id != null && id.matches("[a-z][a-z0-9_]*"),
          "Cannot use subject entity: 'id' must be lower-case letters, digits and underscores (was '" + id + "')");
      ConfigException.require(
          forms != null && !forms.isEmpty() && forms.stream().noneMatch(f -> f == null || f.isBlank()),
          "Cannot use subject entity '" + id + "': 'forms' is empty or has a blank form");
      forms = List.copyOf(forms);
    }
  }
}
