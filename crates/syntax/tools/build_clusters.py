#!/usr/bin/env python3
"""Builds models/clusters.tsv from the Brown clusters of spaCy's lookup package.

Usage (one-off; the output is committed, this script is not run by the build):

    pip download spacy-lookups-data==1.0.5 --no-deps -d /tmp/x
    unzip /tmp/x/spacy_lookups_data-1.0.5-py2.py3-none-any.whl \
        'spacy_lookups_data/data/en_lexeme_*' -d /tmp/x
    python3 crates/syntax/tools/build_clusters.py /tmp/x/spacy_lookups_data/data \
        crates/syntax/models/clusters.tsv

The package stores each form's cluster as an integer whose lowest bit is the first step of
the cluster's path in the Brown hierarchy (so `value & (2^k - 1)` is the path's first k
steps). Forms whose value is 0 have no cluster and are left out. The output has one line
per cluster: the path as a string of 0/1 steps, first step first, up to its last 1 (steps
after it are 0 and cannot be told apart from the end), then a tab and the cluster's forms
separated by spaces, most probable first (by the package's log probabilities).
"""
import gzip
import json
import sys


def main():
    src, out = sys.argv[1], sys.argv[2]
    with gzip.open(f"{src}/en_lexeme_cluster.json.gz", "rt", encoding="utf-8") as f:
        clusters = json.load(f)
    with gzip.open(f"{src}/en_lexeme_prob.json.gz", "rt", encoding="utf-8") as f:
        probs = json.load(f)
    groups = {}
    for form, value in clusters.items():
        if value <= 0 or not form or any(c.isspace() for c in form):
            continue
        groups.setdefault(value, []).append(form)
    lines = []
    for value, forms in groups.items():
        forms.sort(key=lambda w: (-probs.get(w, -100.0), w))
        path = "".join("1" if value >> k & 1 else "0" for k in range(value.bit_length()))
        lines.append((path, forms))
    lines.sort()
    with open(out, "w", encoding="utf-8") as f:
        for path, forms in lines:
            f.write(f"{path}\t{' '.join(forms)}\n")
    print(f"{len(lines)} clusters, {sum(len(x[1]) for x in lines)} forms", file=sys.stderr)


if __name__ == "__main__":
    main()
