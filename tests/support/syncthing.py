"""Real Syncthing daemons for end-to-end sync tests, reachable on 127.0.0.1 only.

Each daemon has its own home (keys and config made by `syncthing generate`), a GUI/REST
port with its own API key and a sync port, both on 127.0.0.1. Discovery, relays, NAT
traversal, usage and crash reports and upgrade checks are off, and the peers know each
other by device id at a static `tcp://127.0.0.1:PORT`, so nothing leaves the machine. They
share one folder, rescanned often and watched for changes. Every daemon runs in its own
process group and is stopped when its cluster is closed, whatever happened in the test;
on Linux it also dies with the process that started it.
"""

from __future__ import annotations

import copy
import ctypes
import hashlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

LOOPBACK = "127.0.0.1"
FOLDER_ID = "toward-sync"
START_TIMEOUT = 30.0
START_ATTEMPTS = 3
SYNC_TIMEOUT = 60.0
POLL = 0.2

# Where a daemon would otherwise reach beyond its peers. The URLs point at a closed local
# port as well, so that even a switch we missed could only ever knock on 127.0.0.1.
NOWHERE = f"https://{LOOPBACK}:9/"
QUIET_OPTIONS = {
    "globalAnnounceEnabled": "false",  # global discovery
    "localAnnounceEnabled": "false",  # LAN broadcast discovery
    "relaysEnabled": "false",
    "natEnabled": "false",  # UPnP and NAT-PMP
    "stunKeepaliveStartS": "0",  # STUN
    "urAccepted": "-1",  # usage reporting: declined
    "autoUpgradeIntervalH": "0",
    "crashReportingEnabled": "false",
    "startBrowser": "false",
    "announceLANAddresses": "false",
    "reconnectionIntervalS": "1",  # a peer that started later is found at once
    "globalAnnounceServer": NOWHERE,
    "stunServer": f"{LOOPBACK}:9",
    "urURL": NOWHERE,
    "releasesURL": NOWHERE,
    "crashReportingURL": NOWHERE,
}
# Read by the daemon at start: no default folder, no upgrade, no restarts. STMONITORED says
# "you are the monitored child already": without it Syncthing starts a monitor process that
# runs the daemon in a process group of its own, out of reach of ours.
DAEMON_ENV = {"STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1", "STNORESTART": "1", "STMONITORED": "1"}
# Syncthing honours proxies for its own connections; urllib would send ours through one.
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
# Syncthing's own bookkeeping in a folder, never part of what it carries.
SYNCTHING_NAMES = (".stfolder", ".stversions", ".stignore")


class StartFailed(Exception):
    """The daemons did not start and connect in time."""


def syncthing_binary() -> str:
    """The `syncthing` executable, or skip the test with the reason."""
    found = shutil.which("syncthing")
    if found is None:
        pytest.skip(
            "Syncthing is not installed: these tests run two real daemons "
            "(Debian/Ubuntu: apt install syncthing; .ci/run installs it)"
        )
    return found


def free_ports(count: int) -> list[int]:
    """`count` distinct TCP ports free on 127.0.0.1 right now."""
    with ExitStack() as stack:
        sockets = [stack.enter_context(socket.socket()) for _ in range(count)]
        for sock in sockets:
            sock.bind((LOOPBACK, 0))
        return [sock.getsockname()[1] for sock in sockets]


