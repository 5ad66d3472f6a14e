#!/usr/bin/env bash
# Debian packages the project needs beyond Node: autotools and cmake build aws-lambda-ric's native addon
# (the conformance peer for the runtime); python3-debugpy is what the debug adapter runs Python handlers
# under (test/dap/python-session.test.ts). Idempotent: installs only what is missing.
set -euo pipefail
needed=(autoconf automake libtool cmake make g++ python3 python3-debugpy)
missing=()
for pkg in "${needed[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
