package org.newsdrift.config;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the coverage is about: alias groups that must all be named in one sentence (or the title) for an article
 * to be relevant, and how strongly.
 *
 * @param name short name of the subject
 * @param description one line for people
 * @param groups the alias groups (at least two)
 * @param pairs forms that name every group at once ("북러" for North Korea–Russia); optional
 * @param minScore the relevance score from which an article counts as relevant, in (0, 1]; optional, default
 *     {@link #DEFAULT_MIN_SCORE}
 */
public record SubjectConfig(
        String name, String description, List<AliasGroup> groups, List<Entity> pairs, Double minScore)
        implements Serializable {
    /** Chosen on the labelled articles of quality/relevance (see QUALITY.md). */
    public static final double DEFAULT_MIN_SCORE = 0.80;

    public SubjectConfig(String name, String description, List<AliasGroup> groups) {
        this(name, description, groups, null, null);
    }

    public SubjectConfig {
        ConfigException.require(name != null && !name.isBlank(), "Cannot use subject: 'name' is missing");
        ConfigException.require(
                groups != null && groups.size() >= 2,
                "Cannot use subject '" + name + "': 'groups' needs at least two alias groups (has "
                        + (groups == null ? 0 : groups.size()) + ")");
        groups = List.copyOf(groups);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
        minScore = minScore == null ? DEFAULT_MIN_SCORE : minScore;
        ConfigException.require(
                minScore > 0 && minScore <= 1,
                "Cannot use subject '" + name + "': 'min_score' must be in (0, 1] (was " + minScore + ")");
        Set<String> ids = new HashSet<>();
        List<Entity> all = new ArrayList<>(pairs);
        groups.forEach(group -> all.addAll(group.entities()));
        for (Entity entity : all) {
            ConfigException.require(
                    ids.add(entity.id()),
                    "Cannot use subject '" + name + "': entity id '" + entity.id() + "' is used twice");
        }
    }

    /** One side of the subject, e.g. Russia; mentioned when any form of any of its entities occurs. */
    public record AliasGroup(String name, List<Entity> entities) implements Serializable {
        public AliasGroup {
            ConfigException.require(name != null && !name.isBlank(), "Cannot use subject: a group has no 'name'");
            ConfigException.require(
                    entities != null && !entities.isEmpty(),
                    "Cannot use subject group '" + name + "': 'entities' is empty");
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
                    "Cannot use subject entity: 'id' must be lower-case letters, digits and underscores (was '" + id
                            + "')");
            ConfigException.require(
                    forms != null && !forms.isEmpty() && forms.stream().noneMatch(f -> f == null || f.isBlank()),
                    "Cannot use subject entity '" + id + "': 'forms' is empty or has a blank form");
            forms = List.copyOf(forms);
        }
    }
}
