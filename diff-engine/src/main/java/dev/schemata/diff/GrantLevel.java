package dev.schemata.diff;

import java.util.List;

/**
 * How far one role holds one privilege on one object: not at all, held, or held with grant option. The catalog
 * lists only what differs from the built-in default, so a level is read from those entries, and the default
 * itself is learnt from the side that differs from it.
 */
enum GrantLevel {
    NONE, HELD, GRANTABLE;

    /** What must happen to go from one level to another; null when nothing must. */
    enum Step { GRANT, GRANT_WITH_GRANT_OPTION, REVOKE, REVOKE_GRANT_OPTION }

    /**
     * One entry of the catalog for a role, privilege and object.
     *
     * @param granted true when granted beyond the default, false when a default one was revoked
     */
    record Entry(boolean granted, boolean grantable) {}

    /** The step from the level the current entries describe to the one the desired entries describe, or null. */
    static Step between(List<Entry> current, List<Entry> desired) {
        if (current.isEmpty() && desired.isEmpty()) {
            return null;
        }
        GrantLevel from = current.isEmpty() ? builtIn(desired) : of(current);
        GrantLevel to = desired.isEmpty() ? builtIn(current) : of(desired);
        if (from == to) {
            return null;
        }
        return switch (to) {
            case NONE -> Step.REVOKE;
            case HELD -> from == GRANTABLE ? Step.REVOKE_GRANT_OPTION : Step.GRANT;
            case GRANTABLE -> Step.GRANT_WITH_GRANT_OPTION;
        };
    }

    /** The level entries that differ from the default describe: what is granted, else nothing. */
    private static GrantLevel of(List<Entry> entries) {
        return entries.stream().filter(Entry::granted).findFirst()
                .map(e -> e.grantable() ? GRANTABLE : HELD).orElse(NONE);
    }

    /** The built-in default, known from entries that differ from it: what they revoke, else nothing. */
    private static GrantLevel builtIn(List<Entry> entries) {
        return entries.stream().filter(e -> !e.granted()).findFirst()
                .map(e -> e.grantable() ? GRANTABLE : HELD).orElse(NONE);
    }
}
