package dev.anneal.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anneal.jobs.stage.StageReport;
import java.util.List;

/**
 * {@code reports/run.json}: one invocation of {@code anneal}.
 *
 * @param codeVersion  the Anneal version
 * @param command      the command that ran ({@code run}, {@code ingest}, …)
 * @param input        the input directory, or null
 * @param out          the output directory
 * @param startedAt    ISO-8601 start time
 * @param seconds      total wall time
 * @param status       {@code succeeded} or {@code failed}
 * @param failure      why it failed, or null
 * @param configSha256 the hash of {@code config}
 * @param config       the effective configuration
 * @param stages       each stage's counts and time, in order
 */
public record RunReport(String codeVersion, String command, String input, String out,
                        String startedAt, double seconds, String status, String failure,
                        String configSha256, JsonNode config, List<StageReport> stages) {
}
