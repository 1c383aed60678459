"""jrnl's side of the search comparison, run by jrnl's own Python (it pins its own packages).

    JRNL_PYTHON jrnl_side.py make TEXT FOLDER PASSWORD
        jrnl's encrypted journal (FOLDER/journal.jrnl, jrnl's v3 format, written by jrnl's
        own encryption class) and its config (FOLDER/config.yaml) from a plain-text journal.
    JRNL_PYTHON jrnl_side.py search CONFIG PASSWORD RUNS WORD...
        Median seconds, per word, of what jrnl does to answer `jrnl -contains WORD`:
        open (derive the key, decrypt, parse every entry) then filter; and of the filter
        alone on a journal already open. JSON on stdout.

Used by ten_years.py; imports nothing from Toward.
"""

from __future__ import annotations

import copy
import json
import statistics
import sys
import time
from pathlib import Path

TIMEFORMAT = "%Y-%m-%d %H:%M"  # what ten_years_data.py writes: jrnl parses it without guessing


def config_for(journal: Path) -> dict:
    from jrnl.config import get_default_config

    config = get_default_config()
    config.update(encrypt=True, timeformat=TIMEFORMAT, highlight=False, linewrap=False)
    config["journals"] = {"default": {"journal": str(journal), "encrypt": True}}
    return config


def make(text: Path, folder: Path, password: str) -> None:
    from jrnl.config import save_config
    from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption

    journal = folder / "journal.jrnl"
    config = config_for(journal)
    encryption = Jrnlv3Encryption("default", config)
    encryption.password = password
    journal.write_bytes(encryption.encrypt(text.read_text(encoding="utf-8")))
    save_config(config, alt_config_path=str(folder / "config.yaml"))
    entries = len(open_journal(config, password).entries)
    print(
        f"{entries:,} entries in jrnl's encrypted journal ({journal.stat().st_size / 1e6:.0f} MB)"
    )


def open_journal(config: dict, password: str):
    import jrnl.encryption.BasePasswordEncryption as base
    from jrnl.journals import open_journal as jrnl_open

    base.get_keyring_password = lambda *_args: password  # as if jrnl's keyring had it
    journal_config = {**config, **config["journals"]["default"]}
    return jrnl_open("default", journal_config)


def search(config_path: Path, password: str, runs: int, words: list[str]) -> None:
    from jrnl.config import load_config

    config = load_config(str(config_path))
    results = {}
    for word in words:
        full, filtered, found = [], [], 0
        opened = open_journal(config, password)
        for _ in range(runs):
            start = time.perf_counter()
            journal = open_journal(config, password)
            journal.filter(contains=[word])
            full.append(time.perf_counter() - start)
            found = len(journal.entries)
            again = copy.copy(opened)
            again.entries = list(opened.entries)
            start = time.perf_counter()
            again.filter(contains=[word])
            filtered.append(time.perf_counter() - start)
        results[word] = {
            "open_and_filter": statistics.median(full),
            "filter_only": statistics.median(filtered),
            "found": found,
        }
    print(json.dumps(results))


def main(argv: list[str]) -> int:
    command, *rest = argv
    if command == "make":
        make(Path(rest[0]), Path(rest[1]), rest[2])
    elif command == "search":
        search(Path(rest[0]), rest[1], int(rest[2]), rest[3:])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
