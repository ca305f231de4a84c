import os
import sys

from .cli import main

code = main()
if sys.getprofile() is None and sys.gettrace() is None:
    # Everything the command wrote is closed by now; leaving without the
    # interpreter's clean-up (freeing every module and object one by one)
    # saves a few tens of milliseconds on each run, which `make site` and
    # every rebuild pay. Not under a profiler or tracer: they write their
    # results at exit.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code or 0)
raise SystemExit(code)