def folder_files(folder: Path) -> dict[str, str]:
    """What a folder carries: relative path -> SHA-256, without Syncthing's own files."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if relative.parts[0] in SYNCTHING_NAMES or not path.is_file():
            continue
        if path.name.startswith((".syncthing.", "~syncthing~")):  # a transfer in progress
            continue
        found[relative.as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def _die_with_parent() -> None:
    # Runs in the child before exec: if the test process is killed outright, the kernel
    # ends the daemon too, so no daemon outlives the run.
    libc = ctypes.CDLL(None, use_errno=True)
    pr_set_pdeathsig = 1
    libc.prctl(pr_set_pdeathsig, signal.SIGKILL)


@dataclass
class Daemon:
    """One Syncthing daemon: its home, its copy of the shared folder, its ports and key."""

    name: str
    home: Path
    folder: Path
    gui_port: int
    sync_port: int
    api_key: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"tcp://{LOOPBACK}:{self.sync_port}"

    @property
    def log(self) -> Path:
        return self.home / "syncthing.log"

    def rest(self, path: str, *, method: str = "GET", timeout: float = 10.0, **params: str) -> Any:
        """Call the REST API at `path` with the API key; the decoded JSON answer, or None."""
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        request = urllib.request.Request(
            f"http://{LOOPBACK}:{self.gui_port}{path}{query}",
            method=method,
            headers={"X-API-Key": self.api_key},
        )
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(request, timeout=timeout) as response:
            body = response.read()
        return json.loads(body) if body.strip() else None

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log.read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def generate(self, binary: str) -> None:
        """Make this daemon's keys and default config, and learn its device id."""
        subprocess.run(
            [binary, "generate", "--home", str(self.home), "--no-default-folder"],
            check=True,
            capture_output=True,
            timeout=START_TIMEOUT,
            env=self._env(),
        )
        root = ET.parse(self.home / "config.xml").getroot()
        own = root.find("device")
        assert own is not None, "syncthing generate wrote no device"
        self.device_id = own.attrib["id"]

    def configure(self, peers: Sequence[Daemon]) -> None:
        """Write the config: loopback only, quiet, `peers` by id, the one shared folder."""
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        gui = _one(root, "gui")
        gui.attrib["tls"] = "false"
        _set_text(gui, "address", f"{LOOPBACK}:{self.gui_port}")
        _set_text(gui, "apikey", self.api_key)
        options = _one(root, "options")
        _set_text(options, "listenAddress", self.address)
        for name, value in QUIET_OPTIONS.items():
            _set_text(options, name, value)

        defaults = _one(root, "defaults")
        template_device = _one(defaults, "device")
        for device in root.findall("device"):
            root.remove(device)
        everyone = [self, *peers]
        for position, daemon in enumerate(everyone):
            device = copy.deepcopy(template_device)
            device.attrib.update(id=daemon.device_id, name=daemon.name)
            _set_text(device, "address", daemon.address)
            root.insert(position, device)

        folder = copy.deepcopy(_one(defaults, "folder"))
        folder.attrib.update(
            id=FOLDER_ID,
            label=FOLDER_ID,
            path=str(self.folder),
            rescanIntervalS="2",
            fsWatcherEnabled="true",
            fsWatcherDelayS="1",
        )
        for member in folder.findall("device"):
            folder.remove(member)
        for daemon in everyone:
            ET.SubElement(folder, "device", id=daemon.device_id, introducedBy="")
        root.insert(0, folder)
        tree.write(path, encoding="utf-8")
        # The folder and its marker exist before the daemon looks for them.
        (self.folder / ".stfolder").mkdir(parents=True, exist_ok=True)

    def start(self, binary: str) -> None:
        """Start the daemon in its own process group, its output in `log`."""
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [binary, "serve", "--home", str(self.home), "--no-browser", "--no-restart"],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=self._env(),
                start_new_session=True,
                preexec_fn=_die_with_parent if sys.platform == "linux" else None,
            )

    def wait_ready(self, deadline: float) -> None:
        """Wait until the REST API answers (bounded by `deadline`, a monotonic time)."""
        while True:
            assert self.process is not None
            if self.process.poll() is not None:
                raise StartFailed(f"syncthing {self.name} exited at start:\n{self.log_tail()}")
            try:
                if self.rest("/rest/system/ping", timeout=2.0) == {"ping": "pong"}:
                    return
            except (OSError, urllib.error.URLError):
                pass
            if time.monotonic() > deadline:
                raise StartFailed(f"syncthing {self.name} did not answer:\n{self.log_tail()}")
            time.sleep(POLL)

    def stop(self) -> None:
        """End the daemon's whole process group: politely, then by force."""
        if self.process is None:
            return
        process, self.process = self.process, None
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
            except ProcessLookupError:
                process.wait(timeout=10)

    def _env(self) -> dict[str, str]:
        env = {
            key: value for key, value in os.environ.items() if key.lower() not in PROXY_VARIABLES
        }
        env.update(DAEMON_ENV, HOME=str(self.home))
        return env


