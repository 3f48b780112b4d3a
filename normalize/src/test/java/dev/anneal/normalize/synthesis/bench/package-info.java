/** Throughput harnesses for synthesis interpretation (mains, not tests). */
package dev.anneal.normalize.synthesis.bench;
