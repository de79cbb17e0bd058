"""Command line: python -m radcurate_lora {check,train,predict,merge} [--config FILE] [--set NAME=VALUE]."""

import argparse
import json
import sys
import traceback

from .events import RecipeError, emit


def parse_sets(pairs):
    out = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise RecipeError("--set takes NAME=VALUE, not %s" % pair)
        name, value = pair.split("=", 1)
        try:
            out[name] = json.loads(value)
        except json.JSONDecodeError:
            out[name] = value
    return out


def main(argv=None):
    p = argparse.ArgumentParser(prog="python -m radcurate_lora")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="print what this interpreter has (packages, GPUs)")
    for name in ("train", "predict"):
        s = sub.add_parser(name)
        s.add_argument("--config", required=True)
        s.add_argument("--set", action="append", metavar="NAME=VALUE")
    m = sub.add_parser("merge", help="fold an adapter into the base weights")
    m.add_argument("--base-model", required=True)
    m.add_argument("--adapter", required=True)
    m.add_argument("--output", required=True)
    m.add_argument("--precision", default="auto")
    args = p.parse_args(argv)
    try:
        if args.command == "check":
            from .check import report
            sys.stdout.write(json.dumps(report()) + "\n")
        elif args.command == "train":
            from . import config, train
            train.run(config.load(config.TrainConfig, args.config, parse_sets(args.set)))
        elif args.command == "predict":
            from . import config, predict
            predict.run(config.load(config.PredictConfig, args.config, parse_sets(args.set)))
        else:
            from .predict import merge
            merge(args.base_model, args.adapter, args.output, args.precision)
        return 0
    except RecipeError as e:
        emit("error", message=str(e))
        return 1
    except KeyboardInterrupt:
        emit("error", message="stopped")
        return 130
    except Exception as e:  # anything else: the message for the app, the trace for the log
        traceback.print_exc()
        emit("error", message="%s: %s" % (type(e).__name__, e))
        return 1


if __name__ == "__main__":
    sys.exit(main())
