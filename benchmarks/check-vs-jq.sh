#!/usr/bin/env bash
# usage-schema check against a jq filter, side by side, over one generated file of whole OpenAI chat
# responses (about 600 bytes each), 0.1 % of them with a total that is not the sum of its parts.
# A long run of its own, not a test:
#
#   benchmarks/check-vs-jq.sh [RECORDS]        # default 1000000 records, about 600 MB
#
# Builds the checker's jar if it is not there (bin/usage-schema). CHECK names what to check against:
# by default the examples' OpenAI chat schema at /usage (the examples' classes are built for it).
set -euo pipefail
cd "$(dirname "$0")/.."

records=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file="$work/responses.jsonl"

if [ ! -f cli/target/usage-schema.jar ] || [ ! -d examples/target/classes ]; then
  mvn -B -q package -pl cli,examples -am -DskipTests
fi
check=${CHECK:---schema dev.usageschema.examples.providers.OpenAiChatUsage --classpath examples/target/classes --at /usage}

echo "generating $records responses in $file"
awk -v n="$records" 'BEGIN {
  srand(42)
  text = "The quick brown fox jumps over the lazy dog, and the answer to the question is forty-two."
  for (i = 0; i < n; i++) {
    p = 20 + int(rand() * 4000); c = 1 + int(rand() * 800); cached = int(rand() * p)
    t = p + c
    if (i % 1000 == 999) t = t + 1 + int(rand() * 50)
    printf "{\"id\":\"chatcmpl-%09d\",\"object\":\"chat.completion\",\"created\":%d,\"model\":\"gpt-4o-mini-2024-07-18\",", i, 1730000000 + i
    printf "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"%s\",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"stop\"}],", text
    printf "\"usage\":{\"prompt_tokens\":%d,\"completion_tokens\":%d,\"total_tokens\":%d,", p, c, t
    printf "\"prompt_tokens_details\":{\"cached_tokens\":%d,\"audio_tokens\":0},", cached
    printf "\"completion_tokens_details\":{\"reasoning_tokens\":0,\"audio_tokens\":0,\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}},"
    printf "\"service_tier\":\"default\",\"system_fingerprint\":\"fp_0ba0d124f1\"}\n"
  }
}' > "$file"
size=$(stat -c %s "$file")
echo "$(( size / 1000000 )) MB, $(nproc) cores"

measure() { # name, output file, command...
  local name=$1 out=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$out" || true
  # GNU time puts "Command exited with non-zero status" first when the command fails its check.
  read -r seconds kilobytes < <(tail -n 1 "$work/time")
  echo "$name $seconds $kilobytes"
}

jq_line=$(measure jq "$work/jq.out" jq -c 'select(.usage.total_tokens != .usage.prompt_tokens + .usage.completion_tokens)' "$file")
# shellcheck disable=SC2086
check_line=$(measure usage-schema "$work/check.out" bin/usage-schema check $check --progress never "$file")

jq_found=$(wc -l < "$work/jq.out")
check_found=$(grep -c ': error SUM at /usage/total_tokens' "$work/check.out" || true)
check_rejected=$(sed -n 's/^.* read: .* \([0-9]*\) rejected$/\1/p' "$work/check.out")

printf '\n%-14s %10s %10s %12s %10s\n' "" "seconds" "MB/s" "max RSS MB" "found"
for line in "$jq_line $jq_found" "$check_line $check_found"; do
  read -r name seconds kilobytes found <<< "$line"
  printf '%-14s %10s %10.0f %12.0f %10s\n' "$name" "$seconds" "$(echo "$size / 1000000 / $seconds" | bc -l)" \
    "$(( kilobytes / 1024 ))" "$found"
done
jq_seconds=$(echo "$jq_line" | cut -d' ' -f2)
check_seconds=$(echo "$check_line" | cut -d' ' -f2)
printf '\nusage-schema check: %.1fx the throughput of the jq filter; %s records rejected in all (every rule)\n' \
  "$(echo "$jq_seconds / $check_seconds" | bc -l)" "$check_rejected"
