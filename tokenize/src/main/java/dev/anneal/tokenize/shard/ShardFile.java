package dev.anneal.tokenize.shard;

/**
 * One shard file as the manifest lists it.
 *
 * @param path   the path relative to the shards directory, e.g. {@code train/part-00000-….parquet}
 * @param split  {@code train} or {@code val}
 * @param rows   the number of sequences in the file
 * @param tokens the number of token ids in the file
 * @param bytes  the file size
 * @param sha256 the SHA-256 of the file's bytes
 */
public record ShardFile(String path, String split, long rows, long tokens, long bytes,
                        String sha256) {
}