class Cluster:
    """Syncthing daemons sharing one folder (FOLDER_ID) with each other, on 127.0.0.1."""

    def __init__(self, root: Path, names: Sequence[str]) -> None:
        ports = free_ports(2 * len(names))
        self.daemons = {
            name: Daemon(
                name=name,
                home=root / name / "syncthing",
                folder=root / name / "sync",
                gui_port=ports[2 * index],
                sync_port=ports[2 * index + 1],
            )
            for index, name in enumerate(names)
        }

    def __getitem__(self, name: str) -> Daemon:
        return self.daemons[name]

    def start(self) -> None:
        """Generate, configure and start every daemon; return when they are connected."""
        binary = syncthing_binary()
        for daemon in self.daemons.values():
            daemon.generate(binary)
        for daemon in self.daemons.values():
            daemon.configure([peer for peer in self.daemons.values() if peer is not daemon])
        for daemon in self.daemons.values():
            daemon.start(binary)
        deadline = time.monotonic() + START_TIMEOUT
        for daemon in self.daemons.values():
            daemon.wait_ready(deadline)
        self._wait(deadline, self._not_connected, "connected", failure=StartFailed)

    def stop(self) -> None:
        for daemon in self.daemons.values():
            daemon.stop()

    @contextmanager
    def apart(self, timeout: float = START_TIMEOUT) -> Iterator[None]:
        """Computers out of each other's reach for a while: every daemon pauses its peers
        (nothing is carried), and on leaving resumes them and waits until they are
        connected again."""
        for daemon in self.daemons.values():
            daemon.rest("/rest/system/pause", method="POST")
        self._wait(time.monotonic() + timeout, self._still_connected, "apart")
        try:
            yield
        finally:
            for daemon in self.daemons.values():
                daemon.rest("/rest/system/resume", method="POST")
        self._wait(time.monotonic() + timeout, self._not_connected, "connected again")

    def wait_in_sync(self, timeout: float = SYNC_TIMEOUT) -> float:
        """Rescan, then wait until every daemon has the same files and needs nothing more.

        In sync means: connected to every peer; the folder idle, needing nothing and
        with no pull errors; every peer 100% complete as each daemon sees it; and the
        same files with the same contents in every copy. Returns the seconds it took.
        """
        started = time.monotonic()
        for daemon in self.daemons.values():
            daemon.rest("/rest/db/scan", method="POST", timeout=timeout, folder=FOLDER_ID)
        self._wait(started + timeout, self._not_in_sync, "in sync")
        return time.monotonic() - started

    def _wait(
        self,
        deadline: float,
        problems_of: Callable[[], list[str]],
        what: str,
        failure: type[Exception] = AssertionError,
    ) -> None:
        while problems := problems_of():
            if time.monotonic() > deadline:
                logs = "\n".join(
                    f"--- {daemon.name} ---\n{daemon.log_tail()}"
                    for daemon in self.daemons.values()
                )
                raise failure(f"Syncthing not {what} in time: {'; '.join(problems)}\n{logs}")
            time.sleep(POLL)

    def _not_connected(self) -> list[str]:
        problems = []
        for daemon in self.daemons.values():
            connections = daemon.rest("/rest/system/connections")["connections"]
            for peer in self.daemons.values():
                if peer is not daemon and not connections[peer.device_id]["connected"]:
                    problems.append(f"{daemon.name} not connected to {peer.name}")
        return problems

    def _still_connected(self) -> list[str]:
        problems = []
        for daemon in self.daemons.values():
            connections = daemon.rest("/rest/system/connections")["connections"]
            problems += [
                f"{daemon.name} still connected to {peer.name}"
                for peer in self.daemons.values()
                if peer is not daemon and connections[peer.device_id]["connected"]
            ]
        return problems

    def _not_in_sync(self) -> list[str]:
        problems = self._not_connected()
        for daemon in self.daemons.values():
            status = daemon.rest("/rest/db/status", folder=FOLDER_ID)
            if status["state"] != "idle":
                problems.append(f"{daemon.name} is {status['state']}")
            if status["needTotalItems"] or status["pullErrors"]:
                problems.append(
                    f"{daemon.name} needs {status['needTotalItems']} items "
                    f"({status['pullErrors']} pull errors)"
                )
            for peer in self.daemons.values():
                if peer is daemon:
                    continue
                done = daemon.rest("/rest/db/completion", folder=FOLDER_ID, device=peer.device_id)
                if done["completion"] < 100 or done["needItems"] or done["needDeletes"]:
                    problems.append(f"{peer.name} {done['completion']:.0f}% per {daemon.name}")
        copies = {name: folder_files(daemon.folder) for name, daemon in self.daemons.items()}
        if len({json.dumps(files, sort_keys=True) for files in copies.values()}) > 1:
            problems.append(f"the copies differ: {copies}")
        return problems


@contextmanager
def syncthing_cluster(root: Path, names: Sequence[str] = ("one", "two")) -> Iterator[Cluster]:
    """Daemons named `names` under `root`, connected and sharing FOLDER_ID; always stopped.

    Skips the test, with the reason, when Syncthing is not installed. A start that fails
    (a port taken by another program between choosing and binding it) is tried again with
    new ports and homes, a few times.
    """
    syncthing_binary()
    failures = []
    for attempt in range(START_ATTEMPTS):
        cluster = Cluster(root / f"retry-{attempt}" if attempt else root, names)
        try:
            cluster.start()
        except StartFailed as failure:
            cluster.stop()
            failures.append(str(failure))
            continue
        try:
            yield cluster
        finally:
            cluster.stop()
        return
    pytest.fail("Syncthing did not start:\n" + "\n".join(failures))


def _one(parent: ET.Element, tag: str) -> ET.Element:
    found = parent.find(tag)
    assert found is not None, f"no <{tag}> in Syncthing's config"
    return found


def _set_text(parent: ET.Element, tag: str, text: str) -> None:
    # One element `tag` holding `text`, replacing any there were (some may repeat).
    existing = parent.findall(tag)
    for extra in existing[1:]:
        parent.remove(extra)
    element = existing[0] if existing else ET.SubElement(parent, tag)
    element.text = text


def wait_for_file(path: Path, content: bytes, timeout: float = SYNC_TIMEOUT) -> float:
    """Wait until `path` holds exactly `content`, with no rescan asked; returns the seconds."""
    started = time.monotonic()
    while not (path.is_file() and path.read_bytes() == content):
        if time.monotonic() - started > timeout:
            pytest.fail(f"{path} did not arrive within {timeout:.0f} s")
        time.sleep(POLL)
    return time.monotonic() - started
