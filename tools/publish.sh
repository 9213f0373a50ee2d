#!/usr/bin/env bash
# Publishes kb precompiled for this machine into artifacts/kb (or $1): a cold `kb search` or `kb ask` then
# spends little time in the JIT. Default: self-contained with one composite ReadyToRun image of kb, its
# libraries and the runtime (about 160 MB; on 3,000 plans a cold `kb search` ~0.11 s, `kb ask` ~0.11 s,
# against ~0.17 s and ~0.26 s for the Release build; tools/README.md, "Cold start"). With
# FRAMEWORK_DEPENDENT=1: ReadyToRun for kb and its libraries only, on the installed runtime (small; with
# .NET 10.0.12 these images abort at start-up, which the check at the end catches).
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
# Precompiled for this CPU's instruction-set level (x86-64-v3: AVX2; v4: AVX-512). Library code that uses
# wider vectors than the image assumed is compiled again at start-up: on the 2-core AVX-512 machine of
# tools/README.md, v4 took the methods a cold `kb ask` compiles from 304 to 245 (about 5 ms). An image for a
# higher level than the CPU has cannot run as compiled: publish on the machine that runs kb, or set ISA=
# (empty) for the runtime's default.
if [ -z "${ISA+set}" ]; then
    ISA=""
    if [ "$(uname -m)" = x86_64 ] && flags="$(grep -m1 '^flags' /proc/cpuinfo)"; then
        has() { for f in "$@"; do [[ " ${flags#*:} " == *" $f "* ]] || return 1; done; }
        if has avx512f avx512bw avx512cd avx512dq avx512vl avx2 bmi1 bmi2 fma movbe; then ISA=x86-64-v4
        elif has avx2 bmi1 bmi2 fma movbe; then ISA=x86-64-v3
        fi
    fi
fi
if [ -n "$ISA" ]; then
    mode+=("-p:PublishReadyToRunCrossgen2ExtraArgs=--instruction-set:$ISA")
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
echo "kb published to $out/kb${ISA:+ (instruction sets: $ISA)}"
