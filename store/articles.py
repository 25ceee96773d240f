"""One article as the reader, `show --json` and the export see it: metadata, sources, entities with their
mentions, and dated events with their sentences."""

from __future__ import annotations

import json
import sqlite3

from . import mentions
from .packing import unpack
from .schema import user_version


def article(conn: sqlite3.Connection, article_id: int) -> dict | None:
    """One article with its sources, entities (with mentions) and events, or None."""
    row = conn.execute(
        "SELECT id, title, lead, outlet, byline, published, published_precision, published_source, body"
        " FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    keys = ("id", "title", "lead", "outlet", "byline", "published", "published_precision", "published_source", "body")
    record = dict(zip(keys, row))
    record["body"] = unpack(record["body"])
    sources = [r[0] for r in conn.execute("SELECT display FROM sources WHERE article_id = ? ORDER BY rowid", (article_id,))]
    record["source"] = sources[0] if sources else None
    record["duplicates"] = sources[1:]
    record["entities"] = article_entities(conn, article_id)
    record["events"] = article_events(conn, article_id)
    names = {e["id"]: {"name": e["name"], "type": e["type"]} for e in record["entities"]}
    for event in record["events"]:
        event["entities"] = [names[i] for i in event["entity_ids"] if i in names]
    return record


def article_entities(conn: sqlite3.Connection, article_id: int) -> list[dict]:
    """The entities of an article with their spellings, titles, mention count and offsets."""
    details = _mention_details(conn, article_id)
    out = []
    for eid, name, type_, english, n in conn.execute(
        "SELECT e.id, e.name, e.type, e.english, ae.mentions FROM article_entities ae"
        " JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = ? ORDER BY e.type, ae.mentions DESC, e.name",
        (article_id,),
    ):
        spans, aliases, titles = details.get(eid, ([], [], []))
        item = {"id": eid, "name": name, "type": type_, "aliases": aliases or [name], "english": english,
                "mentions": n, "spans": spans}
        if type_ == "person":
            item["titles"] = titles
        out.append(item)
    return out


def _mention_details(conn: sqlite3.Connection, article_id: int) -> dict[int, tuple[list, list, list]]:
    """(spans, spellings, titles) by entity id: one JSON row per article (schema 3), or the wide
    columns of a store from an earlier release opened read-only."""
    if user_version(conn) < 3:
        rows = conn.execute("SELECT entity_id, spans, aliases, titles FROM article_entities WHERE article_id = ?",
                            (article_id,))
        return {r[0]: (json.loads(r[1]), json.loads(r[2]), json.loads(r[3])) for r in rows}
    row = conn.execute("SELECT entities FROM article_mentions WHERE article_id = ?", (article_id,)).fetchone()
    return mentions.decode(row[0]) if row else {}


def article_events(conn: sqlite3.Connection, article_id: int) -> list[dict]:
    """The dated events of an article in text order, with their sentences."""
    body = unpack(conn.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()[0])
    out = []
    for row in conn.execute(
        "SELECT start, end, precision, year_inferred, text, text_start, sentence_start, sentence_end, entity_ids"
        " FROM events WHERE article_id = ? ORDER BY text_start", (article_id,)):
        out.append({"start": row[0], "end": row[1], "precision": row[2], "year_inferred": bool(row[3]),
                    "text": row[4], "offset": row[5], "sentence": body[row[6] : row[7]],
                    "sentence_span": [row[6], row[7]], "entity_ids": json.loads(row[8])})
    return out
