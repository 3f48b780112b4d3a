// Reference token ids (and timings) for Anneal's tokenizer parity test and benchmark.
//
// Usage:
//   node tokenizer_reference.mjs --tokenizer SPEC --in DOCS.jsonl [--out IDS.txt] [--bench N] [--batch]
//
// SPEC is `tiktoken:o200k_base` (npm tiktoken, encode_ordinary) or `hf:PATH/tokenizer.json`
// (npm @anush008/tokenizers, the native Hugging Face `tokenizers` 0.22 library).
// DOCS.jsonl holds one JSON string per line, one document each. --out writes one line per
// document: its ids separated by spaces. --bench N encodes all documents N times after one
// warm-up pass and prints a JSON line with bytes, tokens, seconds and MB/s of the best pass.
// --batch (hf: only) times encodeBatch over 1,000 documents at a time instead of one awaited
// encode per document; run it with RAYON_NUM_THREADS=1 to keep the library on one thread.
//
// Anneal's encode() treats special-token strings in a document as ordinary text (the packer
// inserts the end-of-text token itself). The Hugging Face library always splits added tokens out
// of the text, whatever addSpecialTokens says, unless `encode_special_tokens` is set, which this
// binding does not expose. So for hf: the special entries of `added_tokens` are dropped before
// loading: ordinary text then goes through the model exactly as with encode_special_tokens=true,
// while non-special added tokens are still split out. `--keep-special` loads the file unchanged.
// addSpecialTokens is false: Anneal's encode() adds no BOS/EOS (the post-processor is skipped).
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

function parseArgs(argv) {
  const args = { bench: 0, keepSpecial: false, batch: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--tokenizer') args.tokenizer = argv[++i];
    else if (a === '--in') args.in = argv[++i];
    else if (a === '--out') args.out = argv[++i];
    else if (a === '--bench') args.bench = Number(argv[++i]);
    else if (a === '--keep-special') args.keepSpecial = true;
    else if (a === '--batch') args.batch = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!args.tokenizer || !args.in) throw new Error('need --tokenizer and --in');
  return args;
}

async function loadEncoder(spec, keepSpecial) {
  if (spec.startsWith('tiktoken:')) {
    const { get_encoding } = await import('tiktoken');
    const enc = get_encoding(spec.slice('tiktoken:'.length));
    return {
      name: spec,
      encode: async (text) => enc.encode_ordinary(text),
      encodeBatch: async (texts) => texts.map((t) => enc.encode_ordinary(t)),
    };
  }
  if (spec.startsWith('hf:')) {
    const { Tokenizer } = await import('@anush008/tokenizers');
    const path = spec.slice('hf:'.length);
    let tok;
    if (keepSpecial) {
      tok = Tokenizer.fromFile(path);
    } else {
      const json = JSON.parse(readFileSync(path, 'utf8'));
      json.added_tokens = (json.added_tokens || []).filter((t) => !t.special);
      tok = Tokenizer.fromString(JSON.stringify(json));
    }
    return {
      name: spec,
      encode: async (text) => (await tok.encode(text, null, { addSpecialTokens: false })).getIds(),
      encodeBatch: async (texts) =>
        (await tok.encodeBatch(texts, { addSpecialTokens: false })).map((e) => e.getIds()),
    };
  }
  throw new Error(`unknown tokenizer spec ${spec}`);
}

const args = parseArgs(process.argv.slice(2));
const docs = readFileSync(args.in, 'utf8').split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l));
const encoder = await loadEncoder(args.tokenizer, args.keepSpecial);

if (args.out) {
  const lines = [];
  for (const d of docs) lines.push(Array.from(await encoder.encode(d)).join(' '));
  writeFileSync(args.out, lines.join('\n') + '\n');
}

async function encodeAll() {
  let tokens = 0;
  if (args.batch) {
    for (let i = 0; i < docs.length; i += 1000) {
      for (const ids of await encoder.encodeBatch(docs.slice(i, i + 1000))) tokens += ids.length;
    }
  } else {
    for (const d of docs) tokens += (await encoder.encode(d)).length;
  }
  return tokens;
}

if (args.bench > 0) {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);
  const tokens = await encodeAll(); // warm-up
  let best = Infinity;
  for (let r = 0; r < args.bench; r++) {
    const t0 = performance.now();
    await encodeAll();
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  console.log(JSON.stringify({
    tokenizer: encoder.name, mode: args.batch ? 'batch' : 'per-document', documents: docs.length, bytes, tokens,
    seconds: Number(best.toFixed(3)), mbPerSecond: Number((bytes / 1e6 / best).toFixed(2)),
  }));
}
