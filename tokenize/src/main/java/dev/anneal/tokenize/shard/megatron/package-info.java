/**
 * The Megatron-LM indexed dataset format (MMIDIDX version 1): a {@code .bin} of token ids and an
 * {@code .idx} of sequence sizes, byte offsets and document boundaries, as Megatron, NeMo and
 * GPT-NeoX read it.
 */
package dev.anneal.tokenize.shard.megatron;
