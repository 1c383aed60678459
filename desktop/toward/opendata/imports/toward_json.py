"""Toward's own export read back in: into a new household, or the one it came from.

The document must validate against the bundled JSON Schema; anything else refuses the whole
file, so an import is never partly done. Records keep their ids (so links between a
private original and its shared copy survive, and a record already present is left out:
importing the same export twice adds nothing). Private records go to the importing
partner's private space, shared ones to the shared space. Partners are matched by role:
the exporting partner becomes the importing one, the other partner the household's other
partner (by name when the names match, else the only other partner, else kept as written).

Once the other partner is in the household, an import only adds what the importing partner
wrote: everything written by the other partner is left out and listed in the report, so a
crafted file cannot speak for them (an entry, a consent, a "submitted" mark that would open
a sealed answer). Alone in a new household, the whole export is restored as written.
Every record is checked against the rules the app's own writers use (core.validation):
one value Toward could not read back (an unknown topic, a date that does not exist, an
unknown currency, a number past 64 bits, a lone surrogate) refuses the whole file, naming
the record and the column, before anything is written.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import sqlcipher3

from toward.core import clock, record_rules, validation
from toward.core.i18n import QT_TRANSLATE_NOOP, in_words, translate
from toward.core.journal import images
from toward.core.repairs import model as repairs
from toward.core.repairs.steps import SEALED_STEPS
from toward.core.spaces import Space
from toward.opendata import rows as portable
from toward.opendata.export import FORMAT, VERSION, schema_text
from toward.opendata.imports.plan import ImportPlan, ImportRefused, PreviewLine, Skipped
from toward.opendata.kinds import (
    AGREEMENT_MOMENTS,
    AGREEMENTS,
    JOURNAL_ENTRIES,
    JOURNAL_REPLIES,
    RECORD_KINDS,
    REPAIR_ANSWERS,
    REPAIR_MARKS,
    RecordKind,
)
from toward.session import Session
from toward.vault.errors import KnownError

if TYPE_CHECKING:
    import jsonschema

SOURCE = QT_TRANSLATE_NOOP("opendata.imports.toward_json", "a Toward export")
PREVIEW_LINES = 5
_SEALED = {step.value for step in SEALED_STEPS}
# Records that belong to another one (parents come first in RECORD_KINDS): key → parent,
# the column naming it, and how the report says it.
_PARENTS = {
    JOURNAL_REPLIES.key: (
        JOURNAL_ENTRIES,
        "entry_id",
        QT_TRANSLATE_NOOP(
            "opendata.imports.toward_json", "its entry is neither in this export nor in Toward"
        ),
    ),
    AGREEMENT_MOMENTS.key: (
        AGREEMENTS,
        "agreement_id",
        QT_TRANSLATE_NOOP(
            "opendata.imports.toward_json", "its agreement is neither in this export nor in Toward"
        ),
    ),
}

_PICTURE_COLUMNS = ("id", "position", "name", "mime", "created_at")

ReadFile = Callable[[str], "bytes | None"]  # a path inside the export → bytes, None if absent


def is_toward(document: object) -> bool:
    return isinstance(document, dict) and document.get("format") == FORMAT


def check_document(document: object) -> dict[str, Any]:
    """The document if it is a Toward export this version reads; else why not."""
    if not is_toward(document):
        raise ImportRefused(
            translate("opendata.imports.toward_json", "This is not a Toward export.")
        )
    assert isinstance(document, dict)
    version = document.get("version")
    if isinstance(version, int) and version > VERSION:
        raise ImportRefused(
            translate(
                "opendata.imports.toward_json",
                "This export was made by a newer Toward (format {version}); update Toward first.",
            ).format(version=version)
        )
    from jsonschema.exceptions import best_match  # heavy: loaded when an import is read

    error = best_match(_validator().iter_errors(document))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or translate(
            "opendata.imports.toward_json", "the top level"
        )
        damaged = translate(
            "opendata.imports.toward_json",
            "This Toward export is damaged and was not imported (at {where}: {problem}).",
        )
        raise ImportRefused(damaged.format(where=where, problem=error.message))
    return document


@functools.cache
def _validator() -> jsonschema.Draft202012Validator:
    """The bundled schema with its `$ref`s written out in place: twice as fast to check."""
    from jsonschema import Draft202012Validator

    schema = json.loads(schema_text())
    return Draft202012Validator(_inline(schema, schema["$defs"]))


def _inline(node: Any, defs: Mapping[str, Any]) -> Any:
    if isinstance(node, dict):
        if "$ref" in node:  # always '#/$defs/<name>' in this schema
            resolved = _inline(defs[node["$ref"].rsplit("/", 1)[1]], defs)
            return resolved | {k: v for k, v in node.items() if k != "$ref"}
        return {k: _inline(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


def plan_toward(session: Session, document: object, read_file: ReadFile) -> ImportPlan:
    """Check a whole export against this household; nothing is written until `apply()`."""
    doc = check_document(document)
    if doc["household_id"] == session.household.id and doc["exported_by"] != session.partner.id:
        raise ImportRefused(
            translate(
                "opendata.imports.toward_json",
                "This export was made by your partner: only they can bring it back in, so "
                "their private entries stay theirs.",
            )
        )
    people = _partner_map(session, doc)
    only_mine = _other_partner_names(session)
    batches: list[portable.RowBatch] = []
    skipped: list[Skipped] = []
    preview: list[PreviewLine] = []
    counts: dict[str, int] = {}
    present: dict[tuple[str, Space], set[str]] = {}
    for kind in RECORD_KINDS:
        records = doc["records"].get(kind.key, [])
        for space in (Space.PRIVATE, Space.SHARED):
            mine = [r for r in records if r["space"] == space.value]
            rows = [_row(kind, record, people) for record in mine]
            keys = [kind.table.key_of(row) for row in rows]
            if len(set(keys)) != len(keys):
                twice = translate(
                    "opendata.imports.toward_json", "This export lists one of its {records} twice."
                )
                raise ImportRefused(twice.format(records=translate("opendata.kinds", kind.label)))
            there = portable.existing_keys(session.spaces, space, kind.table, rows)
            kept = {key[0] for key in there}
            batch = portable.RowBatch(kind.table, space)
            for number, (record, row) in enumerate(zip(mine, rows, strict=True), start=1):
                where = _where(kind, number, space)
                if kind.table.key_of(row) in there:
                    skipped.append(
                        Skipped(
                            where, translate("opendata.imports.toward_json", "already in Toward")
                        )
                    )
                    continue
                reason = _not_mine(session, only_mine, kind, row, batches) or _orphan(
                    session, kind, row, space, present
                )
                if reason:
                    skipped.append(Skipped(where, reason))
                    continue
                _add(batch, kind, record, row, read_file, where)
                kept.add(kind.table.key_of(row)[0])
                if kind.files is not None and len(preview) < PREVIEW_LINES:
                    preview.append(_preview(record, space))
            present[(kind.key, space)] = kept
            batches.append(batch)
            counts[kind.label] = counts.get(kind.label, 0) + len(batch.rows)

    def write() -> tuple[dict[str, int], list[Skipped]]:
        try:
            portable.write_batches(session.spaces, batches)
        except sqlcipher3.IntegrityError as exc:  # a link or value the database refuses
            raise ImportRefused(
                translate(
                    "opendata.imports.toward_json",
                    "This export does not fit this household ({problem}); nothing was imported.",
                ).format(problem=exc)
            ) from exc
        return counts, []

    return ImportPlan(
        translate("opendata.imports.toward_json", SOURCE), counts, preview, skipped, [], write
    )


def _row(kind: RecordKind, record: Mapping[str, Any], people: Mapping[str, str]) -> dict[str, Any]:
    """The database row of an exported record, its partner ids those of this household."""
    row = {name: record[name] for name in kind.table.columns}
    for name in kind.lists:
        row[name] = ",".join(record[name])
    for name in ("author_id", *kind.people):
        if name in row:
            row[name] = people.get(row[name], row[name])
    return row


def _other_partner_names(session: Session) -> dict[str, str] | None:
    """The other partners' names by id; None while the importing partner is alone.

    Alone, the household is being restored from this export, so every record comes in as
    written. Once the other partner is there, only they can bring in what they wrote.
    """
    others = {p.id: p.name for p in session.household.partners if p.id != session.partner.id}
    return others or None


def _not_mine(
    session: Session,
    others: Mapping[str, str] | None,
    kind: RecordKind,
    row: Mapping[str, Any],
    batches: list[portable.RowBatch],
) -> str | None:
    """Why `row` may not come in through this partner's import, or None if it may."""
    writer = row.get("author_id", row.get("partner_id", session.partner.id))
    if others is not None and writer != session.partner.id:
        name = others.get(writer)
        if name is None:
            return translate(
                "opendata.imports.toward_json", "written by someone outside this household"
            )
        return translate(
            "opendata.imports.toward_json", "written by {partner}: only {partner} can bring it in"
        ).format(partner=name)
    if (
        kind is REPAIR_MARKS
        and writer == session.partner.id
        and not _answered(session, row, batches)
    ):
        return translate(
            "opendata.imports.toward_json",
            "marked as answered, but its sealed answer is not in the export",
        )
    return None


