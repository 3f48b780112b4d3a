#!/usr/bin/env bash
# Installs what the test suite's peers need on a Debian machine (CI or a developer's):
# pymatgen, ASE and gemmi for the side-by-side fidelity tests; numpy for the Megatron index
# reader (ShardConsumersTest); chromium and chromium-driver for the browser tests (Selenium drives
# /usr/bin/chromedriver); Jupyter, pandas, matplotlib and PyTorch for the notebooks.
# Idempotent; needs root for apt. Tests that need a peer skip with a message when it is missing,
# so this is optional locally.
set -euo pipefail

packages=(python3-pymatgen python3-ase python3-gemmi python3-numpy chromium chromium-driver
  jupyter-nbconvert python3-ipykernel python3-pandas python3-matplotlib python3-torch)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "[install-test-deps] all present: ${packages[*]}"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "[install-test-deps] not root; cannot install ${missing[*]} (the tests that need them will skip)" >&2
  exit 0
fi
echo "[install-test-deps] installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
