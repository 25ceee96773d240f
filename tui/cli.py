"""The `uncops-tui` command: the app with no subcommand, and the scripting commands with --json.

Textual is imported only when the app is launched, so the scripting commands start fast.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from store import StoreError, default_path, ensure_seeded, open_store, parse
from store import facets as F
from store import articles as A
from store import queries as Q
from store.db import Store
from store.gazetteer import AliasFileError
from store.limits import DEFAULT_GLOBS, DEFAULT_MAX_BYTES
from store.query import partial_date

from . import output as out

app = typer.Typer(
    name="uncops-tui",
    help="Browse Vietnamese news on police diplomacy: ingest article files, search them, read them in a terminal app.",
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


class State:
    """Options given before the subcommand."""

    db: Path | None = None


state = State()


def _fail(message: str, code: int = 1) -> None:
    out.error(message)
    raise typer.Exit(code)


def store_path() -> Path:
    """The store this invocation uses: --db, else $UNCOPS_TUI_DB, else the user data directory."""
    return state.db if state.db is not None else default_path()


def open_for_reading() -> Store:
    """Open the store for a read command; a missing store is first built from the bundled seeds."""
    path = store_path()
    try:
        store = open_store(path, readonly=path.exists() and not os.access(path, os.W_OK))
        if ensure_seeded(store):
            out.note(f"created {path} from the bundled seed articles")
        if store.readonly:
            out.note(f"{path} is read-only here: browsing only")
    except (StoreError, OSError) as exc:
        _fail(str(exc))
    Q.register_functions(store.conn)
    return store


@app.callback(invoke_without_command=True)
def main(
    ctx: typer.Context,
    db: Optional[Path] = typer.Option(None, "--db", help="The store (SQLite file). Default: $UNCOPS_TUI_DB or the user data directory."),
    version: bool = typer.Option(False, "--version", help="Print the version and exit."),
) -> None:
    """With no subcommand, open the app on the store (built from the bundled seeds when missing)."""
    if version:
        from . import __version__

        typer.echo(f"uncops-tui {__version__}")
        raise typer.Exit(0)
    state.db = db
    if ctx.invoked_subcommand is None:
        store = open_for_reading()
        store.close()
        from .app import run

        run(store_path())


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files and folders (searched recursively)."),
    glob: list[str] = typer.Option(list(DEFAULT_GLOBS), "--glob", help="File-name patterns in folders (repeatable)."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Reject files larger than this."),
    aliases: Optional[list[Path]] = typer.Option(None, "--aliases", help="A user alias file (JSON) to merge entities with."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Read article files into the store: added, updated, unchanged, duplicates, rejected with reasons."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _fail(f"no such file or folder: {', '.join(out.inert(m) for m in missing)}", 2)
    for alias in aliases or []:
        if not alias.is_file():
            _fail(f"no such alias file: {out.inert(alias)}", 2)
    try:
        store = open_store(store_path())
    except StoreError as exc:
        _fail(str(exc))
    try:
        counts = _run_ingest(store, paths, glob, max_bytes, tuple(str(a) for a in aliases) if aliases else None, as_json)
    except AliasFileError as exc:
        _fail(str(exc), 2)
    except StoreError as exc:
        _fail(str(exc))
    finally:
        store.close()
    if as_json:
        out.print_json(counts.as_dict())
    else:
        _print_counts(counts)
    raise typer.Exit(1 if counts.rejected else 0)


def _run_ingest(store: Store, paths: list[Path], globs: list[str], max_bytes: int, aliases: tuple[str, ...] | None,
                as_json: bool):
    from store import ingest as ingest_files

    if as_json or not out.stderr.is_terminal:
        return ingest_files(store, paths, globs, max_bytes, alias_files=aliases)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=out.stderr, transient=True) as bar:
        task = bar.add_task("ingest", total=None)

        def progress(done: int, total: int, _name: str) -> None:
            bar.update(task, completed=done, total=total)

        return ingest_files(store, paths, globs, max_bytes, progress=progress, alias_files=aliases)


def _print_counts(counts) -> None:
    c = counts
    again = f" ({c.reanalysed} analysed again with the current rules and aliases)" if c.reanalysed else ""
    out.stdout.print(f"added {c.added}, updated {c.updated}, unchanged {c.unchanged}{again}, "
                     f"duplicates {c.duplicates}, rejected {len(c.rejected)}")
    if c.rejected:
        out.table(("rejected file", "reason"), [(r["path"], r["reason"]) for r in c.rejected])


def _article_rows(conn, rows: list[Q.Row]) -> list[dict]:
    """Rows for `articles`, each with its duplicate sources (one query per 900 articles, not one per article)."""
    files: dict[int, list[str]] = {}
    for i in range(0, len(rows), 900):
        ids = [r.id for r in rows[i : i + 900]]
        sql = f"SELECT article_id, display FROM sources WHERE article_id IN ({','.join('?' * len(ids))}) ORDER BY rowid"
        for article_id, display in conn.execute(sql, ids):
            files.setdefault(article_id, []).append(display)
    return [{"id": r.id, "source": r.source, "duplicates": files.get(r.id, [])[1:], "title": r.title, "outlet": r.outlet,
             "published": r.published, "published_precision": r.published_precision, "lead": r.lead} for r in rows]


@app.command()
def articles(
    query: str = typer.Option("", "--query", "-q", help="Only articles matching this query."),
    limit: int = typer.Option(1_000_000, "--limit", min=1),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """List articles, newest first (unknown dates last)."""
    store = open_for_reading()
    page = Q.timeline(store.conn, parse(query), limit=limit, ranked=False)
    rows = _article_rows(store.conn, page.rows)
    if as_json:
        out.print_json(rows)
        return
    out.table(("id", "published", "outlet", "title", "source"),
              [(r["id"], r["published"] or "—", r["outlet"] or "", r["title"] or r["lead"], r["source"]) for r in rows])


@app.command()
def show(
    article_id: int = typer.Argument(..., metavar="ID", help="The article id (see `articles`)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """One article: metadata, clean body, entities and dated events."""
    store = open_for_reading()
    record = A.article(store.conn, article_id)
    if record is None:
        _fail(f"no article with id {article_id}")
    if as_json:
        out.print_json(record)
        return
    from .show import print_article

    print_article(record)


@app.command()
def search(
    query: str = typer.Argument(..., metavar="QUERY", help='Words, "phrases", prefix*, -word, person: org: place: event: since: until: outlet:'),
    limit: int = typer.Option(50, "--limit", min=1),
    offset: int = typer.Option(0, "--offset", min=0),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Ranked full-text search that ignores diacritics, with a snippet per hit."""
    store = open_for_reading()
    q = parse(query)
    page = Q.timeline(store.conn, q, limit=limit, offset=offset)
    for hint in page.hints:
        out.note(f"query: {hint}")
    if as_json:
        out.print_json([{"id": r.id, "title": r.title, "published": r.published, "published_precision": r.published_precision,
                         "outlet": r.outlet, "source": r.source, "snippet": out.plain_hits(r.snippet)} for r in page.rows])
        return
    out.table(("id", "published", "title", "snippet"),
              [(r.id, r.published or "—", r.title or r.lead, out.hit_text(r.snippet)) for r in page.rows])


