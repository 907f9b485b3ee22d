package dev.schemata.maven;

import java.util.List;
import java.util.Map;

/**
 * The commit and job of the CI run applying the schema, from the variables CI systems set, for the history table.
 *
 * @param commit the commit, or null outside CI
 * @param job the job or build identifier, or null
 */
record CiRun(String commit, String job) {
    // commit variable, job variable: GitHub Actions, GitLab CI, Jenkins, CircleCI, Bitbucket, Azure Pipelines
    private static final List<List<String>> SYSTEMS = List.of(
            List.of("GITHUB_SHA", "GITHUB_RUN_ID"),
            List.of("CI_COMMIT_SHA", "CI_JOB_ID"),
            List.of("GIT_COMMIT", "BUILD_TAG"),
            List.of("CIRCLE_SHA1", "CIRCLE_BUILD_NUM"),
            List.of("BITBUCKET_COMMIT", "BITBUCKET_BUILD_NUMBER"),
            List.of("BUILD_SOURCEVERSION", "BUILD_BUILDID"));

    /** The first CI system whose commit variable is set. */
    static CiRun from(Map<String, String> environment) {
        for (List<String> system : SYSTEMS) {
            String commit = environment.get(system.get(0));
            if (commit != null && !commit.isBlank()) {
                return new CiRun(commit, environment.get(system.get(1)));
            }
        }
        return new CiRun(null, null);
    }
}
