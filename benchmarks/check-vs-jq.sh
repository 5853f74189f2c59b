#!/usr/bin/env bash
# usage-schema check against a jq filter, side by side, over one generated file of whole OpenAI chat
# responses (about 650 bytes each). 0.1 % of them have a total that is not the sum of its parts, which
# the jq filter finds too; another 0.1 % have more cached tokens than prompt tokens (a detail past its
# parent), which only the checker finds. A long run of its own, not a test:
#
#   benchmarks/check-vs-jq.sh [RECORDS]        # default 1000000 records, about 650 MB
#
# Builds the checker's jar if it is not there (bin/usage-schema). CHECK names what to check against:
# by default the catalogue's surface, --provider openai-chat, its usage where its responses hold it.
# Prints, for each tool, wall and CPU seconds (user + system), throughput and peak memory, then whether
# the checker found every record the jq filter found, and what more.
set -euo pipefail
cd "$(dirname "$0")/.."

records=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file="$work/responses.jsonl"

if [ ! -f cli/target/usage-schema.jar ]; then
  mvn -B -q package -pl cli -am -DskipTests
fi
check=${CHECK:---provider openai-chat}

echo "generating $records responses in $file"
awk -v n="$records" 'BEGIN {
  srand(42)
  text = "The quick brown fox jumps over the lazy dog, and the answer to the question is forty-two."
  for (i = 0; i < n; i++) {
    p = 20 + int(rand() * 4000); c = 1 + int(rand() * 800); cached = int(rand() * p)
    t = p + c
    if (i % 1000 == 999) t = t + 1 + int(rand() * 50)
    if (i % 1000 == 499) cached = p + 1 + int(rand() * 50)
    printf "{\"id\":\"chatcmpl-%09d\",\"object\":\"chat.completion\",\"created\":%d,\"model\":\"gpt-4o-mini-2024-07-18\",", i, 1730000000 + i
    printf "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"%s\",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"stop\"}],", text
    printf "\"usage\":{\"prompt_tokens\":%d,\"completion_tokens\":%d,\"total_tokens\":%d,", p, c, t
    printf "\"prompt_tokens_details\":{\"cached_tokens\":%d,\"audio_tokens\":0},", cached
    printf "\"completion_tokens_details\":{\"reasoning_tokens\":0,\"audio_tokens\":0,\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}},"
    printf "\"service_tier\":\"default\",\"system_fingerprint\":\"fp_0ba0d124f1\"}\n"
  }
}' > "$file"
size=$(stat -c %s "$file")
echo "$(( size / 1000000 )) MB, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

measure() { # name, output file, command...
  local name=$1 out=$2; shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$out" || true
  # GNU time puts "Command exited with non-zero status" first when the command fails its check.
  read -r wall user system kilobytes < <(tail -n 1 "$work/time")
  echo "$name $wall $(echo "$user + $system" | bc -l) $kilobytes"
}

jq_line=$(measure jq "$work/jq.out" jq -c 'select(.usage.total_tokens != .usage.prompt_tokens + .usage.completion_tokens)' "$file")
# shellcheck disable=SC2086
check_line=$(measure usage-schema "$work/check.out" bin/usage-schema check $check --progress never "$file")

# The lines of the records each tool found, sorted as text for comm: jq prints each record as it read it
# (compact, as generated).
grep -n -x -F -f "$work/jq.out" "$file" | cut -d: -f1 | sort > "$work/jq.lines" || true
sed -n "s|^$file:\([0-9]*\): error .*|\1|p" "$work/check.out" | sort -u > "$work/check.lines"
sed -n "s|^$file:\([0-9]*\): error SUM at /usage/total_tokens: .*|\1|p" "$work/check.out" | sort -u > "$work/sum.lines"
jq_found=$(wc -l < "$work/jq.out")
check_found=$(wc -l < "$work/check.lines")
missed=$(comm -23 "$work/jq.lines" "$work/check.lines" | wc -l)
same_sum=$(cmp -s "$work/jq.lines" "$work/sum.lines" && echo yes || echo no)

printf '\n%-14s %10s %12s %10s %12s %10s\n' "" "wall s" "CPU s" "MB/s wall" "max RSS MB" "found"
for line in "$jq_line $jq_found" "$check_line $check_found"; do
  read -r name wall cpu kilobytes found <<< "$line"
  printf '%-14s %10s %12.2f %10.0f %12.0f %10s\n' "$name" "$wall" "$cpu" "$(echo "$size / 1000000 / $wall" | bc -l)" \
    "$(( kilobytes / 1024 ))" "$found"
done
read -r _ jq_wall jq_cpu _ <<< "$jq_line"
read -r _ check_wall check_cpu _ <<< "$check_line"
printf '\nusage-schema check: %.1fx the throughput of the jq filter (wall), %.1fx per CPU second\n' \
  "$(echo "$jq_wall / $check_wall" | bc -l)" "$(echo "$jq_cpu / $check_cpu" | bc -l)"
printf 'records jq found that check did not: %s; its total-is-not-the-sum records the same as jq'"'"'s: %s\n' \
  "$missed" "$same_sum"
printf 'check found %s more: %s\n' "$(( check_found - jq_found ))" \
  "$(grep -o '^ *[A-Z_]* *[0-9]* *error' "$work/check.out" | awk '{printf "%s%s %s records", sep, $1, $2; sep=", "}')"
