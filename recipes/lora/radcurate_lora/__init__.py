"""RadCurate's LoRA recipe: fine-tune a causal LLM on RadCurate instruction datasets, predict, merge.

Run as ``python -m radcurate_lora {check,train,predict,merge} ...``. Every command prints one JSON
object per line on standard output (progress, then an ``end`` or ``error`` event); everything else
(library warnings) goes to standard error.
"""

__version__ = "1.0.0"