def _answered(session: Session, mark: Mapping[str, Any], batches: list[portable.RowBatch]) -> bool:
    """Whether a "submitted" mark has the importing partner's submitted answer behind it.

    A mark alone would count as this partner's half of a sealed step and reveal the other
    partner's answer, so it only comes in with the answer it stands for.
    """
    if mark["kind"] != repairs.SUBMITTED or mark["step"] not in _SEALED:
        return True
    key = (mark["repair_id"], mark["step"])
    for batch in batches:
        if batch.table is REPAIR_ANSWERS.table and batch.space is Space.PRIVATE:
            for row in batch.rows:
                if (row["repair_id"], row["step"]) == key and row["submitted_at"]:
                    return True
    found = session.spaces.conn(Space.PRIVATE).execute(
        f"SELECT 1 FROM {REPAIR_ANSWERS.table.name} WHERE repair_id = ? AND step = ? "
        "AND submitted_at IS NOT NULL AND author_id = ?",
        (*key, session.partner.id),
    )
    return found.fetchone() is not None


def _add(
    batch: portable.RowBatch,
    kind: RecordKind,
    record: Mapping[str, Any],
    row: dict[str, Any],
    read_file: ReadFile,
    where: str,
) -> None:
    try:
        validation.check_row(kind.table.name, row, where=where)
        for number, picture in enumerate(record.get(kind.files_key) or [], start=1):
            columns = {k: v for k, v in picture.items() if k in _PICTURE_COLUMNS}
            picture_where = translate(
                "opendata.imports.toward_json", "{record}, picture {number}"
            ).format(record=where, number=number)
            validation.check_row(images.TABLE, columns, where=picture_where)
    except validation.InvalidRecord as exc:
        raise ImportRefused(
            translate("opendata.imports.toward_json", "{problem} Nothing was imported.").format(
                problem=in_words(exc)
            )
        ) from exc
    content = {name: row[name] for name in kind.table.content}
    try:
        checked = kind.check(content) if kind.check else content
    except (KnownError, ValueError) as exc:
        refused = translate(
            "opendata.imports.toward_json",
            "{record} cannot be imported ({problem}); nothing was imported.",
        )
        raise ImportRefused(refused.format(record=where, problem=in_words(exc))) from exc
    if checked != content:
        refused = translate(
            "opendata.imports.toward_json",
            "{record} is not as Toward writes it; nothing was imported.",
        )
        raise ImportRefused(refused.format(record=where))
    batch.rows.append(row)
    if kind.files is None:
        return
    children = batch.children.setdefault(kind.files.table, [])
    for picture in record[kind.files_key]:
        data = _picture_data(picture, read_file, where)
        children.append(
            {
                "id": picture["id"],
                kind.files.parent_column: record["id"],
                **{name: picture[name] for name in kind.files.columns if name != "data"},
                "data": data,
            }
        )


