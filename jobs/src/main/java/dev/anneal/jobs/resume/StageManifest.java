package dev.anneal.jobs.resume;

import java.util.List;
import java.util.Map;

/**
 * {@code OUT/_stages/<stage>.json}: what a committed stage read and wrote, written after its
 * outputs were renamed into place; a stage without it has not finished.
 *
 * @param stage          the stage name
 * @param codeVersion    the Anneal version that ran it
 * @param configSections the configuration sections it depends on ({@code *}: all but spark)
 * @param configSha256   the hash of those sections
 * @param inputs         relative path (or {@code $input}) → fingerprint, for everything it read
 * @param outputs        relative path → fingerprint, after the commit
 * @param counts         the stage's counts
 * @param reasons        the stage's rejections per reason
 * @param seconds        the stage's wall time
 * @param committedAt    ISO-8601 time of the commit
 */
public record StageManifest(String stage, String codeVersion, List<String> configSections,
                            String configSha256, Map<String, String> inputs,
                            Map<String, String> outputs, Map<String, Long> counts,
                            Map<String, Long> reasons, double seconds, String committedAt) {
}
