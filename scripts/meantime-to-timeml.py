#!/usr/bin/env python3
"""Converts MEANTIME (NewsReader CAT XML) to TimeML .tml files for
`attache eval timex`: the tokens joined back into text (a line per sentence),
the creation time as <DCT> (its own tokens left out of the text), and each
TIMEX3 with a token extent as a tag over its tokens. MEANTIME annotates only
the title and the first sentences (0 to 5): the text stops there.

usage: scripts/meantime-to-timeml.py MEANTIME_DIR OUT_DIR
(MEANTIME_DIR: an extracted meantime_newsreader_english_oct15/intra-doc_annotation)
"""
import os
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "'s", "'", "n't", "%", "'re", "'ve", "'ll", "'d", "'m"}
ANNOTATED_SENTENCES = 5
NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}


def convert(path, out_dir):
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id"), int(t.get("sentence")), t.text or "") for t in root.iter("token")]
    dct, spans = None, []
    for tx in root.iter("TIMEX3"):
        ids = [a.get("t_id") for a in tx.iter("token_anchor")]
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = (tx.get("value"), set(ids))
        elif ids:
            spans.append((ids, tx.get("type"), tx.get("value")))
    skip = dct[1] if dct else set()
    starts, ends = {}, {}
    for n, (ids, typ, val) in enumerate(spans):
        starts.setdefault(ids[0], []).append(n)
        ends.setdefault(ids[-1], []).append(n)
    parts, prev_sent, prev_tok = [], None, None
    for tid, sent, text in tokens:
        if tid in skip or sent > ANNOTATED_SENTENCES:
            continue
        if prev_sent is not None and sent != prev_sent:
            parts.append("\n")
        elif prev_tok is not None and text not in NO_SPACE_BEFORE and prev_tok not in NO_SPACE_AFTER:
            parts.append(" ")
        for n in starts.get(tid, []):
            ids, typ, val = spans[n]
            parts.append("<TIMEX3 tid=\"t%d\" type=%s value=%s>" % (n + 1, quoteattr(typ or "DATE"), quoteattr(val or "")))
        parts.append(escape(text))
        for n in ends.get(tid, []):
            parts.append("</TIMEX3>")
        prev_sent, prev_tok = sent, text
    name = os.path.splitext(os.path.basename(path))[0].split("_")[0]
    dct_tag = ""
    if dct:
        dct_tag = "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=%s functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n" % (
            quoteattr(dct[0]), escape(dct[0]))
    with open(os.path.join(out_dir, name + ".tml"), "w", encoding="utf-8") as f:
        f.write("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>%s</DOCID>\n%s<TEXT>\n%s\n</TEXT>\n</TimeML>\n" % (
            name, dct_tag, "".join(parts)))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    os.makedirs(sys.argv[2], exist_ok=True)
    for dirpath, _, files in os.walk(sys.argv[1]):
        for f in sorted(files):
            if f.endswith(".xml"):
                convert(os.path.join(dirpath, f), sys.argv[2])


main()
