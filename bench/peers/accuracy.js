// Accuracy of the peers where it can be scored like attache's:
//   winkNLP: UPOS on UD English EWT test (its tags projected onto the gold
//   words by character offsets), Tokens and Sentences F1 on the raw text
//   rebuilt as the CoNLL 2018 task does (non-whitespace character spans);
//   chrono-node: TempEval-3 platinum relaxed/strict extent F1 and value
//   accuracy (correct values among relaxed matches, as TE3 reports it).
// Usage: node accuracy.js EWT_TEST.conllu TE3_PLATINUM_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const chrono = require('chrono-node');

const wink = winkNLP(model);
const its = wink.its;

function readConllu(file) {
  const docs = [];
  let doc = null, par = null, sent = null;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc')) { doc = []; docs.push(doc); par = null; }
    else if (line.startsWith('# newpar')) { par = null; }
    else if (line.startsWith('# text = ')) {
      if (!doc) { doc = []; docs.push(doc); }
      if (!par) { par = []; doc.push(par); }
      sent = { text: line.slice(9), words: [] };
      par.push(sent);
    } else if (/^\d+\t/.test(line) && sent) {
      const f = line.split('\t');
      sent.words.push({ form: f[1], upos: f[3] });
    }
  }
  return docs;
}

// Spans of forms located one after the other in text.
function locate(text, forms, from = 0) {
  const spans = [];
  let pos = from;
  for (const form of forms) {
    const at = text.indexOf(form, pos);
    if (at < 0) { spans.push(null); continue; }
    spans.push([at, at + form.length]);
    pos = at + form.length;
  }
  return spans;
}

function uposAccuracy(docs) {
  let right = 0, total = 0;
  for (const doc of docs) for (const par of doc) for (const s of par) {
    const d = wink.readDoc(s.text);
    const toks = d.tokens().out();
    const tags = d.tokens().out(its.pos);
    const peer = locate(s.text, toks);
    const gold = locate(s.text, s.words.map((w) => w.form));
    s.words.forEach((w, i) => {
      total++;
      if (!gold[i]) return;
      const k = peer.findIndex((p) => p && p[0] <= gold[i][0] && gold[i][0] < p[1]);
      if (k >= 0 && tags[k] === w.upos) right++;
    });
  }
  return 100 * right / total;
}

// Character index of each non-whitespace character.
function nonSpaceIndex(text) {
  const idx = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) { idx[i] = n; if (!/\s/.test(text[i])) n++; }
  idx[text.length] = n;
  return idx;
}

function f1(gold, pred) {
  const g = new Set(gold), p = new Set(pred);
  let both = 0;
  for (const x of p) if (g.has(x)) both++;
  const prec = both / p.size, rec = both / g.size;
  return 100 * 2 * prec * rec / (prec + rec);
}

function segmentation(docs) {
  const goldSents = [], predSents = [], goldToks = [], predToks = [];
  let text = '';
  const sentStarts = [];
  for (const doc of docs) {
    for (const par of doc) {
      if (text) text += '\n\n';
      par.forEach((s, i) => {
        if (i) text += ' ';
        sentStarts.push([text.length, s]);
        text += s.text;
      });
    }
  }
  const idx = nonSpaceIndex(text);
  const key = (a, b) => `${idx[a]}:${idx[b]}`;
  for (const [start, s] of sentStarts) {
    goldSents.push(key(start, start + s.text.length));
    const forms = s.words.map((w) => w.form);
    for (const sp of locate(text, forms, start)) if (sp) goldToks.push(key(sp[0], sp[1]));
  }
  // The peer reads each paragraph block as the user would give it.
  let blockStart = 0;
  for (const block of text.split('\n\n')) {
    const d = wink.readDoc(block);
    let offset = blockStart;
    for (const sent of d.sentences().out()) {
      const at = text.indexOf(sent, offset);
      if (at < 0) continue;
      predSents.push(key(at, at + sent.length));
      offset = at + sent.length;
    }
    for (const sp of locate(text, d.tokens().out(), blockStart)) if (sp) predToks.push(key(sp[0], sp[1]));
    blockStart += block.length + 2;
  }
  return { tokens_f1: f1(goldToks, predToks), sentences_f1: f1(goldSents, predSents) };
}

function readTml(file) {
  const xml = fs.readFileSync(file, 'utf8');
  const dct = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(xml);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)[1];
  let text = '';
  const gold = [];
  const re = /<TIMEX3([^>]*)>([\s\S]*?)<\/TIMEX3>|<[^>]+>|[^<]+/g;
  let m;
  while ((m = re.exec(body))) {
    if (m[1] !== undefined) {
      const value = /value="([^"]*)"/.exec(m[1]);
      const inner = m[2].replace(/<[^>]+>/g, '');
      gold.push({ start: text.length, end: text.length + inner.length, value: value ? value[1] : '' });
      text += inner;
    } else if (!m[0].startsWith('<')) {
      text += m[0];
    }
  }
  const decode = (s) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return { text: decode(text), gold, dct: dct ? dct[1].slice(0, 10) : null };
}

function pad(n) { return String(n).padStart(2, '0'); }

function chronoValue(c) {
  const y = c.get('year'), mo = c.get('month'), d = c.get('day');
  if (c.isCertain('day') || c.isCertain('weekday')) {
    let v = `${y}-${pad(mo)}-${pad(d)}`;
    if (c.isCertain('hour')) v += `T${pad(c.get('hour'))}:${pad(c.get('minute') || 0)}`;
    return v;
  }
  if (c.isCertain('month')) return `${y}-${pad(mo)}`;
  return String(y);
}

function timexScores(dir) {
  let goldN = 0, predN = 0, relaxed = 0, strict = 0, values = 0, relaxedPred = 0;
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.tml')).sort()) {
    const { text, gold, dct } = readTml(path.join(dir, f));
    const ref = dct ? new Date(`${dct}T12:00:00Z`) : new Date(0);
    const pred = chrono.parse(text, ref).map((r) => ({ start: r.index, end: r.index + r.text.length, value: chronoValue(r.start) }));
    goldN += gold.length;
    predN += pred.length;
    for (const g of gold) {
      const p = pred.find((q) => q.start < g.end && g.start < q.end);
      if (!p) continue;
      relaxed++;
      if (p.start === g.start && p.end === g.end) strict++;
      if (p.value === g.value) values++;
      else if (process.env.DEBUG) console.error(`${f}: ${text.slice(g.start, g.end)} gold ${g.value} chrono ${p.value}`);
    }
    for (const p of pred) if (gold.some((g) => p.start < g.end && g.start < p.end)) relaxedPred++;
  }
  const fscore = (tpG, tpP) => { const r = tpG / goldN, p = tpP / predN; return 100 * 2 * p * r / (p + r); };
  return { relaxed_f1: fscore(relaxed, relaxedPred), strict_f1: fscore(strict, strict), value_accuracy: 100 * values / relaxed };
}

const [ewtTest, te3Dir] = process.argv.slice(2);
const docs = readConllu(ewtTest);
const out = { wink: { upos: uposAccuracy(docs), ...segmentation(docs) }, chrono: timexScores(te3Dir) };
console.log(JSON.stringify(out));
