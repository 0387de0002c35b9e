import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# a superinstruction the generator fails to compile is an error here, not a silent fallback
from rubyvm.vm import superinsns  # noqa: E402

superinsns.STRICT = True
