/**
 * Rendering: each kind of record becomes a training text. Renderers are plain functions of
 * records; {@link dev.anneal.tokenize.render.Samples} applies them to the curated tables.
 */
package dev.anneal.tokenize.render;
