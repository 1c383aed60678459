"""The internet sockets a process holds, read from /proc (Linux), to prove where it talks."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path

LOOPBACK_HOSTS = ("127.0.0.1", "::ffff:127.0.0.1")
UNCONNECTED = ("0.0.0.0", "::")  # the remote end of a listening socket


@dataclass(frozen=True)
class OpenSocket:
    """An internet socket a process holds, as /proc/net shows it."""

    kind: str  # tcp, udp, tcp6, udp6
    local: str
    remote: str

    @property
    def on_loopback(self) -> bool:
        """Bound to 127.0.0.1 and, if connected, connected to 127.0.0.1."""
        return self.local in LOOPBACK_HOSTS and self.remote in (*LOOPBACK_HOSTS, *UNCONNECTED)


def open_sockets(pid: int) -> list[OpenSocket]:
    """Every TCP and UDP socket of process `pid`, read from /proc (Linux)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    found = []
    for kind in ("tcp", "udp", "tcp6", "udp6"):
        for line in Path(f"/proc/{pid}/net/{kind}").read_text().splitlines()[1:]:
            fields = line.split()
            if fields[9] in inodes:
                found.append(OpenSocket(kind, _proc_address(fields[1]), _proc_address(fields[2])))
    return found


def _proc_address(field_text: str) -> str:
    # /proc/net/tcp writes an address as little-endian hex: 0100007F:1F90 is 127.0.0.1.
    host = field_text.split(":")[0]
    if len(host) == 8:
        return socket.inet_ntop(socket.AF_INET, bytes.fromhex(host)[::-1])
    raw = bytes.fromhex(host)
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
    return socket.inet_ntop(socket.AF_INET6, words)