def _where(kind: RecordKind, number: int, space: Space) -> str:
    """'Repair 12 (shared)': which record of the export, as the messages name it."""
    rules = record_rules.rules_for(kind.table.name)
    if rules is not None:
        name = translate("core.validation", rules.name)
    else:
        name = translate("opendata.kinds", kind.label)
    if space is Space.PRIVATE:
        return translate("opendata.imports.toward_json", "{record} {number} (private)").format(
            record=name, number=number
        )
    return translate("opendata.imports.toward_json", "{record} {number} (shared)").format(
        record=name, number=number
    )


def _picture_data(picture: Mapping[str, Any], read_file: ReadFile, where: str) -> bytes:
    name = picture["file"]
    if ".." in name.split("/"):
        raise ImportRefused(
            _picture_problem(
                translate(
                    "opendata.imports.toward_json",
                    "{record}: a picture's path leaves the export; nothing was imported.",
                ),
                where,
                name,
            )
        )
    data = read_file(name)
    if data is None:
        raise ImportRefused(
            _picture_problem(
                translate(
                    "opendata.imports.toward_json",
                    "{record}: the picture {name} is missing; nothing was imported.",
                ),
                where,
                name,
            )
        )
    if hashlib.sha256(data).hexdigest() != picture["sha256"]:
        raise ImportRefused(
            _picture_problem(
                translate(
                    "opendata.imports.toward_json",
                    "{record}: the picture {name} is damaged; nothing was imported.",
                ),
                where,
                name,
            )
        )
    if images.sniff_mime(data) != picture["mime"]:
        raise ImportRefused(
            _picture_problem(
                translate(
                    "opendata.imports.toward_json",
                    "{record}: {name} is not the picture it says; nothing was imported.",
                ),
                where,
                name,
            )
        )
    return data


