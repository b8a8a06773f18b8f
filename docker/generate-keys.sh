#!/usr/bin/env bash
# Creates the JWT key pair the services use in compose (docker/keys/, ignored by git). The dev-only
# keys shipped in migration-core are refused on a configured database, so compose needs its own.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p keys
if [ ! -f keys/privateKey.pem ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out keys/privateKey.pem
  openssl pkey -in keys/privateKey.pem -pubout -out keys/publicKey.pem
fi
chmod 644 keys/*.pem
echo "Keys in $(pwd)/keys"
