"""Messages between the app's workers, widgets and screen. Workers post them from their threads."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from store import queries as Q

from .data import Facets, Results


@dataclass
class ResultsReady(Message):
    """The first page of a new result set."""

    results: Results
    generation: int


@dataclass
class MoreRows(Message):
    """A further page of the current result set."""

    rows: list[Q.Row]
    generation: int


@dataclass
class CountsReady(Message):
    """How many articles match, of how many."""

    matched: int
    total: int
    generation: int


@dataclass
class FacetsReady(Message):
    """The entity sidebar's contents for the current result set."""

    facets: Facets
    generation: int


@dataclass
class EventsReady(Message):
    """The event timeline of the current result set."""

    events: list[dict]
    generation: int


@dataclass
class ArticleReady(Message):
    """An article to show, and where to put the reader (a span to highlight, or 'first'/'last' target)."""

    record: dict
    focus: tuple[int, int] | None = None
    jump: str | None = None


@dataclass
class EntityToggled(Message):
    """The user toggled an entity filter in the sidebar."""

    type: str
    name: str
    entity_id: int


@dataclass
class EntityPicked(Message):
    """The user moved to an entity in the sidebar (its mentions become the n/N targets)."""

    entity_id: int | None


@dataclass
class LeaveArticle(Message):
    """n/N ran past the last or first target: continue in the next or previous article."""

    forward: bool