def _picture_problem(problem: str, where: str, name: str) -> str:
    return problem.format(record=where, name=name)


def _partner_map(session: Session, doc: Mapping[str, Any]) -> dict[str, str]:
    """Exported partner id → this household's partner id."""
    me = session.partner
    others = [p for p in session.household.partners if p.id != me.id]
    mapping = {doc["exported_by"]: me.id}
    for partner in doc["partners"]:
        if partner["id"] == doc["exported_by"]:
            continue
        named = [p for p in others if p.name.casefold() == partner["name"].casefold()]
        if named or len(others) == 1:
            mapping[partner["id"]] = (named or others)[0].id
    return mapping


def _orphan(
    session: Session,
    kind: RecordKind,
    row: Mapping[str, Any],
    space: Space,
    present: Mapping[tuple[str, Space], set[str]],
) -> str | None:
    """Why a reply or a moment cannot come in: what it belongs to is neither here nor coming."""
    if kind.key not in _PARENTS:
        return None
    parent, column, what = _PARENTS[kind.key]
    parent_id = row[column]
    if parent_id in present.get((parent.key, space), set()):
        return None
    if portable.existing_ids(session.spaces, space, parent.table.name, [parent_id]):
        return None
    return translate("opendata.imports.toward_json", what)


def _preview(record: Mapping[str, Any], space: Space) -> PreviewLine:
    title = record.get("title") or next(
        (line.strip() for line in record.get("body", "").splitlines() if line.strip()),
        translate("opendata.imports.toward_json", "(pictures only)"),
    )
    return PreviewLine(clock.from_text(record["created_at"]), title[:60], space)  # type: ignore[arg-type]
