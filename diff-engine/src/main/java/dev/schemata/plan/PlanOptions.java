package dev.schemata.plan;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to plan. Build with {@link #builder()}; each option has a default, so callers name only what they change.
 *
 * @param allowDrop whether statements that drop objects run; when false they are kept in the plan as skipped
 * @param managedRoles the roles whose privileges, default privileges and ownerships are compared (role names as
 *     PostgreSQL spells them, {@code PUBLIC} for PUBLIC), sorted; empty (the default) to compare none of them
 */
public record PlanOptions(boolean allowDrop, Set<String> managedRoles) {
    public PlanOptions {
        Objects.requireNonNull(managedRoles, "managedRoles == null");
        managedRoles = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(managedRoles));
    }

    public static PlanOptions defaults() {
        return builder().build();
    }

    /** The defaults with drops allowed: what a test or a verification pass plans with. */
    public static PlanOptions allowingDrops() {
        return builder().allowDrop(true).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().allowDrop(allowDrop).managedRoles(managedRoles);
    }

    /** Collects options; every one starts at its default. */
    public static final class Builder {
        private boolean allowDrop;
        private Set<String> managedRoles = Set.of();

        private Builder() {}

        public Builder allowDrop(boolean allowDrop) {
            this.allowDrop = allowDrop;
            return this;
        }

        /**
         * The roles whose grants and ownerships the plan manages: only grants to these roles (and default
         * privileges for them) are compared, and owners where the declared owner is one of them. Blank names
         * are ignored; each name is taken as written, except that {@code public} in any case means PUBLIC.
         */
        public Builder managedRoles(Collection<String> roles) {
            Set<String> names = new TreeSet<>();
            for (String role : roles) {
                String name = role == null ? "" : role.strip();
                if (!name.isEmpty()) {
                    names.add(name.equalsIgnoreCase("PUBLIC") ? "PUBLIC" : name);
                }
            }
            this.managedRoles = names;
            return this;
        }

        public PlanOptions build() {
            return new PlanOptions(allowDrop, managedRoles);
        }
    }
}
