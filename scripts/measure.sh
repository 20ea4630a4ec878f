#!/usr/bin/env bash
# Re-measures every figure in docs/MEASUREMENTS.md (release build, ../shared beside the repo).
set -u
B=${B:-target/release/attache}
S=../shared/data/corpora
run() { echo "\$ $*"; "$@" 2>&1 | tail -${TAILN:-1}; echo; }
run $B eval segment --gold $S/ud-english-ewt/en_ewt-ud-dev.conllu
run $B eval segment --gold $S/gum/dev/dep
run $B eval parse --gold $S/ud-english-ewt/en_ewt-ud-dev.conllu
run $B eval parse --gold $S/gum/dev/dep
run $B eval entities --gold $S/gum/dev/dep
run $B eval quotes --gold $S/polnear/dev
run $B eval times --gold $S/timebank-tbaq
run $B eval places --gold $S/geovirus/GeoVirus.xml
run $B eval events --gold crates/events/data/eval/events.jsonl
run $B eval events --gold crates/events/data/eval/heldout12.jsonl   # totals only: see crates/events/data/eval/README.md
run $B eval events --gold crates/events/data/eval/heldout13.jsonl   # totals only, the same rule
run $B eval events --gold crates/events/data/eval/heldout14.jsonl   # totals only, the same rule
run $B eval events --gold crates/events/data/eval/heldout15.jsonl   # a development set since session 16
run $B eval events --gold crates/events/data/eval/heldout16.jsonl   # a development set since session 17
run $B eval events --gold crates/events/data/eval/heldout17.jsonl   # totals only, the same rule as heldout12
run $B eval events --gold crates/events/data/eval/heldout20.jsonl   # totals only, the same rule as heldout12
run $B eval events --gold crates/events/data/eval/heldout21.jsonl   # totals only, the same rule as heldout12
run $B eval events --gold crates/events/data/eval/heldout22.jsonl   # totals only, the same rule as heldout12
TAILN=4 run $B bench $S/polnear/train/text --stage segment --repeat 5
TAILN=12 run $B bench $S/polnear/dev/text --stage all --repeat 3
TAILN=1 run $B bench $S/polnear/train/text --stage all --repeat 1
TAILN=3 run cargo run -q --release -p attache-syntax --example bench_syntax -- $S/ud-english-ewt/en_ewt-ud-dev.conllu 3
TAILN=3 run cargo run -q --release -p attache-kb --example bench_kb
TAILN=2 run cargo run -q --release -p attache-events --example eval_events
run cargo run -q --release -p attache-events --example eval_events -- --cameo-manual ../shared/data/ontology/cameo_event_descriptions.jsonl
