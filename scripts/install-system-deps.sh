#!/usr/bin/env bash
# Debian packages the project needs beyond Node: autotools and cmake build aws-lambda-ric's native addon
# (the conformance peer for the runtime). Idempotent: installs only what is missing.
set -euo pipefail
needed=(autoconf automake libtool cmake make g++ python3)
missing=()
for pkg in "${needed[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
