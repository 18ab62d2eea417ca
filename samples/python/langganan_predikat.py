#!/usr/bin/env python3
"""A regional system's subscriber to Kinerja's predikat, with pika (Debian: python3-pika).

It binds a quorum queue of its own to PredikatKinerjaDitetapkan with its kode wilayah, catches up on
what it missed through the ordered HTTP feed, then takes messages as they come. Every finalisation or
correction is stored once, by its eventId, in a SQLite file: a message that arrives twice (RabbitMQ
delivers at least once) or by both ways is stored once. The settings come from the environment
(README.md beside this file).

It prints one JSON line per thing it does, for a person or a test to read; never a name or NIP.
"""
import json
import os
import sqlite3
import sys
import time
import urllib.parse
import urllib.request

import pika

WILAYAH = os.environ["KINERJA_WILAYAH"]
AMQP_URL = os.environ["KINERJA_AMQP_URL"]
API = os.environ["KINERJA_API"].rstrip("/")
PREFIX = os.environ.get("KINERJA_PREFIX", "")
EXCHANGE = f"{PREFIX}Kinerja.Contracts:PredikatKinerjaDitetapkan"
ANTREAN = os.environ.get("KINERJA_ANTREAN", f"regional-{WILAYAH}-predikat-python")
TAHUN = [int(t) for t in os.environ.get("KINERJA_TAHUN", str(time.localtime().tm_year)).split(",")]
DB = os.environ.get("KINERJA_DB", "predikat.db")
SELAMA = float(os.environ["KINERJA_SELAMA"]) if os.environ.get("KINERJA_SELAMA") else None


def cetak(**isi):
    print(json.dumps(isi), flush=True)


def buka_db():
    db = sqlite3.connect(DB)
    db.execute("""create table if not exists predikat (
        event_id text primary key, penilaian_id text, tahun integer, wilayah text, predikat text,
        koreksi_ke integer, isi text not null, diterima_pada text not null)""")
    db.execute("create table if not exists posisi_feed (tahun integer primary key, posisi integer not null)")
    db.commit()
    return db


def simpan(db, event_id, isi, sumber):
    """Once per eventId: the primary key refuses a second row, in the same transaction as nothing else."""
    with db:
        baru = db.execute(
            "insert or ignore into predikat values (?, ?, ?, ?, ?, ?, ?, datetime('now'))",
            (event_id, isi.get("penilaianId"), isi.get("tahun"), isi.get("wilayah"), isi.get("predikat"),
             isi.get("koreksiKe"), json.dumps(isi))).rowcount == 1
    if baru:
        cetak(disimpan=event_id, sumber=sumber, wilayah=isi.get("wilayah"), predikat=isi.get("predikat"), koreksiKe=isi.get("koreksiKe"))
    else:
        cetak(ganda=event_id, sumber=sumber)


def token():
    if os.environ.get("KINERJA_TOKEN"):
        return os.environ["KINERJA_TOKEN"]
    # a machine identity of the region at its SSO: the client-credentials grant (docs/integrasi.md)
    data = urllib.parse.urlencode({
        "grant_type": "client_credentials",
        "client_id": os.environ["KINERJA_CLIENT_ID"],
        "client_secret": os.environ["KINERJA_CLIENT_SECRET"],
        "scope": os.environ.get("KINERJA_SCOPE", "kinerja-api"),
    }).encode()
    with urllib.request.urlopen(urllib.request.Request(os.environ["KINERJA_TOKEN_URL"], data=data), timeout=30) as r:
        return json.load(r)["access_token"]


def kejar(db):
    """The feed from the last position this store read, page by page, until it has nothing newer."""
    bearer = token()
    for tahun in TAHUN:
        baris = db.execute("select posisi from posisi_feed where tahun = ?", (tahun,)).fetchone()
        posisi = baris[0] if baris else 0
        while True:
            query = urllib.parse.urlencode({"wilayah": WILAYAH, "tahun": tahun, "setelah": posisi, "batas": 500})
            permintaan = urllib.request.Request(f"{API}/api/penilaian/predikat?{query}", headers={"Authorization": f"Bearer {bearer}"})
            with urllib.request.urlopen(permintaan, timeout=60) as r:
                halaman = json.load(r)
            for entri in halaman["items"]:
                simpan(db, entri["eventId"], dict(entri["predikat"], eventId=entri["eventId"]), "feed")
            if not halaman["items"]:
                break
            posisi = halaman["berikutnya"]
            with db:
                db.execute("insert into posisi_feed values (?, ?) on conflict (tahun) do update set posisi = excluded.posisi", (tahun, posisi))
        cetak(terkejar=tahun, posisi=posisi)


def main():
    db = buka_db()
    koneksi = pika.BlockingConnection(pika.URLParameters(AMQP_URL))
    kanal = koneksi.channel()
    # bound before the catch-up: whatever is finalised meanwhile waits in the queue, and the store takes it once
    kanal.queue_declare(ANTREAN, durable=True, arguments={"x-queue-type": "quorum"})
    kanal.queue_bind(ANTREAN, EXCHANGE, routing_key=WILAYAH)
    kejar(db)

    def terima(ch, metode, _props, body):
        amplop = json.loads(body)
        pesan = amplop["message"]
        if pesan.get("wilayah") != WILAYAH:
            # the broker's topic permission makes this impossible; said rather than stored if it ever happens
            cetak(bukan_wilayah=pesan.get("eventId"), wilayah=pesan.get("wilayah"))
        else:
            simpan(db, pesan["eventId"], pesan, "broker")
        # acknowledged only once stored: a crash before this gives the message again, and the key keeps it single
        ch.basic_ack(metode.delivery_tag)

    kanal.basic_qos(prefetch_count=50)
    kanal.basic_consume(ANTREAN, on_message_callback=terima)
    if SELAMA is not None:
        koneksi.call_later(SELAMA, kanal.stop_consuming)
    cetak(siap=True, antrean=ANTREAN)
    try:
        kanal.start_consuming()
    except KeyboardInterrupt:
        kanal.stop_consuming()
    koneksi.close()
    cetak(selesai=True, jumlah=db.execute("select count(*) from predikat").fetchone()[0])


if __name__ == "__main__":
    sys.exit(main())
