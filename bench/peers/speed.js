// Speed of the peers on the bench corpus (JSON Lines, one story a line):
// winkNLP sentences + POS (+ entities), compromise tagging (+ people,
// places, organizations), chrono-node dates. Prints one JSON line.
'use strict';
const fs = require('fs');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = require('compromise');
const chrono = require('chrono-node');

const [corpusPath, runsArg, slowArg] = process.argv.slice(2);
const runs = Number(runsArg || 3);
const stories = fs.readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => {
  const d = JSON.parse(l);
  return { text: d.title ? `${d.title}\n\n${d.text}` : d.text, date: d.date };
});

// compromise runs near 20,000 tokens/s: on the whole corpus, three runs
// would take most of an hour, so it reads the first 2,000 stories (fewer in
// a quick bench).
const SLOW_PEER_STORIES = Number(slowArg || 2000);
const slowStories = stories.slice(0, SLOW_PEER_STORIES);

const wink = winkNLP(model);
const its = wink.its;

function time(fn) {
  const t0 = process.hrtime.bigint();
  const tokens = fn();
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, tokens };
}

const tasks = {
  wink_pos: () => stories.reduce((n, s) => {
    const doc = wink.readDoc(s.text);
    doc.sentences().out();
    return n + doc.tokens().out(its.pos).length;
  }, 0),
  wink_pos_entities: () => stories.reduce((n, s) => {
    const doc = wink.readDoc(s.text);
    doc.sentences().out();
    doc.entities().out();
    return n + doc.tokens().out(its.pos).length;
  }, 0),
  compromise_tags: () => slowStories.reduce((n, s) => {
    const doc = nlp(s.text);
    doc.sentences();
    return n + doc.terms().length;
  }, 0),
  compromise_entities: () => slowStories.reduce((n, s) => {
    const doc = nlp(s.text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
    return n + doc.terms().length;
  }, 0),
  chrono_dates: () => stories.reduce((n, s) => {
    chrono.parse(s.text, s.date ? new Date(`${s.date.slice(0, 10)}T12:00:00Z`) : new Date(0));
    return n + s.text.split(/\s+/).filter(Boolean).length;
  }, 0),
};

const out = { stories: stories.length, runs, tasks: {} };
for (const [name, fn] of Object.entries(tasks)) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(time(fn));
  out.tasks[name] = {
    tokens: results[0].tokens,
    stories: name.startsWith('compromise') ? slowStories.length : stories.length,
    seconds: results.map((r) => r.seconds),
  };
}
console.log(JSON.stringify(out));
