#!/usr/bin/env bash
# Publishes kb precompiled (ReadyToRun) for this machine into artifacts/kb (or $1): a cold `kb search`
# then spends little time in the JIT. The committed packages.lock.json files carry no runtime identifier,
# so this restore writes its RID-specific lock file under obj/ instead of changing them.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/kb}"
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
dotnet publish src/PolicyKB.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
    -p:NuGetLockFilePath=obj/packages.$rid.lock.json -o "$out"
echo "kb published to $out/kb"
