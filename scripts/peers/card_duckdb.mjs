// Reads Anneal's shards the way a dataset card tells a user to: DuckDB (npm @duckdb/node-api)
// reads each data_files glob given as SPLIT=GLOB (relative to SHARDS_DIR) and prints, as JSON,
// rows and tokens per split, and every file's key-value footer metadata (parquet_kv_metadata).
// Usage: node card_duckdb.mjs SHARDS_DIR train=train/*.parquet validation=val/*.parquet
import { DuckDBInstance } from '@duckdb/node-api';

const [dir, ...pairs] = process.argv.slice(2);
if (!dir || pairs.length === 0) {
  console.error('usage: node card_duckdb.mjs SHARDS_DIR SPLIT=GLOB...');
  process.exit(2);
}
const instance = await DuckDBInstance.create(':memory:');
const conn = await instance.connect();
const quote = (s) => "'" + s.replaceAll("'", "''") + "'";
const out = { splits: {}, footers: {} };
for (const pair of pairs) {
  const at = pair.indexOf('=');
  const split = pair.substring(0, at);
  const glob = quote(`${dir}/${pair.substring(at + 1)}`);
  const totals = (await conn.runAndReadAll(
    `SELECT count(*)::DOUBLE AS rows, sum(len(input_ids))::DOUBLE AS tokens,
            count(DISTINCT filename)::DOUBLE AS files
       FROM read_parquet(${glob}, filename = true)`,
  )).getRowObjectsJson()[0];
  out.splits[split] = {
    rows: Number(totals.rows), tokens: Number(totals.tokens), files: Number(totals.files),
  };
  for (const kv of (await conn.runAndReadAll(
    `SELECT file_name, decode(key) AS key, decode(value) AS value
       FROM parquet_kv_metadata(${glob}) ORDER BY file_name, key`,
  )).getRowObjectsJson()) {
    const name = String(kv.file_name);
    const file = `${split}/${name.substring(name.lastIndexOf('/') + 1)}`;
    out.footers[file] = out.footers[file] || {};
    out.footers[file][String(kv.key)] = String(kv.value);
  }
}
conn.closeSync();
console.log(JSON.stringify(out));
