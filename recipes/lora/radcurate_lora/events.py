"""One JSON object per line on standard output, written by the main process only."""

import json
import os
import sys


def is_main_process() -> bool:
    return int(os.environ.get("RANK", "0")) == 0


def emit(event: str, **fields) -> None:
    if not is_main_process():
        return
    record = {"event": event}
    record.update(fields)
    sys.stdout.write(json.dumps(record, sort_keys=False) + "\n")
    sys.stdout.flush()


class RecipeError(Exception):
    """A mistake the user can fix (bad config, missing file); printed as an ``error`` event."""
