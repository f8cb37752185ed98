#!/usr/bin/env bash
# Measures heap use of the portal's JVM while a large file is uploaded through the API, and the upload time.
# Run with the demo up and the size limit raised, e.g.:
#   CRT_UPLOAD_MAX_BYTES=262144000 ./mvnw -Pdemo          (in one terminal)
#   docs/bench/upload-heap.sh 200                          (in another; size in MB)
set -euo pipefail
size_mb=${1:-200}
url=${PORTAL_URL:-http://localhost:8080}
pid=$(pgrep -f 'payara-micro.jar --deploy' | head -n1)
file=$(mktemp --suffix=.pdf)
trap 'rm -f "$file" "$file.gc"' EXIT

# A file Tika takes for a PDF (the magic number) with incompressible content after it.
{ printf '%%PDF-1.4\n'; head -c $((size_mb * 1024 * 1024)) /dev/urandom; } > "$file"
assignment=$(curl -s -u aalst:demo "$url/api/assignments" | grep -o '"assignmentId":[0-9]*' | head -n1 | cut -d: -f2)

# Heap in use (young + old, including garbage not yet collected) and the old generation alone (what survives).
heap_used_mb() { jstat -gc "$pid" | awk 'NR==2 { printf "%.0f %.0f", ($3+$4+$6+$8)/1024, $8/1024 }'; }
jcmd "$pid" GC.run >/dev/null
echo "after GC, before upload: heap used / old gen $(heap_used_mb | tr ' ' /) MB (max heap $(jcmd "$pid" VM.flags | grep -o 'MaxHeapSize=[0-9]*' | head -n1 | cut -d= -f2 | awk '{printf "%.0f", $1/1048576}') MB)"
( while sleep 0.2; do heap_used_mb; echo; done ) > "$file.gc" &
sampler=$!
start=$(date +%s.%N)
status=$(curl -s -o /dev/null -w '%{http_code}' -u aalst:demo -F "file=@$file;filename=big.pdf" "$url/api/assignments/$assignment/documents")
end=$(date +%s.%N)
kill $sampler
echo "upload of ${size_mb} MB: HTTP $status in $(echo "$end - $start" | bc) s"
echo "during upload ($(wc -l < "$file.gc") samples every 0.2 s): heap used max $(sort -n -k1 "$file.gc" | tail -n1 | cut -d' ' -f1) MB, old gen max $(sort -n -k2 "$file.gc" | tail -n1 | cut -d' ' -f2) MB"
echo "portal RSS: $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
