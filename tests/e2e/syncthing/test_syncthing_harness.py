"""The Syncthing harness itself: real daemons on 127.0.0.1 carry files both ways."""

from __future__ import annotations

import os

import pytest

from tests.support.sockets import open_sockets
from tests.support.syncthing import FOLDER_ID, folder_files, syncthing_cluster, wait_for_file


def test_two_daemons_carry_files_both_ways_and_reach_only_this_machine(tmp_path):
    with syncthing_cluster(tmp_path, ("laptop", "desktop")) as cluster:
        laptop, desktop = cluster["laptop"], cluster["desktop"]

        # Carried by the folder watcher alone: nobody asks for a rescan.
        (laptop.folder / "from-laptop.txt").write_bytes(b"written on the laptop")
        wait_for_file(desktop.folder / "from-laptop.txt", b"written on the laptop")

        payload = os.urandom(200_000)
        (desktop.folder / "nested").mkdir()
        (desktop.folder / "nested" / "from-desktop.bin").write_bytes(payload)
        cluster.wait_in_sync()
        assert (laptop.folder / "nested" / "from-desktop.bin").read_bytes() == payload
        assert sorted(folder_files(laptop.folder)) == [
            "from-laptop.txt",
            "nested/from-desktop.bin",
        ]

        for daemon in (laptop, desktop):
            options = daemon.rest("/rest/config/options")
            assert options["listenAddresses"] == [daemon.address]
            assert not options["globalAnnounceEnabled"]
            assert not options["localAnnounceEnabled"]
            assert not options["relaysEnabled"]
            assert not options["natEnabled"]
            assert options["stunKeepaliveStartS"] == 0
            assert options["urAccepted"] == -1
            assert options["autoUpgradeIntervalH"] == 0
            assert not options["crashReportingEnabled"]
            folder = daemon.rest(f"/rest/config/folders/{FOLDER_ID}")
            assert folder["fsWatcherEnabled"] and folder["rescanIntervalS"] <= 5
            assert daemon.process is not None
            sockets = open_sockets(daemon.process.pid)
            assert sockets  # the check sees the daemon's sockets at all
            assert [socket for socket in sockets if not socket.on_loopback] == []
        processes = [laptop.process, desktop.process]

    assert all(process is not None and process.poll() is not None for process in processes)


def test_three_daemons_connect_and_are_all_stopped_when_a_test_fails_inside(tmp_path):
    names = ("home", "laptop", "partner")
    with pytest.raises(RuntimeError, match="a failing test"):  # noqa: SIM117
        with syncthing_cluster(tmp_path, names) as cluster:  # returns once all are connected
            processes = [daemon.process for daemon in cluster.daemons.values()]
            raise RuntimeError("a failing test")
    assert len(processes) == 3
    assert all(process is not None and process.poll() is not None for process in processes)
