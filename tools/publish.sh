#!/usr/bin/env bash
# Publishes kb precompiled for this machine into artifacts/kb (or $1): a cold `kb search` or `kb ask` then
# spends little time in the JIT. Default: self-contained with one composite ReadyToRun image of kb, its
# libraries and the runtime (about 160 MB; a cold `kb ask` ~0.2 s instead of ~0.3 s). With
# FRAMEWORK_DEPENDENT=1: ReadyToRun for kb and its libraries only, on the installed runtime (small).
# The committed packages.lock.json files carry no runtime identifier, so this restore writes its
# RID-specific lock file under obj/ instead of changing them.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/kb}"
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
if [ "${FRAMEWORK_DEPENDENT:-0}" = 1 ]; then
    mode=(--self-contained false -p:PublishReadyToRun=true)
else
    mode=(--self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true)
fi
rm -rf "$out"
dotnet publish src/PolicyKB.Cli -c Release -r "$rid" "${mode[@]}" \
    -p:NuGetLockFilePath="obj/packages.$rid.lock.json" -o "$out"
# A ReadyToRun image that the runtime rejects aborts at start-up (seen with FRAMEWORK_DEPENDENT=1 on
# .NET 10.0.12: SIGABRT before Main); fail here rather than install it.
if ! "$out/kb" --version >/dev/null; then
    echo "publish.sh: $out/kb does not start" >&2
    exit 1
fi
echo "kb published to $out/kb"
