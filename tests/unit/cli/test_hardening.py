import subprocess
import sys

import pytest


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux-only")
def test_a_hardened_process_has_no_core_dumps_and_cannot_be_traced():
    # In a child, so the test run itself stays debuggable.
    code = (
        "import resource; from toward.cli.hardening import harden_process, is_dumpable;"
        "notes = harden_process();"
        "print(notes, resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[] (0, 0) False"
