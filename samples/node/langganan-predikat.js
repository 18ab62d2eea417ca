#!/usr/bin/env node
// A regional system's subscriber to Kinerja's predikat, with amqplib.
//
// It binds a quorum queue of its own to PredikatKinerjaDitetapkan with its kode wilayah, catches up on what it
// missed through the ordered HTTP feed, then takes messages as they come. Every finalisation or correction is
// stored once, by its eventId, in an append-only JSON-lines file: a message that arrives twice (RabbitMQ delivers
// at least once) or by both ways is stored once. Settings come from the environment (README.md beside this file).
//
// It prints one JSON line per thing it does, for a person or a test to read; never a name or NIP.
'use strict';

const fs = require('fs');
const amqp = require('amqplib');

const env = process.env;
const WILAYAH = env.KINERJA_WILAYAH;
const AMQP_URL = env.KINERJA_AMQP_URL;
const API = env.KINERJA_API.replace(/\/+$/, '');
const EXCHANGE = `${env.KINERJA_PREFIX || ''}Kinerja.Contracts:PredikatKinerjaDitetapkan`;
const ANTREAN = env.KINERJA_ANTREAN || `regional-${WILAYAH}-predikat-node`;
const TAHUN = (env.KINERJA_TAHUN || String(new Date().getFullYear())).split(',').map(Number);
const BERKAS = env.KINERJA_DB || 'predikat.jsonl';
const POSISI = `${BERKAS}.posisi.json`;
const SELAMA = env.KINERJA_SELAMA ? Number(env.KINERJA_SELAMA) : null;

const cetak = (isi) => console.log(JSON.stringify(isi));

// the store: every line a record; the set of eventIds read back at start
const disimpan = new Set(
  fs.existsSync(BERKAS)
    ? fs.readFileSync(BERKAS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).eventId)
    : [],
);
const posisi = fs.existsSync(POSISI) ? JSON.parse(fs.readFileSync(POSISI, 'utf8')) : {};

function simpan(eventId, isi, sumber) {
  if (disimpan.has(eventId)) {
    cetak({ ganda: eventId, sumber });
    return;
  }
  // written and flushed to disk before the message is acknowledged
  const fd = fs.openSync(BERKAS, 'a');
  fs.writeSync(fd, `${JSON.stringify({ ...isi, eventId, diterimaPada: new Date().toISOString() })}\n`);
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  disimpan.add(eventId);
  cetak({ disimpan: eventId, sumber, wilayah: isi.wilayah, predikat: isi.predikat, koreksiKe: isi.koreksiKe });
}

async function token() {
  if (env.KINERJA_TOKEN) return env.KINERJA_TOKEN;
  // a machine identity of the region at its SSO: the client-credentials grant (docs/integrasi.md)
  const r = await fetch(env.KINERJA_TOKEN_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: env.KINERJA_CLIENT_ID,
      client_secret: env.KINERJA_CLIENT_SECRET,
      scope: env.KINERJA_SCOPE || 'kinerja-api',
    }),
  });
  if (!r.ok) throw new Error(`token: ${r.status} ${await r.text()}`);
  return (await r.json()).access_token;
}

// the feed from the last position this store read, page by page, until it has nothing newer
async function kejar() {
  const bearer = await token();
  for (const tahun of TAHUN) {
    let setelah = posisi[tahun] || 0;
    for (;;) {
      const query = new URLSearchParams({ wilayah: WILAYAH, tahun, setelah, batas: 500 });
      const r = await fetch(`${API}/api/penilaian/predikat?${query}`, { headers: { Authorization: `Bearer ${bearer}` } });
      if (!r.ok) throw new Error(`feed: ${r.status} ${await r.text()}`);
      const halaman = await r.json();
      for (const entri of halaman.items) simpan(entri.eventId, entri.predikat, 'feed');
      if (halaman.items.length === 0) break;
      setelah = halaman.berikutnya;
      posisi[tahun] = setelah;
      fs.writeFileSync(POSISI, JSON.stringify(posisi));
    }
    cetak({ terkejar: tahun, posisi: setelah });
  }
}

async function main() {
  const koneksi = await amqp.connect(AMQP_URL);
  const kanal = await koneksi.createChannel();
  // bound before the catch-up: whatever is finalised meanwhile waits in the queue, and the store takes it once
  await kanal.assertQueue(ANTREAN, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
  await kanal.bindQueue(ANTREAN, EXCHANGE, WILAYAH);
  await kejar();
  await kanal.prefetch(50);
  await kanal.consume(ANTREAN, (m) => {
    const pesan = JSON.parse(m.content.toString('utf8')).message;
    if (pesan.wilayah !== WILAYAH) {
      // the broker's topic permission makes this impossible; said rather than stored if it ever happens
      cetak({ bukan_wilayah: pesan.eventId, wilayah: pesan.wilayah });
    } else {
      simpan(pesan.eventId, pesan, 'broker');
    }
    // acknowledged only once stored: a crash before this gives the message again, and the eventId keeps it single
    kanal.ack(m);
  });
  cetak({ siap: true, antrean: ANTREAN });
  const berhenti = async () => {
    await koneksi.close();
    cetak({ selesai: true, jumlah: disimpan.size });
  };
  if (SELAMA !== null) setTimeout(berhenti, SELAMA * 1000);
  process.once('SIGINT', berhenti);
  process.once('SIGTERM', berhenti);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
