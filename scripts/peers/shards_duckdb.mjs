// An independent reader of Anneal's shards: DuckDB (npm @duckdb/node-api) reads the Parquet
// files of every split and prints, as JSON, rows and tokens per split and per file, and the
// first sequence of each split (input_ids, doc_lengths, sample_ids) in file order.
// Usage: node shards_duckdb.mjs SHARDS_DIR
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, readdirSync } from 'node:fs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node shards_duckdb.mjs SHARDS_DIR');
  process.exit(2);
}
const instance = await DuckDBInstance.create(':memory:');
const conn = await instance.connect();
const quote = (s) => "'" + s.replaceAll("'", "''") + "'";
const out = { splits: {}, files: {}, first: {} };
for (const split of ['train', 'val']) {
  const splitDir = `${dir}/${split}`;
  if (!existsSync(splitDir) || !readdirSync(splitDir).some((f) => f.endsWith('.parquet'))) {
    continue;
  }
  const glob = quote(`${splitDir}/*.parquet`);
  const totals = (await conn.runAndReadAll(
    `SELECT count(*)::DOUBLE AS rows, sum(len(input_ids))::DOUBLE AS tokens FROM read_parquet(${glob})`,
  )).getRowObjectsJson()[0];
  out.splits[split] = { rows: Number(totals.rows), tokens: Number(totals.tokens) };
  for (const f of (await conn.runAndReadAll(
    `SELECT filename, count(*)::DOUBLE AS rows, sum(len(input_ids))::DOUBLE AS tokens
       FROM read_parquet(${glob}, filename = true) GROUP BY filename ORDER BY filename`,
  )).getRowObjectsJson()) {
    const name = String(f.filename);
    out.files[`${split}/${name.substring(name.lastIndexOf('/') + 1)}`] = {
      rows: Number(f.rows), tokens: Number(f.tokens),
    };
  }
  const first = (await conn.runAndReadAll(
    `SELECT input_ids, doc_lengths, sample_ids
       FROM read_parquet(${quote(`${splitDir}/part-00000.parquet`)}, file_row_number = true)
      ORDER BY file_row_number LIMIT 1`,
  )).getRowObjectsJson()[0];
  out.first[split] = {
    input_ids: first.input_ids.map(Number),
    doc_lengths: first.doc_lengths.map(Number),
    sample_ids: first.sample_ids.map(String),
  };
}
conn.closeSync();
console.log(JSON.stringify(out));
