package dev.schemata.plan;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How to plan. Build with {@link #builder()}; each option has a default, so callers name only what they change.
 *
 * @param allowDrop whether statements that drop objects run; when false they are kept in the plan as skipped.
 *     Allowing drops also permits the {@link HazardType#DELETES_DATA} of those drops
 * @param allowHazards the hazards a statement may carry without refusal by {@code apply}; by default
 *     {@link #DEFAULT_ALLOWED_HAZARDS}
 * @param online whether to change existing tables without blocking their readers and writers for long:
 *     indexes built and dropped CONCURRENTLY, constraints added NOT VALID and validated apart, NOT NULL
 *     proven by a validated check first; on by default
 * @param phase the half of an expand/contract deployment to plan (the other half's statements are skipped),
 *     or null for every change
 * @param managedRoles the roles whose privileges, default privileges and ownerships are compared (role names as
 *     PostgreSQL spells them, {@code PUBLIC} for PUBLIC), sorted; empty (the default) to compare none of them
 */
public record PlanOptions(
        boolean allowDrop, Set<String> managedRoles, Set<HazardType> allowHazards, boolean online, Phase phase) {
    /**
     * What a routine online change carries: index builds and drops, validation scans that leave the table
     * readable and writable, statements outside the transaction, routine bodies, and grants and owners (only
     * ever planned for the managedRoles the user names). Refused unless listed:
     * data loss, table rewrites, long ACCESS EXCLUSIVE locks and extension upgrades.
     */
    public static final Set<HazardType> DEFAULT_ALLOWED_HAZARDS = Collections.unmodifiableSet(EnumSet.of(
            HazardType.INDEX_BUILD, HazardType.INDEX_DROPPED, HazardType.VALIDATION_SCAN,
            HazardType.NOT_TRANSACTIONAL, HazardType.UNTRACKABLE_DEPENDENCY, HazardType.AUTHORIZATION));

    public PlanOptions {
        Objects.requireNonNull(managedRoles, "managedRoles == null");
        managedRoles = Collections.unmodifiableSortedSet(new TreeSet<>(managedRoles));
        Objects.requireNonNull(allowHazards, "allowHazards == null");
        allowHazards = allowHazards.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(allowHazards));
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
        return new Builder().allowDrop(allowDrop).managedRoles(managedRoles).allowHazards(allowHazards).online(online)
                .phase(phase);
    }

    /** Collects options; every one starts at its default. */
    public static final class Builder {
        private boolean allowDrop;
        private Set<String> managedRoles = Set.of();
        private Set<HazardType> allowHazards = DEFAULT_ALLOWED_HAZARDS;
        private boolean online = true;
        private Phase phase;

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

        /** The hazards to allow, replacing the defaults. */
        public Builder allowHazards(Collection<HazardType> allowHazards) {
            this.allowHazards = Set.copyOf(allowHazards);
            return this;
        }

        /**
         * The hazards to allow as comma-separated names in any case, for example
         * {@code INDEX_BUILD,TABLE_REWRITE}; replaces the defaults.
         *
         * @throws IllegalArgumentException naming an unknown hazard and listing the valid ones
         */
        public Builder allowHazards(String names) {
            Set<HazardType> types = EnumSet.noneOf(HazardType.class);
            for (String name : names.split(",")) {
                if (!name.isBlank()) {
                    types.add(hazard(name.trim()));
                }
            }
            return allowHazards(types);
        }

        public Builder online(boolean online) {
            this.online = online;
            return this;
        }

        /** @param phase the half to plan, or null for every change */
        public Builder phase(Phase phase) {
            this.phase = phase;
            return this;
        }

        /** @param phase {@code expand} or {@code contract} in any case; null or blank for every change */
        public Builder phase(String phase) {
            return phase(phase == null || phase.isBlank() ? null : Phase.parse(phase));
        }

        public PlanOptions build() {
            return new PlanOptions(allowDrop, managedRoles, allowHazards, online, phase);
        }

        private static HazardType hazard(String name) {
            try {
                return HazardType.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown hazard '" + name + "' in allowHazards; valid names: "
                        + Arrays.stream(HazardType.values()).map(Enum::name).collect(Collectors.joining(", ")), e);
            }
        }
    }
}