@app.command()
def entities(
    type_: Optional[str] = typer.Option(None, "--type", help="person, organization, place or event."),
    query: str = typer.Option("", "--query", "-q", help="Only entities of articles matching this query."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Entities with the number of articles and mentions."""
    types = {"person": "person", "organization": "organization", "organisation": "organization", "org": "organization",
             "place": "place", "event": "event"}
    if type_ is not None and type_ not in types:
        _fail(f"--type takes person, organization, place or event (not {out.inert(type_)})", 2)
    store = open_for_reading()
    rows = F.entities(store.conn, types.get(type_ or ""), parse(query))
    if as_json:
        out.print_json([{k: r[k] for k in ("id", "name", "type", "english", "articles", "mentions")} for r in rows])
        return
    out.table(("type", "name", "english", "articles", "mentions"),
              [(r["type"], r["name"], r["english"] or "", r["articles"], r["mentions"]) for r in rows])


@app.command()
def events(
    since: Optional[str] = typer.Option(None, "--since", help="From this date (2022, 2022-09, 2022-09-03)."),
    until: Optional[str] = typer.Option(None, "--until", help="Up to this date."),
    query: str = typer.Option("", "--query", "-q", help="Only events of articles matching this query."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """The timeline of dated events across articles, in date order."""
    bounds = {}
    for name, value in (("since", since), ("until", until)):
        if value is not None:
            bounds[name] = partial_date(value)
            if bounds[name] is None:
                _fail(f"--{name} takes a date like 2022, 2024-06 or 2024-06-30 (not {out.inert(value)})", 2)
    store = open_for_reading()
    rows = Q.events(store.conn, bounds.get("since"), bounds.get("until"), parse(query))
    if as_json:
        keys = ("article_id", "start", "end", "precision", "year_inferred", "text", "sentence", "title")
        out.print_json([{k: r[k] for k in keys} for r in rows])
        return
    out.table(("start", "end", "precision", "as written", "article", "title"),
              [(r["start"], r["end"] or "…", r["precision"], r["text"], r["article_id"], r["title"] or r["lead"]) for r in rows])


@app.command()
def export(
    output: str = typer.Option(..., "-o", "--output", help="The Markdown file to write, or - for stdout."),
    query: str = typer.Option("", "--query", "-q", help="Export the articles matching this query."),
    ids: Optional[str] = typer.Option(None, "--ids", help="Export these article ids: 1,3,7."),
    excerpt: bool = typer.Option(False, "--excerpt", help="Only the matching snippet instead of the whole body."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write a Markdown brief: front matter, contents, one section per article, sources."""
    from .export import ExportExists, gather, render, write_atomic

    wanted = None
    if ids is not None:
        try:
            wanted = [int(part) for part in ids.replace(" ", "").split(",") if part]
        except ValueError:
            _fail(f"--ids takes numbers separated by commas (not {out.inert(ids)})", 2)
    if output != "-" and Path(output).exists() and not force:
        _fail(f"{out.inert(output)} exists; use --force to overwrite it (the file was left untouched)")
    store = open_for_reading()
    records, excerpts = gather(store.conn, wanted, query, excerpt)
    text = render(records, query=query, store=str(store.path), excerpts=excerpts)
    if output == "-":
        typer.echo(text, nl=False)
        return
    try:
        write_atomic(Path(output), text, force=force)
    except ExportExists as exc:
        _fail(f"{exc} (the file was left untouched)")
    except OSError as exc:
        _fail(f"cannot write {out.inert(output)}: {exc.strerror or exc}")
    out.note(f"wrote {len(records)} articles to {output}")


def run() -> None:
    """The `uncops-tui` entry point: the typer app, with unexpected errors as one clear line, not a traceback."""
    import sqlite3
    import sys

    try:
        app()
    except sqlite3.Error as exc:
        out.error(f"the store could not be read ({exc}); try again, or check the file with `sqlite3 FILE 'PRAGMA integrity_check'`")
        sys.exit(1)
    except KeyboardInterrupt:
        out.error("interrupted")
        sys.exit(130)
    except Exception as exc:  # the last line of defence: say what failed, in one line
        out.error(f"unexpected {type(exc).__name__}: {exc} (please report this)")
        sys.exit(1)
