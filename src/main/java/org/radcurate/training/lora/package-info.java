/**
 * The LoRA recipe launcher: finds the recipe and a Python interpreter (virtual environment or conda
 * env), checks what that interpreter can do (packages, GPU, memory, bf16), starts the recipe as a
 * subprocess streaming its JSON lines as typed {@link org.radcurate.training.lora.RecipeEvent}s,
 * cancels the whole process tree, and writes Slurm batch scripts for cluster runs.
 */
package org.radcurate.training.lora;
